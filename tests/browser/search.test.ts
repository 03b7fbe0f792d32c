// /search/ in a real browser: the Pagefind bundles the build wrote find an English article by an
// English word and an Indonesian one by an Indonesian word, each stemmed by its own language's
// rules; the same works under a path prefix; a language split into several bundles (shards) is
// searched as one; without JavaScript the page says so and links on.
import { mkdirSync, symlinkSync } from "node:fs";
import path from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import type { Browser, Page } from "playwright-core";
import { loadDigest } from "../../src/model/index.ts";
import { writeSearchIndex } from "../../src/outputs/search/search-index.ts";
import { optionsFromEnv } from "../../src/settings/index.ts";
import { axeViolations, browserTests, buildSite, launchBrowser, now, removeSite, root, serve } from "./support.ts";

const test = suite("browser: search");
const it = browserTests(test);

// Runs in the page (the project type-checks without the DOM library).
declare const document: any;

interface Served {
  origin: string;
  close: () => Promise<void>;
}
let opened: Promise<{ browser: Browser; plain: Served; prefixed: Served; sharded: Served }> | undefined;

/**
 * The sample site with its search index written three articles a bundle (the build's threshold is
 * 4,000): its 10 English articles in four bundles, its 7 Indonesian ones in three.
 */
async function buildShardedSite(): Promise<string> {
  const site = await buildSite();
  try {
    const options = optionsFromEnv({ DIGEST_NOW: now });
    const { digest } = await loadDigest(options.settings, { ...options, articlesDir: path.join(root, "articles"), projectRoot: root });
    await writeSearchIndex(site, digest, options.settings, undefined, 3);
  } catch (error) {
    removeSite(site);
    throw error;
  }
  return site;
}

/** Three builds with the search index — at the root, under /news/, and split into shards — served, and a browser. */
function setUp() {
  return (opened ??= (async () => {
    // All four settle before anything is thrown, so what did start is closed again.
    const [plainSite, prefixedSite, shardedSite, launched] = await Promise.allSettled([
      buildSite({ env: { DIGEST_SEARCH: "on" } }),
      buildSite({ env: { DIGEST_SEARCH: "on", DIGEST_PATH_PREFIX: "/news/" } }),
      buildShardedSite(),
      launchBrowser(),
    ]);
    const failed = [plainSite, prefixedSite, shardedSite, launched].find((result) => result.status === "rejected");
    if (failed) {
      if (launched.status === "fulfilled") await launched.value.close();
      for (const site of [plainSite, prefixedSite, shardedSite]) if (site.status === "fulfilled") removeSite(site.value);
      throw failed.reason;
    }
    const browser = (launched as PromiseFulfilledResult<Browser>).value;
    const [plain, prefixed, sharded] = [plainSite, prefixedSite, shardedSite].map((site) => (site as PromiseFulfilledResult<string>).value) as [string, string, string];
    // Serve the prefixed site where its prefix says it lives.
    const host = path.join(path.dirname(prefixed), "host");
    mkdirSync(host);
    symlinkSync(prefixed, path.join(host, "news"));
    const [plainServer, prefixedServer, shardedServer] = await Promise.all([serve(plain), serve(host), serve(sharded)]);
    const done = (server: Served, site: string): Served => ({ origin: server.origin, close: async () => { await server.close(); removeSite(site); } });
    return { browser, plain: done(plainServer, plain), prefixed: done(prefixedServer, prefixed), sharded: done(shardedServer, sharded) };
  })());
}

/** Searches /search/ for `term` by typing it, as a reader would; returns the result links. */
async function search(page: Page, origin: string, prefix: string, term: string): Promise<string[]> {
  await page.goto(`${origin}${prefix}search/`);
  await page.waitForSelector("#search[data-ready]", { timeout: 15_000 });
  await page.fill("#search-term", term);
  await page.press("#search-term", "Enter");
  await page.waitForSelector(`#search[data-shown="?q=${encodeURIComponent(term)}"]`, { timeout: 15_000 });
  return page.$$eval(".search-result .item-title a", (links: any[]) => links.map((a) => a.getAttribute("href")));
}

it("an English word finds the English article that has it, stemmed by English rules", async () => {
  const { browser, plain } = await setUp();
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  try {
    // The article says "spaceport"; the English stemmer makes "spaceports" the same word.
    const found = await search(page, plain.origin, "/", "spaceports");
    assert.ok(found.includes("/2023/09/13/kim-meets-putin-vostochny/"), found.join(" "));
    assert.match(await page.textContent(".search-status") ?? "", /^\d+ articles?$/);
    assert.match(page.url(), /\?q=spaceports$/, "the address keeps the search");
  } finally {
    await page.close();
  }
  assert.equal(errors, []);
});

it("an Indonesian word finds the Indonesian article, stemmed by Indonesian rules", async () => {
  const { browser, plain } = await setUp();
  const page = await browser.newPage();
  try {
    // The article says "Kunjungan-kunjungan"; only the Indonesian stemmer takes "kunjungi" to the same root.
    const found = await search(page, plain.origin, "/", "kunjungi");
    assert.ok(found.includes("/2023/09/17/kim-kunjungi-pabrik-pesawat-dan-armada-pasifik/"), found.join(" "));
    const item = page.locator(".search-result", { has: page.locator("a[href='/2023/09/17/kim-kunjungi-pabrik-pesawat-dan-armada-pasifik/']") });
    assert.is(await item.getAttribute("lang"), "id");
    // A filter narrows the results, and the address keeps it.
    await page.selectOption("select[name=language]", "English");
    await page.waitForSelector("#search[data-shown*='language=English']", { timeout: 15_000 });
    assert.is(await page.locator(".search-result[lang=id]").count(), 0);
  } finally {
    await page.close();
  }
});

