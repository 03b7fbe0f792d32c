// Builds the sample site with the real command and reads each page's JSON-LD as a search engine would.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import * as cheerio from "cheerio";
import { tempFolder } from "../../helpers/temp-folder.ts";

const root = path.resolve(import.meta.dirname, "../../..");
const site = path.join(tempFolder("digest-ld-"), "site");
const built = spawnSync(path.join(root, "node_modules/.bin/tsx"), ["src/cli/build.ts", "--output", site, "--now", "2024-01-01T00:00:00+07:00"], {
  cwd: root,
  encoding: "utf8",
  env: { ...process.env, DIGEST_SEARCH: "off" },
});

/** The page's one JSON-LD block, as written and parsed. */
function jsonLd(url: string): { raw: string; data: any } {
  const $ = cheerio.load(readFileSync(path.join(site, url, "index.html"), "utf8"));
  const scripts = $("script[type='application/ld+json']");
  assert.is(scripts.length, 1, `${url} has one JSON-LD block`);
  const raw = scripts.text();
  return { raw, data: JSON.parse(raw) };
}

/** The built file a listed absolute URL names. */
const builtFile = (url: string) => path.join(site, new URL(url).pathname, "index.html");
const listed = (data: any): string[] => data.mainEntity.itemListElement.map((e: any) => e.item?.url ?? e.url);

test("the sample builds", () => {
  assert.is(built.status, 0, `${built.stdout}${built.stderr}`);
});

test("a person's page: a CollectionPage about the Person, with Wikidata as sameAs, listing the articles its timeline shows", () => {
  const { raw, data } = jsonLd("people/kim-jong-un");
  assert.not.match(raw, "<", "no raw < in the script");
  assert.is(data["@context"], "https://schema.org");
  assert.is(data["@type"], "CollectionPage");
  assert.is(data.about["@type"], "Person");
  assert.is(data.about.name, "Kim Jong Un");
  assert.is(data.about.sameAs, "https://www.wikidata.org/wiki/Q56226");
  assert.is(data.about.url, "https://example.org/people/kim-jong-un/");
  const urls = listed(data);
  assert.ok(urls.length >= 5, `${urls.length} articles`);
  for (const url of urls) assert.ok(existsSync(builtFile(url)), url);
  const $ = cheerio.load(readFileSync(path.join(site, "people/kim-jong-un/index.html"), "utf8"));
  const shown = $(".timeline .item-title a").map((_, a) => $(a).attr("href")).get();
  assert.equal(urls.map((u) => new URL(u).pathname), shown, "the same articles in the same order as the timeline");
  assert.ok(data.mainEntity.itemListElement.every((e: any) => e.item["@type"] === "NewsArticle" && e.item.headline && e.item.datePublished));
});

test("a place's page carries the Wikidata item the registry gives", () => {
  const { data } = jsonLd("places/russia");
  assert.is(data.about["@type"], "Place");
  assert.is(data.about.name, "Russia");
  assert.is(data.about.sameAs, "https://www.wikidata.org/wiki/Q159");
});

test("a tag's page: a CollectionPage about the tag, its articles built", () => {
  const { raw, data } = jsonLd("tags/north-korea");
  assert.not.match(raw, "<");
  assert.is(data["@type"], "CollectionPage");
  assert.is(data.about["@type"], "DefinedTerm");
  assert.is(data.about.name, "north-korea");
  assert.not.ok("sameAs" in data.about);
  assert.ok(listed(data).length > 0);
  for (const url of listed(data)) assert.ok(existsSync(builtFile(url)), url);
});

test("an outlet's page: about a NewsMediaOrganization with its home page from the registry", () => {
  const { raw, data } = jsonLd("sources/antara");
  assert.not.match(raw, "<");
  assert.is(data["@type"], "CollectionPage");
  assert.is(data.url, "https://example.org/sources/antara/");
  assert.equal([data.about["@type"], data.about.name, data.about.url], ["NewsMediaOrganization", "Antara", "https://www.antaranews.com/"]);
  assert.is(listed(data).length, 3);
  for (const url of listed(data)) assert.ok(existsSync(builtFile(url)), url);
});

test("index pages list their collections, each built", () => {
  for (const [url, name] of [["people", "People"], ["tags", "Tags"], ["sources", "Sources"]] as const) {
    const { data } = jsonLd(url);
    assert.is(data["@type"], "CollectionPage", url);
    assert.is(data.name, name);
    assert.ok(listed(data).length > 1, url);
    for (const item of listed(data)) assert.ok(existsSync(builtFile(item)), item);
  }
});

test("a correction in the article's JSON-LD is the note's plain text, without its Markdown", () => {
  const { data } = jsonLd("2023/09/13/kim-meets-putin-vostochny");
  assert.equal(data.correction, [{
    "@type": "CorrectionComment",
    text: "An earlier version of this article placed the Vostochny Cosmodrome in Primorsky Krai. It is in the Amur region.",
    datePublished: "2023-09-14T09:00:00+07:00",
  }]);
});

test.run();
