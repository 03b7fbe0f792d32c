import { test } from "uvu";
import * as assert from "uvu/assert";
import { feedData } from "../../../src/outputs/feeds/feed-data.ts";
import { jsonFeed } from "../../../src/outputs/feeds/json-feed.ts";
import { site, smallDigest } from "../../helpers/small-digest.ts";

const digest = smallDigest();

test("the feed says JSON Feed 1.1 and names its pages and language", () => {
  const feed = JSON.parse(jsonFeed(feedData(digest, site, "arms")));
  assert.is(feed.version, "https://jsonfeed.org/version/1.1");
  assert.is(feed.title, "Arms & <deals> · News Digest");
  assert.is(feed.home_page_url, "https://example.org/topics/arms/");
  assert.is(feed.feed_url, "https://example.org/topics/arms/feed.json");
  assert.is(feed.language, "en");
  assert.is(feed.items.length, 3);
});

test("an item has id, url, title, summary, HTML, times with offsets, authors, language and tags", () => {
  const feed = JSON.parse(jsonFeed(feedData(digest, site)));
  const item = feed.items.find((i: any) => i.id.endsWith("/kereta/"));
  assert.equal(item, {
    id: "https://example.org/2023/09/12/kereta/",
    url: "https://example.org/2023/09/12/kereta/",
    title: "Kim tiba dengan kereta",
    summary: "Ringkasan berbahasa Indonesia.",
    // The body, its site links and images made absolute so they work in a feed reader.
    content_html: '<p>Kereta lapis baja. <a href="https://example.org/2023/09/01/old/">Lihat</a> <img src="https://example.org/assets/x.png" alt="" /></p>',
    date_published: "2023-09-12T10:00:00+07:00",
    date_modified: "2023-09-12T10:00:00+07:00",
    authors: [{ name: "Kompas", url: "https://www.kompas.com/" }],
    language: "id",
    tags: ["Arms & <deals>"],
  });
  const noUrl = feed.items.find((i: any) => i.id.endsWith("/haze-day/"));
  assert.equal(noUrl.authors, [{ name: "Reuters" }]);
  assert.is(noUrl.summary, undefined);
});

test.run();
