import { test } from "uvu";
import * as assert from "uvu/assert";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { pageIndex } from "../../../src/model/page-index.ts";
import { htmlPageUrls, sitemap, sitemapFiles, type SitemapFile } from "../../../src/outputs/seo/sitemap.ts";
import { article, prefixed, site, smallDigest, sources } from "../../helpers/small-digest.ts";

const index = pageIndex(smallDigest());
const all: SitemapFile = { url: "/sitemap.xml", kind: "all" };
const parse = (xml: string) => {
  assert.is(XMLValidator.validate(xml), true);
  return new XMLParser({ isArray: (name) => name === "url" }).parse(xml).urlset.url as { loc: string; lastmod?: string }[];
};

test("lists the given pages and every model page once, each with a lastmod, but not the 404 page", () => {
  const urls = parse(sitemap(all, ["/", "/topics/", "/search/", "/404.html", "/2023/09/01/old/"], index, site));
  const locs = urls.map((u) => u.loc.replace("https://example.org", ""));
  assert.equal(locs, [...new Set(locs)].sort());
  for (const url of ["/", "/topics/", "/search/", "/2023/09/12/kereta/", "/topics/arms/page/2/", "/topics/quiet/", "/2023/09/14/", "/2023/09/", "/2023/"]) {
    assert.ok(locs.includes(url), url);
  }
  assert.not.ok(locs.includes("/404.html"));
  const lastmod = (url: string) => urls.find((u) => u.loc === `https://example.org${url}`)!.lastmod;
  assert.is(lastmod("/2023/09/12/kereta/"), "2023-09-12T10:00:00+07:00");
  assert.is(lastmod("/topics/arms/page/2/"), "2023-09-01T08:00:00+07:00");
  assert.is(lastmod("/search/"), "2023-09-14T18:00:00+07:00", "pages without articles: the site's newest");
  assert.is(lastmod("/topics/quiet/"), "2023-09-14T18:00:00+07:00");
});

test("an empty site has its pages (home, empty topics) without lastmod", () => {
  const urls = parse(sitemap(all, ["/"], pageIndex(smallDigest([])), site));
  assert.equal(urls.map((u) => u.loc), ["https://example.org/", "https://example.org/topics/arms/", "https://example.org/topics/haze/", "https://example.org/topics/quiet/"]);
  assert.ok(urls.every((u) => u.lastmod === undefined));
});

test("URLs are absolute inside the path prefix", () => {
  for (const { loc } of parse(sitemap(all, ["/"], index, prefixed))) assert.ok(loc.startsWith("https://news.example.com/digest/"), loc);
});

test("a site within the protocol's 50,000 URLs has one sitemap file", () => {
  assert.equal(sitemapFiles(index), [all]);
});

