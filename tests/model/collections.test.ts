import { test } from "uvu";
import * as assert from "uvu/assert";
import { DateTime } from "luxon";
import { parseArticleDate } from "../../src/content/dates.ts";
import { buildDigest, type RenderedArticle } from "../../src/model/index.ts";
import { defaultSiteSettings, type SiteSettings } from "../../src/settings/site.ts";

const settings: SiteSettings = { ...defaultSiteSettings, topicPageSize: 2 };
const now = DateTime.fromISO("2024-01-01T00:00:00Z");
const topics = [{ file: "articles/topics/rice.md", slug: "rice", title: "Rice", html: "" }];

function article(slug: string, date: string, tags: string[]): RenderedArticle {
  const parsed = parseArticleDate(date, settings.timeZone);
  if ("error" in parsed) throw new Error(parsed.error);
  return { file: `articles/${slug}.md`, slug, title: slug, date: parsed, topics: ["rice"], source: { name: "Antara" }, lang: "id", tags, draft: false, html: "", relatedHeadlines: [] };
}

const digest = buildDigest(
  [
    article("one", "2023-09-01", ["Beras", "impor"]),
    article("two", "2023-09-02", ["beras", "El Niño"]),
    article("three", "2023-09-03", ["beras", "Impor"]),
    article("four", "2023-09-04", ["Bulog"]),
  ],
  topics,
  settings,
  { now },
);

test("spellings that make one address fold into one tag, named as most articles spell it (a tie: the first in text order, capitals first)", () => {
  const tags = digest.articles.map((a) => a.tags.map((t) => `${t.name} ${t.url}`));
  assert.equal(tags, [
    ["beras /tags/beras/", "Impor /tags/impor/"],
    ["beras /tags/beras/", "El Niño /tags/el-nino/"],
    ["beras /tags/beras/", "Impor /tags/impor/"],
    ["Bulog /tags/bulog/"],
  ]);
});

test("/tags/ lists every tag with its count, most articles first, then by name", () => {
  assert.equal(digest.collectionIndexes.map((i) => i.kind), ["tags", "sources"]);
  const index = digest.collectionIndexes[0]!;
  assert.is(index.url, "/tags/");
  assert.equal(index.collections.map((c) => `${c.name} ${c.count}`), ["beras 3", "Impor 2", "Bulog 1", "El Niño 1"]);
});

test("a tag's timeline is paginated like a topic's, newest first, grouped by day", () => {
  const beras = digest.collectionPages.filter((p) => p.collection.slug === "beras");
  assert.equal(beras.map((p) => p.url), ["/tags/beras/", "/tags/beras/page/2/"]);
  assert.equal(beras[0]!.days.map((d) => [d.key, d.articles.map((a) => a.slug)]), [["2023-09-03", ["three"]], ["2023-09-02", ["two"]]]);
  assert.is(beras[0]!.nextUrl, "/tags/beras/page/2/");
  assert.equal(beras[1]!.days.map((d) => d.key), ["2023-09-01"]);
});

test("a site without tags has no /tags/ page", () => {
  const plain = buildDigest([article("one", "2023-09-01", [])], topics, settings, { now });
  assert.equal(plain.collectionIndexes.filter((i) => i.kind === "tags"), []);
  assert.equal(plain.collectionPages.filter((p) => p.collection.kind === "tags"), []);
});

test.run();
