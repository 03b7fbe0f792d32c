// Coverage and updates in what machines read: JSON-LD, feeds and sitemaps.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { parseArticleDate } from "../../src/content/dates.ts";
import { pageIndex } from "../../src/model/index.ts";
import { atomFeed } from "../../src/outputs/feeds/atom.ts";
import { feedData } from "../../src/outputs/feeds/feed-data.ts";
import { jsonFeed } from "../../src/outputs/feeds/json-feed.ts";
import { newsArticles } from "../../src/outputs/seo/news-sitemap.ts";
import { sitemap, sitemapFiles } from "../../src/outputs/seo/sitemap.ts";
import { newsArticle } from "../../src/outputs/seo/structured-data.ts";
import { article, site, smallDigest, sources } from "../helpers/small-digest.ts";

const at = (date: string) => {
  const parsed = parseArticleDate(date, site.timeZone);
  if ("error" in parsed) throw new Error(parsed.error);
  return parsed;
};
const corrected = article("corrected", "2023-09-10T09:00", ["arms"], {
  source: { name: "Antara", url: "https://www.antaranews.com/story" },
  coverage: [
    { name: "Reuters", url: "https://www.reuters.com/r", title: "Kim and Putin", lang: "en", date: at("2023-09-10") },
    { name: "Kompas", url: "https://www.kompas.com/k" },
  ],
  updates: [
    { date: at("2023-09-15T08:00"), kind: "update", note: "More *detail*.", html: "<p>More <em>detail</em>.</p>" },
    { date: at("2023-09-11T08:00"), kind: "correction", note: "The port was Vladivostok.", html: "<p>The port was Vladivostok.</p>" },
  ],
});
const digest = smallDigest([...sources, corrected]);
const theArticle = digest.articles.find((a) => a.slug === "corrected")!;

test("JSON-LD: dateModified is the latest update, each correction a CorrectionComment, the reports citations", () => {
  const ld = JSON.parse(JSON.stringify(newsArticle(theArticle, site)));
  assert.is(ld.datePublished, "2023-09-10T09:00:00+07:00");
  assert.is(ld.dateModified, "2023-09-15T08:00:00+07:00");
  assert.is(ld.isBasedOn, "https://www.antaranews.com/story");
  assert.equal(ld.correction, [{ "@type": "CorrectionComment", text: "The port was Vladivostok.", datePublished: "2023-09-11T08:00:00+07:00" }]);
  assert.equal(ld.citation, [
    { "@type": "CreativeWork", url: "https://www.antaranews.com/story", publisher: { "@type": "Organization", name: "Antara" } },
    { "@type": "CreativeWork", url: "https://www.reuters.com/r", name: "Kim and Putin", inLanguage: "en", datePublished: "2023-09-10T00:00:00+07:00", publisher: { "@type": "Organization", name: "Reuters" } },
    { "@type": "CreativeWork", url: "https://www.kompas.com/k", publisher: { "@type": "Organization", name: "Kompas" } },
  ]);
});

test("JSON-LD: an article never updated is modified when published, with no correction or citation beyond its source", () => {
  const ld = newsArticle(digest.articles.find((a) => a.slug === "haze-day")!, site);
  assert.is(ld.dateModified, ld.datePublished);
  assert.is(ld.correction, undefined);
  assert.is(ld.citation, undefined);
});

test("Atom <updated> and JSON Feed date_modified carry the update time; the feed's own time is the latest change", () => {
  const data = feedData(digest, site);
  const entry = data.items.find((i) => i.url.endsWith("/corrected/"))!;
  assert.is(entry.published, "2023-09-10T09:00:00+07:00");
  assert.is(entry.updated, "2023-09-15T08:00:00+07:00");
  const xml = atomFeed(data);
  assert.is(XMLValidator.validate(xml), true);
  const feed = new XMLParser({ isArray: (name) => name === "entry" }).parse(xml).feed;
  assert.is(feed.updated, "2023-09-15T01:00:00.000Z");
  const atomEntry = feed.entry.find((e: { id: string }) => e.id.endsWith("/corrected/"));
  assert.is(atomEntry.updated, "2023-09-15T01:00:00.000Z");
  assert.is(atomEntry.published, "2023-09-10T02:00:00.000Z");
  const json = JSON.parse(jsonFeed(data));
  assert.is(json.items.find((i: { url: string }) => i.url.endsWith("/corrected/")).date_modified, "2023-09-15T08:00:00+07:00");
});

test("the sitemap dates an updated article by its update; the news sitemap takes it back while the update is news", () => {
  const index = pageIndex(digest);
  const xml = sitemap(sitemapFiles(index)[0]!, [], index, site);
  const urls = new XMLParser().parse(xml).urlset.url as { loc: string; lastmod: string }[];
  assert.is(urls.find((u) => u.loc.endsWith("/2023/09/10/corrected/"))!.lastmod, "2023-09-15T08:00:00+07:00");
  // The newest article is of 14 September: the news sitemap holds 13 and 14 September, and the update of the 15th.
  assert.equal(newsArticles(index, site).map((a) => a.slug), ["newest", "haze-day", "quotes", "corrected"]);
});

test.run();
