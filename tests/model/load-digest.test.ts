import { rmSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import { DateTime } from "luxon";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { createDigestCache, loadDigest } from "../../src/model/load-digest.ts";
import { ContentError } from "../../src/content/problems.ts";
import { defaultSiteSettings } from "../../src/settings/site.ts";
import { articlesFolder } from "../helpers/content.ts";

const now = DateTime.fromISO("2024-01-01T00:00:00+07:00");
const article = (title: string, body: string) => `---\ntitle: ${title}\ndate: "2023-09-05"\ntopics: [t]\nsource: Antara\n---\n${body}\n`;

function site() {
  const dir = articlesFolder({ "topics/t.md": "---\ntitle: T\n---\n", "2023-09-05-a.md": article("A", "*one*"), "2023-09-05-b.md": article("B", "two") });
  // Whole seconds: a file system keeps them exactly, so a stamp can be put back as it was.
  let stamp = 1_700_000_000;
  for (const name of ["topics/t.md", "2023-09-05-a.md", "2023-09-05-b.md"]) utimesSync(path.join(dir, name), stamp, stamp);
  const load = (cache = createDigestCache()) => loadDigest(defaultSiteSettings, { articlesDir: dir, projectRoot: dir, now, cache });
  /** Rewrites a file; `sameStamp` keeps its size and time of change, as if it had not been touched. */
  const edit = (name: string, text: string, sameStamp = false) => {
    const file = path.join(dir, name);
    writeFileSync(file, text);
    if (!sameStamp) stamp += 2;
    utimesSync(file, stamp, stamp);
  };
  return { dir, load, edit };
}

const bodies = (digest: { articles: { title: string; html: string }[] }) => digest.articles.map((a) => `${a.title}: ${a.html.trim()}`).sort();

test("with a cache, an edited article is read and rendered again", async () => {
  const { load, edit } = site();
  const cache = createDigestCache();
  assert.equal(bodies((await load(cache)).digest), ["A: <p><em>one</em></p>", "B: <p>two</p>"]);
  edit("2023-09-05-a.md", article("A again", "**uno**"));
  assert.equal(bodies((await load(cache)).digest), ["A again: <p><strong>uno</strong></p>", "B: <p>two</p>"]);
});

test("with a cache, a file whose size and time of change are unchanged is not read again", async () => {
  const { load, edit } = site();
  const cache = createDigestCache();
  await load(cache);
  edit("2023-09-05-b.md", article("X", "owt"), true); // same length as before
  assert.equal(bodies((await load(cache)).digest), ["A: <p><em>one</em></p>", "B: <p>two</p>"], "the cache was not used");
  assert.equal(bodies((await load()).digest), ["A: <p><em>one</em></p>", "X: <p>owt</p>"], "without a cache every file is read");
});

test("with a cache, added and deleted files come and go, and errors are reported again", async () => {
  const { dir, load, edit } = site();
  const cache = createDigestCache();
  await load(cache);
  rmSync(path.join(dir, "2023-09-05-b.md"));
  writeFileSync(path.join(dir, "2023-09-06-c.md"), article("C", "three").replace("2023-09-05", "2023-09-06"));
  assert.equal(bodies((await load(cache)).digest), ["A: <p><em>one</em></p>", "C: <p>three</p>"]);

  edit("2023-09-05-a.md", article("A", "one").replace("topics: [t]", "topics: [nope]"));
  for (let attempt = 0; attempt < 2; attempt++) {
    const error = await load(cache).then(() => undefined, (e: unknown) => e);
    assert.instance(error, ContentError, "an invalid article must fail every rebuild, cached or not");
    assert.match((error as ContentError).message, /2023-09-05-a\.md:\d+:\d+ {2}topics\[1\] {2}error {2}unknown topic "nope"/, (error as Error).message);
  }
});

test("with a cache, unchanged articles are checked again when a topic file changes", async () => {
  const { dir, load, edit } = site();
  const cache = createDigestCache();
  assert.equal((await load(cache)).digest.articles.map((a) => a.topics[0]?.title), ["A", "B"].map(() => "T"));
  edit("topics/t.md", "---\ntitle: Renamed\n---\n");
  assert.equal((await load(cache)).digest.articles.map((a) => a.topics[0]?.title), ["Renamed", "Renamed"], "articles kept the old topic");

  rmSync(path.join(dir, "topics/t.md"));
  const error = await load(cache).then(() => undefined, (e: unknown) => e);
  assert.instance(error, ContentError, "articles naming a deleted topic must fail, though they did not change");
  assert.match((error as ContentError).message, /2023-09-05-b\.md:\d+:\d+ {2}topics\[1\] {2}error {2}unknown topic "t"/, (error as Error).message);
});

test.run();
