// The dev server's problem banner: the lines `npm run check` prints, errors before warnings,
// escaped, first in the page's body; nothing at all when there is no problem.
import { IncomingMessage, ServerResponse } from "node:http";
import { Socket } from "node:net";
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { Problem } from "../../src/content/index.ts";
import { problemBanner, withProblemBanner } from "../../src/pages/problem-banner.ts";
import { showProblemsInPages } from "../../src/pages/show-problems.ts";

const warning: Problem = { file: "articles/2023/a.md", line: 9, column: 1, field: "body", severity: "warning", message: "still holds the placeholder npm run new wrote: replace it with the article's text" };
const error: Problem = { file: "articles/2023/b.md", line: 3, column: 1, field: "date", severity: "error", message: '"<soon>" is not a date' };
const page = '<!doctype html>\n<html lang="id">\n<head><title>x</title></head>\n<body class="home">\n<a class="skip-link" href="#main">Skip</a>\n</body>\n</html>\n';

test("a page of a site without problems is served as it is", () => {
  assert.is(problemBanner([]), "");
  assert.is(withProblemBanner(page, []), page);
});

test("errors: the check lines, errors first, escaped, in an English alert labelled by its heading", () => {
  const html = problemBanner([warning, error]);
  assert.match(html, /^<div class="dev-problems" role="alert" aria-labelledby="dev-problems-title" lang="en" tabindex="0">/);
  assert.match(html, '<h2 id="dev-problems-title">1 error, 1 warning: the site was not rebuilt</h2>');
  const lines = [...html.matchAll(/<li class="is-(\w+)"><code>(.*?)<\/code><\/li>/g)].map((m) => [m[1], m[2]]);
  assert.equal(lines, [
    ["error", "articles/2023/b.md:3:1  date  error  &quot;&lt;soon&gt;&quot; is not a date"],
    ["warning", "articles/2023/a.md:9:1  body  warning  still holds the placeholder npm run new wrote: replace it with the article&#39;s text"],
  ]);
  assert.match(html, "Fix the file and save: the site is rebuilt and this page reloads.");
});

test("warnings only: counted, without saying the site was not rebuilt", () => {
  const html = problemBanner([warning]);
  assert.match(html, '<h2 id="dev-problems-title">0 errors, 1 warning</h2>');
  assert.not.match(html, "not rebuilt");
});

test("the banner comes first in the body, before the skip link", () => {
  const html = withProblemBanner(page, [error]);
  assert.match(html, /<body class="home"><div class="dev-problems"[^]*<\/div>\n<a class="skip-link"/);
  assert.is(html.replace(problemBanner([error]), ""), page);
});

/** A response as the dev server makes one, ended with `body` under `type`; returns what reached the socket's end(). */
function serveThrough(problems: Problem[], type: string, body: string | Buffer): unknown {
  const response = new ServerResponse(new IncomingMessage(new Socket()));
  let sent: unknown;
  response.end = ((chunk: unknown) => {
    sent = chunk;
    return response;
  }) as ServerResponse["end"];
  response.setHeader("Content-Type", type);
  showProblemsInPages(() => problems)(new IncomingMessage(new Socket()), response, () => response.end(body));
  return sent;
}

test("the middleware adds the banner to HTML responses only, with the problems of the moment", () => {
  assert.match(String(serveThrough([error], "text/html; charset=utf-8", page)), '<body class="home"><div class="dev-problems"');
  assert.is(serveThrough([], "text/html; charset=utf-8", page), page);
  assert.is(serveThrough([error], "application/atom+xml", "<feed><body></body></feed>"), "<feed><body></body></feed>");
  const css = Buffer.from("body{}");
  assert.is(serveThrough([error], "text/css", css), css);
});

test.run();
