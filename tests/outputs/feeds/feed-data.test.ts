import { test } from "uvu";
import * as assert from "uvu/assert";
import { emptyFeedUpdated, feedData, feedSize } from "../../../src/outputs/feeds/feed-data.ts";
import { article, prefixed, site, smallDigest } from "../../helpers/small-digest.ts";

const digest = smallDigest();

test("the site feed holds the published articles newest first, never drafts or future ones", () => {
  const feed = feedData(digest, site);
  assert.equal(feed.items.map((i) => i.id.replace("https://example.org", "")), [
    "/2023/09/14/newest/", "/2023/09/14/haze-day/", "/2023/09/13/quotes/", "/2023/09/12/kereta/", "/2023/09/01/old/",
  ]);
  assert.is(feed.homeUrl, "https://example.org/");
  assert.is(feed.atomUrl, "https://example.org/feed.xml");
  assert.is(feed.jsonUrl, "https://example.org/feed.json");
  assert.is(feed.lang, "en");
});

test("updated is the newest article's time, not the clock", () => {
  assert.is(feedData(digest, site).updated, "2023-09-14T18:00:00+07:00");
  assert.is(feedData(digest, site, "arms").updated, "2023-09-13T09:00:00+07:00");
});

test("an item carries the article's times with offsets, source, language, topics and absolute HTML", () => {
  const item = feedData(digest, site).items.find((i) => i.url.endsWith("/kereta/"))!;
  assert.is(item.id, item.url);
  assert.is(item.published, "2023-09-12T10:00:00+07:00");
  assert.is(item.updated, item.published);
  assert.equal(item.author, { name: "Kompas", url: "https://www.kompas.com/" });
  assert.is(item.lang, "id");
  assert.is(item.summary, "Ringkasan berbahasa Indonesia.");
  assert.equal(item.topics, [{ title: "Arms & <deals>", url: "https://example.org/topics/arms/" }]);
  assert.match(item.html, 'href="https://example.org/2023/09/01/old/"');
  assert.match(item.html, 'src="https://example.org/assets/x.png"');
});

test("a topic feed holds only that topic's articles and lives under the topic page", () => {
  const feed = feedData(digest, site, "haze");
  assert.equal(feed.items.map((i) => i.title), ["Newest story", "Title of haze-day", 'Kim & Putin say "</script><!--" ]]> <b>']);
  assert.is(feed.title, "Haze · News Digest");
  assert.is(feed.homeUrl, "https://example.org/topics/haze/");
  assert.is(feed.atomUrl, "https://example.org/topics/haze/feed.xml");
  assert.is(feed.jsonUrl, "https://example.org/topics/haze/feed.json");
  assert.throws(() => feedData(digest, site, "nope"), /no topic "nope"/);
});

test("a topic without articles follows the site's newest time; an empty site a fixed one", () => {
  const quiet = feedData(digest, site, "quiet");
  assert.equal(quiet.items, []);
  assert.is(quiet.updated, "2023-09-14T18:00:00+07:00");
  assert.is(feedData(smallDigest([]), site).updated, emptyFeedUpdated);
});

test(`a feed holds the newest ${feedSize} articles`, () => {
  const many = Array.from({ length: feedSize + 5 }, (_, i) => article(`a${i}`, `2023-08-${String(1 + (i % 28)).padStart(2, "0")}T${String(i % 24).padStart(2, "0")}:00`, ["arms"]));
  const feed = feedData(smallDigest(many), site, "arms");
  assert.is(feed.items.length, feedSize);
  const times = feed.items.map((i) => Date.parse(i.published));
  assert.equal(times, [...times].sort((a, b) => b - a));
});

test("with a path prefix every URL stays inside it", () => {
  const feed = feedData(smallDigest(undefined, prefixed), prefixed, "arms");
  for (const url of [feed.homeUrl, feed.atomUrl, feed.jsonUrl, ...feed.items.flatMap((i) => [i.id, i.url, ...i.topics.map((t) => t.url)])]) {
    assert.ok(url.startsWith("https://news.example.com/digest/"), url);
  }
  assert.match(feed.items.find((i) => i.url.endsWith("/kereta/"))!.html, 'href="https://news.example.com/digest/2023/09/01/old/"');
});

test("the same article HTML in two sites' feeds gets each site's own links", () => {
  const kereta = (feed: ReturnType<typeof feedData>) => feed.items.find((i) => i.url.endsWith("/kereta/"))!.html;
  const plain = kereta(feedData(digest, site, "arms"));
  const withPrefix = kereta(feedData(smallDigest(undefined, prefixed), prefixed, "arms"));
  assert.match(plain, `href="${site.baseUrl}/2023/09/01/old/"`);
  assert.match(withPrefix, 'href="https://news.example.com/digest/2023/09/01/old/"');
  assert.is(kereta(feedData(digest, site, "arms")), plain, "asked again, the first site's links changed");
});

test.run();
