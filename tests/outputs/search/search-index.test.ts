import { test } from "uvu";
import * as assert from "uvu/assert";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { tmpdir } from "node:os";
import path from "node:path";
import { languageBundles } from "../../../src/outputs/search/search-bundles.ts";
import { writeSearchIndex } from "../../../src/outputs/search/search-index.ts";
import { site, smallDigest } from "../../helpers/small-digest.ts";

const tmp = mkdtempSync(path.join(tmpdir(), "digest-search-"));

test("writes one Pagefind bundle per article language and a list of them, the site's first", async () => {
  const dir = path.join(tmp, "site");
  const result = await writeSearchIndex(dir, smallDigest(), { ...site, lang: "id" });
  const bundles = [{ path: "id", language: "id" }, { path: "en", language: "en" }];
  assert.equal(result, { languages: ["id", "en"], bundles, articles: 5 });
  assert.equal(JSON.parse(readFileSync(path.join(dir, "pagefind/languages.json"), "utf8")), { languages: ["id", "en"], bundles });
  assert.equal(readdirSync(path.join(dir, "pagefind")).sort(), ["en", "id", "languages.json"], "no shard below the threshold");
  for (const language of ["en", "id"]) {
    const bundle = path.join(dir, "pagefind", language);
    assert.ok(existsSync(path.join(bundle, "pagefind.js")), language);
    const entry = JSON.parse(readFileSync(path.join(bundle, "pagefind-entry.json"), "utf8"));
    assert.equal(Object.keys(entry.languages), [language], "one language per bundle");
    assert.ok(existsSync(path.join(bundle, `wasm.${language}.pagefind`)), `${language} has its own stemmer`);
  }
  const counts = (language: string) => JSON.parse(readFileSync(path.join(dir, "pagefind", language, "pagefind-entry.json"), "utf8")).languages[language].page_count;
  assert.is(counts("en"), 4);
  assert.is(counts("id"), 1);
});

test("the same content gives the same files", async () => {
  const a = path.join(tmp, "a");
  const b = path.join(tmp, "b");
  await writeSearchIndex(a, smallDigest(), site);
  await writeSearchIndex(b, smallDigest(), site);
  const files = (dir: string) => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name))).sort();
  assert.equal(files(a), files(b));
  for (const file of files(a)) assert.ok(readFileSync(path.join(a, file)).equals(readFileSync(path.join(b, file))), file);
});

test("more languages than Pagefind processes: each still gets its own bundle with its own pages", async () => {
  const dir = path.join(tmp, "many");
  const digest = smallDigest();
  const langs = ["fr", "id", "de", "en-GB", "nl"];
  const many = { ...digest, articles: digest.articles.map((article, i) => ({ ...article, lang: langs[i]! })) };
  const result = await writeSearchIndex(dir, many, site);
  assert.equal(result.languages, ["en", "de", "fr", "id", "nl"], "the site's language first, then by name");
  for (const language of result.languages) {
    const entry = JSON.parse(readFileSync(path.join(dir, "pagefind", language, "pagefind-entry.json"), "utf8"));
    assert.equal(Object.keys(entry.languages), [language]);
    assert.is(entry.languages[language].page_count, 1, language);
  }
});

test("a language with more articles than the threshold is split into shards, its articles dealt round-robin in date order", async () => {
  const dir = path.join(tmp, "shards");
  // Published, in the model's order (oldest first): old (en), kereta (id), quotes, haze-day, newest (en).
  const result = await writeSearchIndex(dir, smallDigest(), site, undefined, 3);
  const bundles = [{ path: "en", language: "en" }, { path: "en.2", language: "en" }, { path: "id", language: "id" }];
  assert.equal(result.bundles, bundles);
  assert.equal(JSON.parse(readFileSync(path.join(dir, "pagefind/languages.json"), "utf8")), { languages: ["en", "id"], bundles });
  assert.equal(bundleUrls(dir, "en"), ["/2023/09/01/old/", "/2023/09/14/haze-day/"]);
  assert.equal(bundleUrls(dir, "en.2"), ["/2023/09/13/quotes/", "/2023/09/14/newest/"]);
  assert.equal(bundleUrls(dir, "id"), ["/2023/09/12/kereta/"]);
  for (const shard of ["en", "en.2"]) {
    const entry = JSON.parse(readFileSync(path.join(dir, "pagefind", shard, "pagefind-entry.json"), "utf8"));
    assert.equal(Object.keys(entry.languages), ["en"], `${shard} is indexed as English`);
    assert.ok(existsSync(path.join(dir, "pagefind", shard, "wasm.en.pagefind")), `${shard} has the English stemmer`);
  }
});