it("under a path prefix the search loads its bundles and links inside the prefix", async () => {
  const { browser, prefixed } = await setUp();
  const page = await browser.newPage();
  try {
    const found = await search(page, prefixed.origin, "/news/", "kereta");
    assert.ok(found.includes("/news/2023/09/12/kim-tiba-di-rusia-dengan-kereta-lapis-baja/"), found.join(" "));
    assert.ok(found.every((href) => href.startsWith("/news/")), found.join(" "));
    await page.click(".search-result .item-title a[href='/news/2023/09/12/kim-tiba-di-rusia-dengan-kereta-lapis-baja/']");
    await page.waitForURL(/kereta-lapis-baja\/$/);
    assert.is(await page.textContent("h1"), "Kim Jong Un tiba di Timur Jauh Rusia dengan kereta lapis baja");
  } finally {
    await page.close();
  }
});

for (const colorScheme of ["light", "dark"] as const) {
  it(`the search form and its results have no axe-core violation, ${colorScheme} colours`, async () => {
    const { browser, plain } = await setUp();
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    try {
      const found = await search(page, plain.origin, "/", "Kim");
      assert.ok(found.length > 2);
      assert.equal(await axeViolations(page), []);
      // Newest first orders the results of both languages by date.
      await page.selectOption("select[name=order]", "newest");
      await page.waitForSelector("#search[data-shown*='order=newest']", { timeout: 15_000 });
      assert.is(await page.locator(".search-result").count(), found.length);
      const dates = await page.$$eval(".search-result time", (times: any[]) => times.map((t) => Date.parse(t.getAttribute("datetime"))));
      assert.equal(dates, [...dates].sort((a, b) => b - a));
      assert.ok(new Set(await page.$$eval(".search-result", (items: any[]) => items.map((i) => i.lang || "en"))).size === 2, "both languages");
    } finally {
      await context.close();
    }
  });
}

it("a language split into shards is searched as one: every match listed, the count their total, filters and newest-first across shards", async () => {
  const { browser, sharded } = await setUp();
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  try {
    const listed = (await (await fetch(`${sharded.origin}/pagefind/languages.json`)).json()) as { bundles: { path: string }[] };
    assert.equal(listed.bundles.map((bundle) => bundle.path), ["en", "en.2", "en.3", "en.4", "id", "id.2", "id.3"]);
    // "Pyongyang" is in 6 English articles (in four shards) and 3 Indonesian ones (in two).
    const english = [
      "/2023/07/28/shoigu-watches-pyongyang-parade/",
      "/2023/08/31/russia-dprk-arms-talks-actively-advancing/",
      "/2023/09/06/us-warns-north-korea-will-pay-a-price/",
      "/2023/09/07/yoon-warns-lavrov-jakarta/",
      "/2023/09/13/kim-meets-putin-vostochny/",
      "/2023/10/14/north-korea-ships-containers-of-munitions/",
    ];
    const indonesian = ["/2023/07/27/kim-pamerkan-senjata-kepada-shoigu/", "/2023/09/12/kim-tiba-di-rusia-dengan-kereta-lapis-baja/", "/2023/09/17/kim-kunjungi-pabrik-pesawat-dan-armada-pasifik/"];
    const found = await search(page, sharded.origin, "/", "pyongyang");
    assert.equal([...found].sort(), [...english, ...indonesian].sort());
    assert.is(await page.textContent(".search-status"), "9 articles");
    for (const href of indonesian) assert.is(await page.locator(`.search-result:has(a[href='${href}'])`).getAttribute("lang"), "id", href);
    // The filters offer the values of every shard: all three topics, both languages.
    assert.equal(await page.$$eval("select[name=topic] option", (options: any[]) => options.filter((o) => o.value).length), 3);
    await page.selectOption("select[name=language]", "English");
    await page.waitForSelector("#search[data-shown*='language=English']", { timeout: 15_000 });
    assert.equal((await page.$$eval(".search-result .item-title a", (links: any[]) => links.map((a) => a.getAttribute("href")))).sort(), english);
    assert.is(await page.textContent(".search-status"), "6 articles");
    await page.selectOption("select[name=order]", "newest");
    await page.waitForSelector("#search[data-shown*='order=newest']", { timeout: 15_000 });
    assert.equal(await page.$$eval(".search-result .item-title a", (links: any[]) => links.map((a) => a.getAttribute("href"))), [...english].reverse());
  } finally {
    await page.close();
  }
  assert.equal(errors, []);
});

it("without JavaScript the page says search needs it and links to the topics and the archive", async () => {
  const { browser, plain } = await setUp();
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  try {
    await page.goto(`${plain.origin}/search/`);
    assert.ok(await page.isVisible(".search-fallback"));
    assert.match(await page.textContent(".search-fallback") ?? "", "Search needs JavaScript");
    assert.equal(await page.$$eval(".search-fallback a", (links: any[]) => links.map((a) => a.getAttribute("href"))), ["/topics/", "/2023/"]);
    assert.not.ok(await page.isVisible(".search-form"));
  } finally {
    await context.close();
  }
});

test.after(async () => {
  // A failed set-up was reported by each test, and cleaned up after itself.
  const ready = await opened?.catch(() => undefined);
  if (!ready) return;
  const { browser, plain, prefixed, sharded } = ready;
  await browser.close();
  await plain.close();
  await prefixed.close();
  await sharded.close();
});

test.run();
