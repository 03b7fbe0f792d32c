// `npm start`: a saved article rewrites the pages that show it, and only those; drafts and
// scheduled articles show, flagged; an invalid save prints what `npm run check` prints and the
// last good site stays served.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { startDevServer, type DevServer } from "../../src/bench/dev-rebuild.ts";
import { runCheck } from "../../src/cli/check.ts";

// A copy of the project, so the test may edit templates; src/ and node_modules are shared.
const repo = path.resolve(import.meta.dirname, "../..");
const root = mkdtempSync(path.join(tmpdir(), "digest-dev-project-"));
for (const name of ["layouts", "articles", "eleventy.config.ts", "package.json"]) cpSync(path.join(repo, name), path.join(root, name), { recursive: true });
for (const name of ["src", "node_modules"]) symlinkSync(path.join(repo, name), path.join(root, name));
const articles = path.join(root, "articles");
const now = "2026-11-26T00:00:00+07:00";
// A draft, and an article dated after "now": a production build leaves both out.
const held = {
  draft: { file: "2023/2023-08-15-a-draft-for-the-preview.md", page: "2023/08/15/a-draft-for-the-preview/index.html", day: "2023/08/15/index.html", extra: "draft: true\n", flag: "Draft", className: "is-draft" },
  scheduled: { file: "2026/2026-12-01-a-scheduled-story.md", page: "2026/12/01/a-scheduled-story/index.html", day: "2026/12/01/index.html", extra: "", flag: "Scheduled", className: "is-scheduled" },
};
for (const [name, { file, extra }] of Object.entries(held)) {
  const date = file.slice(5, 15);
  mkdirSync(path.dirname(path.join(articles, file)), { recursive: true });
  writeFileSync(path.join(articles, file), `---\ntitle: "The ${name} article"\ndate: "${date}T09:00:00+07:00"\ntopics: [el-nino-drought-indonesia]\nsource: Antara\n${extra}---\nHeld back from the site.\n`);
}

const edited = path.join(articles, "2023/2023-09-13-kim-meets-putin-vostochny.md");
const pages = {
  article: "2023/09/13/kim-meets-putin-vostochny/index.html",
  day: "2023/09/13/index.html",
  topic: "topics/russia-dprk-arms-deal/index.html",
  neighbour: "2023/09/12/kim-tiba-di-rusia-dengan-kereta-lapis-baja/index.html", // its "next" link shows the title
  otherArticle: "2023/07/25/bmkg-peringatkan-kemarau-lebih-kering/index.html",
  otherDay: "2023/07/25/index.html",
  topicFeed: "topics/russia-dprk-arms-deal/feed.xml",
  topicJsonFeed: "topics/russia-dprk-arms-deal/feed.json",
  otherTopicFeed: "topics/el-nino-drought-indonesia/feed.xml",
};
let server: DevServer;

async function saveAndRebuild(file: string, text: string) {
  const builds = server.builds();
  await server.save(file, text);
  await server.waitFor(() => server.builds() > builds, "the rebuild");
}
const read = (page: string) => readFileSync(path.join(server.output, page), "utf8");
const changedAt = (page: string) => statSync(path.join(server.output, page)).mtimeMs;
/** A page as the dev server serves it over HTTP. */
async function served(page: string): Promise<{ status: number; html: string }> {
  const response = await fetch(`http://localhost:${server.port}/${page.replace(/index\.html$/, "")}`);
  return { status: response.status, html: await response.text() };
}
/** Polls `done` every 50 ms; fails with the server's log after `limitMs` (a minute: a rebuild takes about one second). */
async function eventually(done: () => boolean | Promise<boolean>, what: string, limitMs = 60_000) {
  for (const started = Date.now(); !(await done()); await sleep(50)) {
    if (Date.now() - started > limitMs) throw new Error(`${what} did not happen within ${limitMs / 1000} s:\n${server.log().slice(-3000)}`);
  }
}

test.before(async () => {
  server = startDevServer(root, articles, 8791, { DIGEST_NOW: now });
  await server.firstBuildServed();
});
test.after(async () => {
  await server.stop();
  rmSync(root, { recursive: true, force: true });
});

test("saving an article rewrites its page and the pages that list it; the others stay as they were", async () => {
  for (const page of Object.values(pages)) assert.not.match(read(page), "Kim and Putin, edited", page);
  const before = Object.fromEntries(Object.entries(pages).map(([name, page]) => [name, changedAt(page)]));
  await sleep(20); // so a rewritten file gets a later time of change
  await saveAndRebuild(edited, readFileSync(edited, "utf8").replace(/^title: .*$/m, 'title: "Kim and Putin, edited"'));
  for (const name of ["article", "day", "topic", "neighbour", "topicFeed", "topicJsonFeed"] as const) {
    assert.match(read(pages[name]), "Kim and Putin, edited", name);
    assert.ok(changedAt(pages[name]) > before[name]!, `${name} was not rewritten`);
  }
  assert.is(changedAt(pages.otherArticle), before.otherArticle, "an article the edit does not touch was rewritten");
  assert.is(changedAt(pages.otherDay), before.otherDay, "a day the edit does not touch was rewritten");
  assert.is(changedAt(pages.otherTopicFeed), before.otherTopicFeed, "another topic's feed was rewritten");
});