test("one article a bundle: every article has its own shard, named in order", async () => {
  const dir = path.join(tmp, "one-each");
  const result = await writeSearchIndex(dir, smallDigest(), site, undefined, 1);
  assert.equal(result.bundles.map((bundle) => bundle.path), ["en", "en.2", "en.3", "en.4", "id"]);
  assert.equal(["en", "en.2", "en.3", "en.4"].map((shard) => bundleUrls(dir, shard)), [["/2023/09/01/old/"], ["/2023/09/13/quotes/"], ["/2023/09/14/haze-day/"], ["/2023/09/14/newest/"]]);
});

test("a language never gets more than four bundles, however many articles it has", () => {
  const [first] = smallDigest().articles;
  const articles = Array.from({ length: 10 }, (_, i) => ({ ...first!, url: `/${i}/` }));
  const bundles = languageBundles("en", articles, 1);
  assert.equal(bundles.map((b) => b.path), ["en", "en.2", "en.3", "en.4"]);
  assert.equal(bundles.map((b) => b.articles.map((a) => a.url)), [["/0/", "/4/", "/8/"], ["/1/", "/5/", "/9/"], ["/2/", "/6/"], ["/3/", "/7/"]]);
});

/** The URLs of the pages a written bundle holds, sorted (read from its fragments: gzip'd JSON after a "pagefind_dcd" signature). */
function bundleUrls(dir: string, bundle: string): string[] {
  const fragments = path.join(dir, "pagefind", bundle, "fragment");
  return readdirSync(fragments).map((file) => JSON.parse(gunzipSync(readFileSync(path.join(fragments, file))).toString("utf8").replace(/^pagefind_dcd/, "")).url).sort();
}

test("a document that cannot be made fails the index and leaves no Pagefind process running", async () => {
  const digest = smallDigest();
  const broken = Object.defineProperty({ ...digest.articles[1]! }, "title", { get: () => { throw new Error("no title"); } });
  const articles = digest.articles.map((article, i) => (i === 1 ? broken : article));
  try {
    await writeSearchIndex(path.join(tmp, "broken"), { ...digest, articles }, site);
    assert.unreachable("should have thrown");
  } catch (error) {
    assert.is((error as Error).message, "no title");
  }
  if (!existsSync("/proc/self/stat")) return;
  // Closed services are killed; give the processes a moment to go.
  for (let wait = 0; pagefindChildren().length && wait < 40; wait++) await new Promise((resolve) => setTimeout(resolve, 50));
  assert.equal(pagefindChildren(), []);
});

test("an aborted index (the pages failed) stops, writes no list of bundles and leaves no Pagefind process running", async () => {
  const dir = path.join(tmp, "aborted");
  const stop = new AbortController();
  const digest = smallDigest();
  // Aborted while the third document is made, as a failed render would abort it mid-way.
  const articles = digest.articles.map((article, i) => (i === 2 ? Object.defineProperty({ ...article }, "title", { get: () => (stop.abort(), article.title) }) : article));
  try {
    await writeSearchIndex(dir, { ...digest, articles }, site, stop.signal);
    assert.unreachable("should have thrown");
  } catch (error) {
    assert.is((error as Error).name, "AbortError");
  }
  assert.not.ok(existsSync(path.join(dir, "pagefind/languages.json")));
  for (let wait = 0; pagefindChildren().length && wait < 40; wait++) await new Promise((resolve) => setTimeout(resolve, 50));
  assert.equal(pagefindChildren(), []);
});

/** Pagefind processes this process started that are still alive (Linux: read from /proc). */
function pagefindChildren(): string[] {
  return readdirSync("/proc").filter((pid) => /^\d+$/.test(pid)).flatMap((pid) => {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const [, comm, state, ppid] = /^\d+ \((.*)\) (\S) (\d+)/.exec(stat) ?? [];
      return Number(ppid) === process.pid && comm!.startsWith("pagefind") && state !== "Z" ? [pid] : [];
    } catch {
      return [];
    }
  });
}

test.after(() => rmSync(tmp, { recursive: true, force: true }));

test.run();
