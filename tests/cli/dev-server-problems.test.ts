// `npm start` where the editor looks: an invalid save prints only the lines `npm run check` prints
// (no Eleventy wrapper), once; the served pages carry them in a banner that the files on disk never
// hold, and it goes with the fix. A deleted article's page goes at once, without another save.
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { startDevServer, type DevServer } from "../../src/bench/dev-rebuild.ts";
import { runCheck } from "../../src/cli/check.ts";

const repo = path.resolve(import.meta.dirname, "../..");
const root = mkdtempSync(path.join(tmpdir(), "digest-dev-problems-"));
for (const name of ["layouts", "articles", "eleventy.config.ts", "package.json"]) cpSync(path.join(repo, name), path.join(root, name), { recursive: true });
for (const name of ["src", "node_modules"]) symlinkSync(path.join(repo, name), path.join(root, name));
const articles = path.join(root, "articles");
const now = "2026-11-26T00:00:00+07:00";
const edited = path.join(articles, "2023/2023-09-13-kim-meets-putin-vostochny.md");
const articlePage = "2023/09/13/kim-meets-putin-vostochny/";
let server: DevServer;

/** A page as the dev server serves it over HTTP. */
async function served(page: string): Promise<{ status: number; html: string }> {
  const response = await fetch(`http://localhost:${server.port}/${page}`);
  return { status: response.status, html: await response.text() };
}
/** Polls `done` every 50 ms; fails with the server's log after a minute (a rebuild takes about one second). */
async function eventually(done: () => boolean | Promise<boolean>, what: string, limitMs = 60_000) {
  for (const started = Date.now(); !(await done()); await sleep(50)) {
    if (Date.now() - started > limitMs) throw new Error(`${what} did not happen within ${limitMs / 1000} s:\n${server.log().slice(-3000)}`);
  }
}

test.before(async () => {
  server = startDevServer(root, articles, 8811, { DIGEST_NOW: now });
  await server.firstBuildServed();
});
test.after(async () => {
  await server.stop();
  rmSync(root, { recursive: true, force: true });
});

test("a valid site's pages are served as written, with no banner", async () => {
  const page = await served(articlePage);
  assert.is(page.status, 200);
  assert.not.match(page.html, "dev-problems");
});

