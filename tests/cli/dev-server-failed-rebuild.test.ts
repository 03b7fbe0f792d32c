// `npm start`: a rebuild that fails leaves the pages as they were — none of the saved article's
// pages, neighbours or topic feeds half-updated — and the next good save writes them all.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { startDevServer, type DevServer } from "../../src/bench/dev-rebuild.ts";

const repo = path.resolve(import.meta.dirname, "../..");
const root = mkdtempSync(path.join(tmpdir(), "digest-dev-failed-"));
for (const name of ["layouts", "articles", "eleventy.config.ts", "package.json"]) cpSync(path.join(repo, name), path.join(root, name), { recursive: true });
for (const name of ["src", "node_modules"]) symlinkSync(path.join(repo, name), path.join(root, name));
const articles = path.join(root, "articles");
// 600 short articles of 2022, so that a rebuild of every page sends the writer more pages than
// it holds at once (512) before the year pages, rendered last.
for (let i = 0; i < 600; i++) {
  const day = new Date(Date.UTC(2022, 0, 1) + Math.floor(i / 2) * 86_400_000).toISOString().slice(0, 10);
  mkdirSync(path.join(articles, "2022"), { recursive: true });
  writeFileSync(path.join(articles, "2022", `${day}-filler-${i}.md`), `---\ntitle: Filler ${i}\ndate: ${day}\ntopic: el-nino-drought-indonesia\nsource: Antara\n---\nText ${i}.\n`);
}
const edited = path.join(articles, "2023/2023-09-13-kim-meets-putin-vostochny.md");
const broken = path.join(articles, "2023/2023-07-25-bmkg-peringatkan-kemarau-lebih-kering.md");
const pages = {
  article: "2023/09/13/kim-meets-putin-vostochny/index.html",
  neighbour: "2023/09/12/kim-tiba-di-rusia-dengan-kereta-lapis-baja/index.html",
  day: "2023/09/13/index.html",
  topic: "topics/russia-dprk-arms-deal/index.html",
  topicFeed: "topics/russia-dprk-arms-deal/feed.xml",
};
let server: DevServer;

/** Every page and feed of the served site with its time of change (assets/ are Eleventy's copies). */
function stamps(): Record<string, number> {
  const files = readdirSync(server.output, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && /\.(html|xml|json)$/.test(e.name));
  const relative = files.map((e) => path.relative(server.output, path.join(e.parentPath, e.name))).filter((file) => !file.startsWith("assets/"));
  return Object.fromEntries(relative.map((file) => [file, statSync(path.join(server.output, file)).mtimeMs]));
}
const read = (page: string) => readFileSync(path.join(server.output, page), "utf8");
async function saveAndRebuild(file: string, text: string) {
  const builds = server.builds();
  await sleep(20); // so a rewritten file gets a later time of change
  await server.save(file, text);
  await server.waitFor(() => server.builds() > builds, "the rebuild");
}
const retitled = (file: string, title: string) => readFileSync(file, "utf8").replace(/^title: .*$/m, `title: "${title}"`);

test.before(async () => {
  server = startDevServer(root, articles, 8795, { DIGEST_NOW: "2026-11-26T00:00:00+07:00" });
  await server.firstBuildServed();
});
test.after(async () => {
  await server.stop();
  rmSync(root, { recursive: true, force: true });
});

test("while another article is invalid, saving an article writes nothing at all; fixing it writes every page", async () => {
  const brokenText = readFileSync(broken, "utf8");
  await saveAndRebuild(broken, brokenText.replace(/^date: .*$/m, "date: tomorrow"));
  const before = stamps();
  await saveAndRebuild(edited, retitled(edited, "Kim and Putin, not yet"));
  assert.match(server.log(), '"tomorrow" is not a date');
  const after = stamps();
  assert.equal(Object.keys(after).filter((file) => after[file] !== before[file]), [], "files written by a rebuild that failed");
  for (const page of Object.values(pages)) assert.not.match(read(page), "not yet", page);

  await saveAndRebuild(broken, brokenText);
  for (const page of Object.values(pages)) assert.match(read(page), "Kim and Putin, not yet", page);
});

test("a template that fails on one page leaves every page of articles, days, topics, months and years as it was", async () => {
  // Every page changes, and the 2022 year page — among the last the plugin renders — fails.
  const template = path.join(root, "layouts/_includes/base.njk");
  const text = readFileSync(template, "utf8");
  assert.ok(text.includes("</footer>"), "the test could not find the footer");
  const marked = text.replace("</footer>", "<!-- template v2 --></footer>");
  const before = stamps();
  const model = Object.keys(before).filter((file) => /^(\d{4}\/|topics\/[^/]+\/)(.*\/)?index\.html$/.test(file));
  assert.ok(model.length > 600, `only ${model.length} pages of the model: too few to tell`);
  await saveAndRebuild(template, `{% if page.url == "/2022/" %}{{ noSuchFunction() }}{% endif %}\n${marked}`);
  assert.match(server.log(), "noSuchFunction");
  const after = stamps();
  assert.equal(model.filter((page) => after[page] !== before[page]), [], "pages written by a rebuild that failed");
  for (const page of model) assert.not.match(read(page), "template v2", page);

  await saveAndRebuild(template, marked);
  for (const page of model) assert.match(read(page), "template v2", page);
});

test.run();
