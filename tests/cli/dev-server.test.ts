// `npm start`: a saved article rewrites the pages that show it, and only those.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { startDevServer, type DevServer } from "../../src/bench/dev-rebuild.ts";

// A copy of the project, so the test may edit templates; src/ and node_modules are shared.
const repo = path.resolve(import.meta.dirname, "../..");
const root = mkdtempSync(path.join(tmpdir(), "digest-dev-project-"));
for (const name of ["layouts", "articles", "eleventy.config.ts", "package.json"]) cpSync(path.join(repo, name), path.join(root, name), { recursive: true });
for (const name of ["src", "node_modules"]) symlinkSync(path.join(repo, name), path.join(root, name));
const articles = path.join(root, "articles");

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

test.before(async () => {
  server = startDevServer(root, articles, 8791, { DIGEST_NOW: "2026-11-26T00:00:00+07:00" });
  await server.waitFor(() => server.builds() >= 1, "the first build");
});
test.after(() => {
  server.stop();
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

test("a rebuild removes a deleted article's page, and its day's page when it was the day's only article", async () => {
  rmSync(path.join(articles, "2023/2023-07-25-bmkg-peringatkan-kemarau-lebih-kering.md"));
  // Eleventy 3.1 does not rebuild when a file is deleted: the next save does.
  await saveAndRebuild(edited, readFileSync(edited, "utf8").replace(/^title: .*$/m, 'title: "Kim and Putin, saved again"'));
  for (const page of [pages.otherArticle, pages.otherDay]) assert.not.ok(existsSync(path.join(server.output, page)), `${page} is still served`);
  assert.ok(existsSync(path.join(server.output, pages.article)), "the other pages stay");
});

test("saving a template rewrites every page", async () => {
  const template = path.join(root, "layouts/_includes/pages/article.njk");
  const before = changedAt(pages.neighbour);
  await saveAndRebuild(template, `${readFileSync(template, "utf8")}\n`);
  assert.ok(changedAt(pages.neighbour) > before, "a template change must rewrite every article page");
});

test.run();