test("an invalid save: the check lines alone in the terminal, once; a banner with them on the served pages, none on disk; gone after the fix", async () => {
  const good = readFileSync(edited, "utf8");
  const logged = server.log().length;
  const builds = server.builds();
  await server.save(edited, good.replace(/^topics: .*$/m, "topics: [russia-dprk-arms-dael]").replace(/^date: .*$/m, "date: 2023-09-31"));
  await server.waitFor(() => server.builds() > builds, "the failed rebuild");

  const check = await runCheck(root, { DIGEST_ARTICLES: articles, DIGEST_NOW: now });
  assert.is(check.code, 1);
  const lines = check.output.split("\n");
  assert.is(lines.length, 3, check.output); // two problems and the count
  assert.match(lines[0]!, /^articles\/2023\/2023-09-13-kim-meets-putin-vostochny\.md:3:1  date  error  "2023-09-31" is not a real date: September 2023 has 30 days/);
  assert.match(lines[1]!, /^articles\/2023\/2023-09-13-kim-meets-putin-vostochny\.md:4:1  topics\[1\]  error  unknown topic "russia-dprk-arms-dael"/);
  const terminal = server.log().slice(logged);
  for (const line of lines) assert.is(terminal.split(line).length - 1, 1, `printed once: ${line}\n${terminal}`);
  assert.not.match(terminal, "Problem writing Eleventy templates");
  assert.not.match(terminal, "(via ");
  assert.not.match(terminal, /\n\s+at /, "a stack trace");
  assert.not.match(terminal, "Original error stack trace");

  // Every page served carries the banner, the article's own and any other; the files do not.
  for (const page of [articlePage, "", "2023/07/25/", "no-such-page/"]) {
    const { html } = await served(page);
    const banner = html.match(/<div class="dev-problems" role="alert"[^]*?<\/div>/)?.[0] ?? "";
    assert.ok(banner, `no banner on /${page}`);
    const text = banner.replace(/<[^>]+>/g, "\n").replace(/&quot;/g, '"').replace(/&#39;/g, "'");
    for (const line of lines.slice(0, 2)) assert.match(text, line, `/${page}`);
    assert.match(text, "2 errors, 0 warnings: the site was not rebuilt");
  }
  assert.not.match(readFileSync(path.join(server.output, articlePage, "index.html"), "utf8"), "dev-problems", "the banner was written to disk");
  assert.match((await served(articlePage)).html, "Kim Jong Un meets Vladimir Putin", "the last good article page is served");

  await server.save(edited, good);
  await eventually(async () => !(await served(articlePage)).html.includes("dev-problems"), "the banner going after the fix");
  assert.not.match((await served("")).html, "dev-problems");
});

test("a warning shows in the banner as a warning, over the rebuilt page", async () => {
  const good = readFileSync(edited, "utf8");
  // What `npm run new` leaves for the editor to replace: a warning while writing.
  await server.save(edited, `${good.replace(/^title: .*$/m, 'title: "Kim and Putin meet"')}\nWrite the text of the article here, in Markdown.\n`);
  await eventually(async () => (await served(articlePage)).html.includes("Kim and Putin meet"), "the rebuilt page");
  const { html } = await served(articlePage);
  assert.match(html, /<li class="is-warning"><code>articles\/2023\/2023-09-13-kim-meets-putin-vostochny\.md:\d+:1  body  warning  still holds the placeholder npm run new wrote/);
  assert.match(html, '<h2 id="dev-problems-title">0 errors, 1 warning</h2>');
  await server.save(edited, good);
  await eventually(async () => !(await served(articlePage)).html.includes("dev-problems"), "the banner going after the fix");
});

test("deleting an article removes its page at once (404), and its day's page stays, without it", async () => {
  const gone = "2023/09/06/harris-attends-asean-us-summit/";
  const day = "2023/09/06/";
  assert.is((await served(gone)).status, 200);
  assert.match((await served(day)).html, "/2023/09/06/harris-attends-asean-us-summit/");
  const logged = server.log().length;
  rmSync(path.join(articles, "2023/2023-09-06-harris-attends-asean-us-summit.md"));
  await eventually(async () => (await served(gone)).status === 404, "the deleted article's page going");
  const changed = server.log().slice(logged).match(/File changed: .*/g) ?? [];
  assert.ok(changed.every((line) => line.endsWith("2023-09-06-harris-attends-asean-us-summit.md")), `something was saved besides the deletion: ${changed}`);
  const dayPage = await served(day);
  assert.is(dayPage.status, 200, "the day's page is still served");
  assert.not.match(dayPage.html, "/2023/09/06/harris-attends-asean-us-summit/");
  assert.match(dayPage.html, "/2023/09/06/us-warns-north-korea-will-pay-a-price/");
});

test("started with an invalid article, it serves a site without articles under the banner, and the fix builds the site", async () => {
  await server.stop();
  const good = readFileSync(edited, "utf8");
  writeFileSync(edited, good.replace(/^topics: .*$/m, "topics: [russia-dprk-arms-dael]"));
  server = startDevServer(root, articles, 8814, { DIGEST_NOW: now });
  await server.firstBuildServed();
  // The server listens once Eleventy has finished writing, a moment after the build's log line.
  await eventually(() => served("").then(() => true, () => false), "the server listening");
  const home = await served("");
  assert.is(home.status, 200);
  assert.match(home.html, /<li class="is-error"><code>articles\/2023\/2023-09-13-kim-meets-putin-vostochny\.md:4:1  topics\[1\]  error  unknown topic &quot;russia-dprk-arms-dael&quot;/);
  assert.is((await served(articlePage)).status, 404);
  assert.match(server.log(), "The site is served without articles until they are fixed, with these problems shown at the top of its pages.");
  assert.not.match(server.log(), "Eleventy Fatal Error");

  await server.save(edited, good);
  await eventually(async () => (await served(articlePage)).status === 200, "the site built after the fix");
  assert.not.match((await served(articlePage)).html, "dev-problems");
});

test.run();