test("a bigger site gets an index of parts, each within the limit, listing every page once", () => {
  const limits = { urlsPerFile: 6, eleventyPages: 2 };
  const own = ["/", "/topics/", "/404.html"];
  const files = sitemapFiles(index, limits);
  // The small digest's pages: the two given (the 404 page is never listed) and the model's.
  const expected = [
    "/", "/topics/",
    "/2023/09/01/old/", "/2023/09/12/kereta/", "/2023/09/13/quotes/", "/2023/09/14/haze-day/", "/2023/09/14/newest/",
    "/topics/arms/", "/topics/arms/page/2/", "/topics/haze/", "/topics/haze/page/2/", "/topics/quiet/",
    "/2023/09/01/", "/2023/09/12/", "/2023/09/13/", "/2023/09/14/", "/2023/09/", "/2023/",
    // Tag and outlet pages (the small digest's one tag; its sources, Antara's over two pages).
    "/tags/", "/tags/korea-utara/", "/sources/", "/sources/antara/", "/sources/antara/page/2/", "/sources/kompas/", "/sources/reuters/",
  ].map((url) => `https://example.org${url}`);
  const parts = files.filter((f) => f.kind === "part");
  assert.equal(files.map((f) => f.url), ["/sitemap.xml", ...parts.map((_, i) => `/sitemap-${i + 1}.xml`)]);
  assert.is(parts.length, Math.ceil(index.modelPageUrls.length / 4));
  const listed = parts.map((part) => parse(sitemap(part, own, index, site, limits)));
  for (const urls of listed) assert.ok(urls.length > 0 && urls.length <= 6, `${urls.length} URLs`);
  assert.equal(listed.flat().map((u) => u.loc).sort(), [...expected].sort(), "every page once, the 404 page in none");

  const xml = sitemap(files[0]!, own, index, site, limits);
  assert.is(XMLValidator.validate(xml), true);
  const entries = new XMLParser({ isArray: (name) => name === "sitemap" }).parse(xml).sitemapindex.sitemap as { loc: string; lastmod?: string }[];
  assert.equal(entries.map((e) => e.loc), parts.map((p) => `https://example.org${p.url}`));
  entries.forEach((entry, i) => {
    const times = listed[i]!.map((u) => u.lastmod!).sort((a, b) => Date.parse(b) - Date.parse(a));
    assert.is(entry.lastmod, times[0], entry.loc);
  });
});

test("a site of 120,000 pages gets an index of parts of at most 50,000 URLs each (the protocol's limit), every page once", () => {
  const urls = Array.from({ length: 120_000 }, (_, i) => `/2023/01/01/a-${String(i).padStart(6, "0")}/`);
  const big = { ...index, modelPageUrls: urls, newestOnPage: new Map<string, string>() };
  const own = ["/", "/topics/", "/404.html"];
  const files = sitemapFiles(big);
  assert.is(files[0]!.url, "/sitemap.xml");
  assert.is(files[0]!.kind, "index");
  const parts = files.slice(1);
  assert.ok(parts.length >= 3, `${parts.length} parts for 120,002 URLs`);
  const listed = parts.map((part) => [...sitemap(part, own, big, site).matchAll(/<loc>https:\/\/example\.org([^<]*)<\/loc>/g)].map((m) => m[1]));
  for (const part of listed) assert.ok(part.length > 0 && part.length <= 50_000, `a part of ${part.length} URLs`);
  const locs = listed.flat();
  assert.is(locs.length, 120_002);
  assert.is(new Set(locs).size, 120_002, "every page once");
  assert.ok(locs.includes("/") && locs.includes("/topics/") && locs.includes("/2023/01/01/a-119999/") && !locs.includes("/404.html"));
  assert.is((sitemap(files[0]!, own, big, site).match(/<sitemap>/g) ?? []).length, parts.length, "the index names every part");
});

test("the index dates the first part by the template pages in it too, not only the model's oldest pages", () => {
  const limits = { urlsPerFile: 6, eleventyPages: 2 };
  const older = pageIndex(smallDigest([...sources, article("older", "2022-01-06T08:00", ["arms"])]));
  const files = sitemapFiles(older, limits);
  const first = parse(sitemap(files[1]!, ["/", "/topics/"], older, site, limits)).map((u) => u.loc.replace("https://example.org", ""));
  assert.equal(first.filter((url) => !url.startsWith("/2022/")), ["/", "/topics/"], "part 1: the home page and 2022's pages");
  const xml = sitemap(files[0]!, ["/", "/topics/"], older, site, limits);
  assert.match(xml, `<loc>https://example.org/sitemap-1.xml</loc>\n    <lastmod>${older.newest}</lastmod>`);
});

test("only pages written as HTML come from Eleventy's collection", () => {
  assert.equal(htmlPageUrls([
    { url: "/", outputPath: "dist/index.html" },
    { url: "/feed.xml", outputPath: "dist/feed.xml" },
    { url: false, outputPath: false },
    { url: "/404.html", outputPath: "dist/404.html" },
  ]), ["/", "/404.html"]);
});

test.run();
