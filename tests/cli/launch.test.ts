// `npm run build` and `npm run check` run a JavaScript bundle of src/ (src/cli/launch.mjs). These
// tests run the launcher in a temporary copy of the project, edit the copy's sources, and check
// that what runs is always the code as it is now, never an older bundle.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { tempFolder } from "../helpers/temp-folder.ts";

const repo = path.resolve(import.meta.dirname, "../..");
const project = tempFolder("digest-launch-");
for (const name of ["src", "layouts", "articles", "eleventy.config.ts", "package.json", "package-lock.json"]) cpSync(path.join(repo, name), path.join(project, name), { recursive: true });
symlinkSync(path.join(repo, "node_modules"), path.join(project, "node_modules"));

function launch(...args: string[]) {
  const result = spawnSync(process.execPath, ["src/cli/launch.mjs", ...args], { cwd: project, encoding: "utf8", env: { ...process.env, DIGEST_SEARCH: "off" } });
  return { code: result.status, out: `${result.stdout}${result.stderr}` };
}
const bundles = () => readdirSync(path.join(project, ".built"), { withFileTypes: true }).filter((entry) => entry.isDirectory() && !entry.name.includes(".tmp-")).map((entry) => entry.name);
const checkSource = path.join(project, "src/cli/check.ts");
/** The bundle made last. */
const newest = () => bundles().sort((a, b) => statSync(path.join(project, ".built", b)).mtimeMs - statSync(path.join(project, ".built", a)).mtimeMs)[0]!;
const original = readFileSync(checkSource, "utf8");

test("without a command it only makes the bundle, as npm's prepare does at install", () => {
  const made = launch();
  assert.is(made.code, 0, made.out);
  assert.is(made.out, "");
  assert.is(bundles().length, 1);
  assert.ok(existsSync(path.join(project, ".built", bundles()[0]!, "check.cjs")));
});

test("check runs from the bundle, and a second run reuses it", () => {
  const first = launch("check");
  assert.is(first.code, 0, first.out);
  assert.is(first.out.trim(), "Checked 17 articles and 3 topics: no problems.");
  assert.is(bundles().length, 1);
});

test("the first run leaves V8's code cache beside the bundle; a damaged cache is replaced, and the command still runs", () => {
  const cache = path.join(project, ".built", bundles()[0]!, "check.code-cache");
  assert.ok(existsSync(cache), "the first check left a code cache");
  writeFileSync(cache, "not a code cache");
  const second = launch("check");
  assert.is(second.code, 0, second.out);
  assert.is(second.out.trim(), "Checked 17 articles and 3 topics: no problems.");
  assert.ok(readFileSync(cache).length > 100_000, "the damaged cache was made again");
  const made = statSync(cache).ino;
  assert.is(launch("check").code, 0);
  assert.is(statSync(cache).ino, made, "V8 took the cache: it was not made again");
});

test("an edit to src/ is what the next run runs; undoing it runs the first bundle again", () => {
  writeFileSync(checkSource, original.replace("topics: no problems.", "topics: nothing to fix."));
  const edited = launch("check");
  assert.is(edited.out.trim(), "Checked 17 articles and 3 topics: nothing to fix.");
  assert.is(bundles().length, 2);
  writeFileSync(checkSource, original);
  assert.is(launch("check").out.trim(), "Checked 17 articles and 3 topics: no problems.");
  assert.is(bundles().length, 2);
});

test("sources that do not compile stop the command with the file and line, and nothing older runs", () => {
  writeFileSync(checkSource, `${original}\nconst broken = ;\n`);
  const broken = launch("check");
  writeFileSync(checkSource, original);
  assert.is(broken.code, 1);
  assert.match(broken.out, "src/cli/check.ts:");
  assert.not.match(broken.out, "Checked");
});

test("a command's arguments reach it, and an unknown command is refused", () => {
  const missing = launch("check", "--articles", "no-such-folder");
  assert.is(missing.code, 1);
  assert.match(missing.out, "no-such-folder");
  const unknown = launch("deploy");
  assert.is(unknown.code, 2);
  assert.match(unknown.out, "unknown command deploy");
});

test("a code cache made by a run that stopped early is replaced by the next run that goes through", () => {
  // An edit makes a new bundle, whose first run fails before most of the command's code has run.
  writeFileSync(checkSource, `${original}\n// a new bundle\n`);
  try {
    assert.is(launch("check", "--articles", "no-such-folder").code, 1);
    const cache = path.join(project, ".built", newest(), "check.code-cache");
    const early = statSync(cache);
    assert.is(launch("check").code, 0);
    const full = statSync(cache);
    assert.is.not(full.ino, early.ino, "the successful run made the cache again");
    assert.ok(full.size > early.size, `it holds more compiled code (${early.size} → ${full.size} bytes)`);
    assert.is(launch("check").code, 0);
    assert.is(statSync(cache).ino, full.ino, "and the next run takes it as it is");
  } finally {
    writeFileSync(checkSource, original);
  }
});

test("raw HTML in an article is still sanitized: the bundle loads sanitize-html when it is first needed", () => {
  const raw = path.join(project, "raw");
  cpSync(path.join(project, "articles"), raw, { recursive: true });
  const article = path.join(raw, "2023", readdirSync(path.join(raw, "2023")).find((name) => name.endsWith(".md"))!);
  writeFileSync(article, `${readFileSync(article, "utf8")}\nSee <span onclick="steal()">this</span> and <script>alert(1)</script>.\n`);
  const checked = launch("check", "--articles", "raw");
  assert.is(checked.code, 0, checked.out);
  assert.match(checked.out, "removed from the page: onclick event handler on <span>; <script> element");
});

test("a large build renders Markdown on the bundle's worker thread", () => {
  // The copy's worker leaves a mark when it starts: a worker that failed to load would go
  // unnoticed otherwise, as the main thread takes over its share.
  const worker = path.join(project, "src/markdown/worker.ts");
  writeFileSync(worker, `import { writeFileSync as markStarted } from "node:fs";\nmarkStarted("worker-started", "");\n${readFileSync(worker, "utf8")}`);
  const articles = path.join(project, "many");
  mkdirSync(path.join(articles, "2024"), { recursive: true });
  cpSync(path.join(repo, "articles/topics"), path.join(articles, "topics"), { recursive: true });
  for (let i = 1; i <= 1100; i++) {
    const story = `---\ntitle: "Story ${i}"\ndate: "2024-01-01T10:00:00+07:00"\ntopics: [russia-dprk-arms-deal]\nsource:\n  name: Example\n  url: https://example.com/${i}\n---\nStory ${i} has a **bold** start.\n`;
    writeFileSync(path.join(articles, "2024", `2024-01-01-story-${i}.md`), story);
  }
  const built = launch("build", "--articles", "many", "--output", "site", "--now", "2024-02-01T00:00:00+07:00");
  assert.is(built.code, 0, built.out);
  assert.ok(existsSync(path.join(project, "worker-started")), "the worker started");
  const page = readFileSync(path.join(project, "site/2024/01/01/story-1100/index.html"), "utf8");
  assert.match(page, "Story 1100 has a <strong>bold</strong> start.");
});

test("a build's code cache is taken by the next build, though a build changes V8's flags as it runs", () => {
  const withBuild = bundles().find((name) => existsSync(path.join(project, ".built", name, "build.code-cache")));
  const cache = path.join(project, ".built", withBuild!, "build.code-cache");
  const made = statSync(cache).ino;
  const again = launch("build", "--output", "site");
  assert.is(again.code, 0, again.out);
  assert.is(statSync(cache).ino, made, "V8 took the cache: it was not made again");
});

test.run();
