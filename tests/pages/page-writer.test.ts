import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { removeOutputs, writePages } from "../../src/pages/page-writer.ts";
import type { Article } from "../../src/model/index.ts";
import { site, smallDigest } from "../helpers/small-digest.ts";

const tmp = mkdtempSync(path.join(tmpdir(), "model-pages-"));
const { articles } = smallDigest();
const render = (article: Article) => `<h1>${article.title}</h1>`;

// A few pages are written on this thread, many by a writer thread: both ways, the same files and errors.
for (const { way, threadFrom } of [{ way: "on this thread", threadFrom: Infinity }, { way: "by the writer thread", threadFrom: 0 }]) {
  test(`every article's page is written at its URL, as index.html (${way})`, async () => {
    const out = path.join(tmp, `site-${threadFrom}`);
    const written = await writePages(articles, { outputDir: out, render, pagesInFlight: 2, threadFrom });
    assert.is(written, articles.length);
    assert.ok(articles.length > 3, "the sample digest is too small to tell anything");
    for (const article of articles) {
      assert.is(readFileSync(path.join(out, article.url, "index.html"), "utf8"), `<h1>${article.title}</h1>`, article.url);
    }
    assert.equal(readdirSync(path.join(out, "2023/09")).sort(), ["01", "12", "13", "14"]);
  });

  test(`pages of every route are written, also where one page's folder holds another's (${way})`, async () => {
    const out = path.join(tmp, `routes-${threadFrom}`);
    // One article a day page: the sample's busiest day gets a page/2/ beside its articles' folders.
    const digest = smallDigest(undefined, { ...site, dayPageSize: 1 });
    const pages = [...digest.years, ...digest.months, ...digest.dayPages, ...digest.topicPages, ...digest.articles];
    assert.ok(pages.some((p) => p.url.endsWith("/page/2/") && !p.url.startsWith("/topics/")), "a day's second page");
    const nested = [{ url: "/topics/story/" }, { url: "/topics/story/2/" }, { url: "/topics/story/3/" }];
    assert.ok(pages.some((p) => pages.some((q) => q !== p && q.url.startsWith(p.url))), "no page of the sample lies in another's folder");
    await writePages([...pages, ...nested], { outputDir: out, render: (page) => `page ${page.url}`, threadFrom });
    for (const { url } of [...pages, ...nested]) assert.is(readFileSync(path.join(out, url, "index.html"), "utf8"), `page ${url}`, url);
  });

  test(`a page that cannot be written fails the whole write, and the error says which file (${way})`, async () => {
    const out = path.join(tmp, `blocked-${threadFrom}`);
    const blocked = path.join(out, articles[1]!.url.replace(/\/$/, ""));
    mkdirSync(path.dirname(blocked), { recursive: true });
    writeFileSync(blocked, "a file where the page's folder should be");
    await writePages(articles, { outputDir: out, render, threadFrom }).then(
      () => assert.unreachable("the write should have failed"),
      (error: NodeJS.ErrnoException) => assert.match(String(error.path), articles[1]!.url.replace(/\/$/, "")),
    );
  });
}

test("removing pages takes their index.html, and their folders once empty; a topic's feeds go both, a day's email both", async () => {
  const out = path.join(tmp, "removed");
  const pages = [{ url: "/2023/09/14/" }, { url: "/2023/09/14/one/" }, { url: "/2023/09/14/two/" }, { url: "/topics/gone/" }];
  await writePages(pages, { outputDir: out, render: (p) => p.url });
  for (const name of ["feed.xml", "feed.json"]) writeFileSync(path.join(out, "topics/gone", name), "feed");
  for (const name of ["email.html", "email.txt"]) writeFileSync(path.join(out, "2023/09/14", name), "email");
  await removeOutputs(out, [
    { kind: "page", url: "/2023/09/14/one/" },
    { kind: "page", url: "/2023/09/14/" },
    { kind: "files", folder: "/topics/gone/", names: ["feed.xml", "feed.json"] },
    { kind: "files", folder: "/2023/09/14/", names: ["email.html", "email.txt"] },
    { kind: "every page", shows: "archive" },
  ]);
  assert.not.ok(existsSync(path.join(out, "2023/09/14/one")), "an article's folder, empty once its page went");
  assert.not.ok(existsSync(path.join(out, "2023/09/14/index.html")), "the day's page");
  assert.not.ok(existsSync(path.join(out, "2023/09/14/email.html")), "the day's email");
  assert.not.ok(existsSync(path.join(out, "2023/09/14/email.txt")), "the day's plain-text email");
  assert.is(readFileSync(path.join(out, "2023/09/14/two/index.html"), "utf8"), "/2023/09/14/two/", "another article stays, and so its day's folder");
  assert.equal(readdirSync(path.join(out, "topics/gone")), ["index.html"], "the topic's feeds went, its page stays");
  await removeOutputs(out, [{ kind: "page", url: "/topics/gone/" }]);
  assert.not.ok(existsSync(path.join(out, "topics/gone")));
});

test("a second build over the same folder replaces the pages", async () => {
  const out = path.join(tmp, "again");
  await writePages(articles, { outputDir: out, render });
  await writePages(articles, { outputDir: out, render: (a) => `new ${a.slug}` });
  assert.is(readFileSync(path.join(out, articles[0]!.url, "index.html"), "utf8"), `new ${articles[0]!.slug}`);
});

test("asynchronous renders (the path-prefix transform) are awaited in order", async () => {
  const out = path.join(tmp, "async");
  await writePages(articles, { outputDir: out, render: async (a) => `later ${a.slug}` });
  for (const article of articles) assert.is(readFileSync(path.join(out, article.url, "index.html"), "utf8"), `later ${article.slug}`);
});

test("a template error stops the writing and reaches the caller", async () => {
  const out = path.join(tmp, "template-error");
  const failing = (article: Article) => {
    if (article === articles[2]) throw new Error("unknown filter");
    return "ok";
  };
  await writePages(articles, { outputDir: out, render: failing }).then(
    () => assert.unreachable("the write should have failed"),
    (error: Error) => assert.is(error.message, "unknown filter"),
  );
});

test.after(() => rmSync(tmp, { recursive: true, force: true }));
test.run();