test("a rebuild removes a deleted article's page, and its day's page and email when it was the day's only article", async () => {
  rmSync(path.join(articles, "2023/2023-07-25-bmkg-peringatkan-kemarau-lebih-kering.md"));
  // The deletion rebuilds by itself (dev-server-problems.test.ts); a save right after it must too.
  await saveAndRebuild(edited, readFileSync(edited, "utf8").replace(/^title: .*$/m, 'title: "Kim and Putin, saved again"'));
  for (const page of [pages.otherArticle, pages.otherDay, "2023/07/25/email.html", "2023/07/25/email.txt"]) assert.not.ok(existsSync(path.join(server.output, page)), `${page} is still served`);
  assert.not.ok(existsSync(path.join(server.output, "2023/07/25")), "the day's folder, once empty");
  assert.ok(existsSync(path.join(server.output, pages.article)), "the other pages stay");
});

test("saving a template rewrites every page", async () => {
  const template = path.join(root, "layouts/_includes/pages/article.njk");
  const before = changedAt(pages.neighbour);
  await saveAndRebuild(template, `${readFileSync(template, "utf8")}\n`);
  assert.ok(changedAt(pages.neighbour) > before, "a template change must rewrite every article page");
});

test("drafts and scheduled articles are served, each flagged on its page and in its day's list", async () => {
  for (const { page, day, flag, className } of Object.values(held)) {
    const article = await served(page);
    assert.is(article.status, 200, page);
    assert.match(article.html, `<strong class="flag">${flag}</strong>`, page);
    assert.match(article.html, new RegExp(`<article class="story ${className}"`), page);
    const list = await served(day);
    assert.is(list.status, 200, day);
    assert.match(list.html, new RegExp(`<article class="item ${className}"[^]*?<strong class="flag">${flag}</strong>`), day);
  }
});

test("an article in a folder made while the server runs is served, and so is its next save; a hidden file rebuilds nothing", async () => {
  const file = path.join(articles, "2019/2019-05-01-a-story-in-a-new-folder.md");
  const page = "2019/05/01/a-story-in-a-new-folder/index.html";
  mkdirSync(path.dirname(file));
  await saveAndRebuild(file, '---\ntitle: "A story in a new folder"\ndate: "2019-05-01T09:00:00+07:00"\ntopics: [el-nino-drought-indonesia]\nsource: Antara\n---\nWritten after the server started.\n');
  await eventually(async () => (await served(page)).html.includes("A story in a new folder"), "serving the new article");
  await saveAndRebuild(file, readFileSync(file, "utf8").replace(/^title: .*$/m, 'title: "A story in a new folder, edited"'));
  await eventually(async () => (await served(page)).html.includes("A story in a new folder, edited"), "serving its next save");

  const builds = server.builds();
  writeFileSync(path.join(articles, "2019/.2019-05-01-a-story-in-a-new-folder.md.swp"), "an editor's swap file");
  await sleep(1000);
  assert.is(server.builds(), builds, "a hidden file started a rebuild");
});

test("an invalid save prints the problem as npm run check does, and the last good site stays served; the next good save is served", async () => {
  const good = readFileSync(edited, "utf8");
  const [page, day] = [await served(pages.article), await served(pages.day)];
  assert.is(page.status, 200);
  const logged = server.log().length;
  await server.save(edited, good.replace(/^date: .*$/m, 'date: "soon"'));
  const check = await runCheck(root, { DIGEST_ARTICLES: articles, DIGEST_NOW: now });
  assert.is(check.code, 1);
  const lines = check.output.split("\n");
  assert.match(lines[0]!, /^articles\/2023\/2023-09-13-kim-meets-putin-vostochny\.md:3:1  date  error  "soon" is not a date/);
  await eventually(() => lines.every((line) => server.log().includes(line)), "the dev server printing the problem");
  assert.not.match(server.log().slice(logged), /\n\s+at /, "a stack trace instead of the problem");
  // Served with the problem banner on top (see dev-server-problems.test.ts), over the last good page.
  const withoutBanner = (html: string) => html.replace(/<div class="dev-problems"[^]*?<\/div>/, "");
  const after = await served(pages.article);
  assert.is(after.status, 200, "the article page is still served");
  assert.match(after.html, '<div class="dev-problems"');
  assert.is(withoutBanner(after.html), withoutBanner(page.html), "the article page is the last good one");
  assert.is(withoutBanner((await served(pages.day)).html), withoutBanner(day.html), "its day's page is the last good one");

  await server.save(edited, good.replace(/^title: .*$/m, 'title: "Kim and Putin, fixed"'));
  await eventually(async () => (await served(pages.article)).html.includes("Kim and Putin, fixed"), "serving the fixed article");
});

test.run();
