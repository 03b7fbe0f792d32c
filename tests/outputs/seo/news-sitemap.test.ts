import { test } from "uvu";
import * as assert from "uvu/assert";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { newsArticles, newsLanguage, newsSitemap } from "../../../src/outputs/seo/news-sitemap.ts";
import { pageIndex } from "../../../src/model/page-index.ts";
import { article, site, smallDigest } from "../../helpers/small-digest.ts";

const index = pageIndex(smallDigest());

test("holds the articles of the newest article's day and the day before, counted from the content", () => {
  assert.equal(newsArticles(index, site).map((a) => a.slug), ["newest", "haze-day", "quotes"]);
  assert.equal(newsArticles(pageIndex(smallDigest([])), site), []);
});

test("holds at most the newest 1,000 articles, as Google News reads no more", () => {
  const busy = Array.from({ length: 1_200 }, (_, i) => article(`s${i}`, `2023-09-14T${String(Math.floor(i / 60) + 1).padStart(2, "0")}:${String(i % 60).padStart(2, "0")}`, ["haze"]));
  const listed = newsArticles(pageIndex(smallDigest(busy)), site);
  assert.is(listed.length, 1_000);
  assert.is(listed[0]!.slug, "s1199");
  assert.is(listed[999]!.slug, "s200");
});

test("is a Google News sitemap with publication, language, date and escaped title", () => {
  const xml = newsSitemap(index, site);
  assert.is(XMLValidator.validate(xml), true);
  assert.match(xml, 'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"');
  const urls = new XMLParser({ isArray: (name) => name === "url" }).parse(xml).urlset.url;
  assert.is(urls.length, 3);
  const quotes = urls.find((u: any) => u.loc === "https://example.org/2023/09/13/quotes/");
  assert.equal(quotes["news:news"], {
    "news:publication": { "news:name": "News Digest", "news:language": "en" },
    "news:publication_date": "2023-09-13T09:00:00+07:00",
    "news:title": 'Kim & Putin say "</script><!--" ]]> <b>',
  });
});

test("languages are ISO 639 codes, Chinese with its two regional forms", () => {
  assert.is(newsLanguage("id"), "id");
  assert.is(newsLanguage("en-GB"), "en");
  assert.is(newsLanguage("zh-Hant-TW"), "zh-tw");
  assert.is(newsLanguage("zh-CN"), "zh-cn");
});

test.run();
