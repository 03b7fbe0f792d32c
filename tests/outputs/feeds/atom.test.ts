import { test } from "uvu";
import * as assert from "uvu/assert";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { atomFeed } from "../../../src/outputs/feeds/atom.ts";
import { feedData } from "../../../src/outputs/feeds/feed-data.ts";
import { site, smallDigest } from "../../helpers/small-digest.ts";

const digest = smallDigest();
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", isArray: (name) => ["entry", "link", "author", "category"].includes(name) });
const unescapeHtml = (html: string) => html.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&");

function parse(xml: string) {
  assert.is(XMLValidator.validate(xml), true);
  return parser.parse(xml).feed;
}

test("the site feed is Atom with id, title, links, language and the newest article's time", () => {
  const feed = parse(atomFeed(feedData(digest, site)));
  assert.is(feed["@xmlns"], "http://www.w3.org/2005/Atom");
  assert.is(feed["@xml:lang"], "en");
  assert.is(feed.id, "https://example.org/");
  assert.is(feed.title, "News Digest");
  assert.is(Date.parse(feed.updated), Date.parse("2023-09-14T18:00:00+07:00"));
  assert.equal(feed.link.map((l: any) => [l["@rel"], l["@href"]]), [["alternate", "https://example.org/"], ["self", "https://example.org/feed.xml"]]);
  assert.is(feed.entry.length, 5);
});

test("an entry has its id, title, link, times, summary, full HTML, source as author and language", () => {
  const feed = parse(atomFeed(feedData(digest, site)));
  const kereta = feed.entry.find((e: any) => e.id.endsWith("/kereta/"));
  assert.is(kereta["@xml:lang"], "id");
  assert.is(kereta.link[0]["@href"], "https://example.org/2023/09/12/kereta/");
  assert.is(kereta.title["#text"], "Kim tiba dengan kereta");
  assert.is(kereta.title["@type"], "html");
  assert.is(Date.parse(kereta.published), Date.parse("2023-09-12T10:00:00+07:00"));
  assert.is(Date.parse(kereta.updated), Date.parse("2023-09-12T10:00:00+07:00"));
  assert.is(kereta.summary["#text"], "Ringkasan berbahasa Indonesia.");
  assert.match(kereta.content["#text"], "<p>Kereta lapis baja.");
  assert.equal(kereta.author, [{ name: "Kompas", uri: "https://www.kompas.com/" }]);
  assert.equal(kereta.category.map((c: any) => c["@term"]), ["https://example.org/topics/arms/"]);
  const english = feed.entry.find((e: any) => e.id.endsWith("/newest/"));
  assert.is(english["@xml:lang"], undefined, "entries in the feed's language inherit it");
});

test("markup characters in titles and summaries survive as text", () => {
  const feed = parse(atomFeed(feedData(digest, site)));
  const quotes = feed.entry.find((e: any) => e.id.endsWith("/quotes/"));
  assert.is(unescapeHtml(quotes.title["#text"]), 'Kim & Putin say "</script><!--" ]]> <b>');
  assert.is(unescapeHtml(quotes.summary["#text"]), "A & B < C");
  // A label with < would be written unescaped by the library, so it is left out; the term stays.
  assert.equal(quotes.category.map((c: any) => c["@label"]), [undefined, "Haze"]);
});

test("a topic feed points at its own page and file", () => {
  const feed = parse(atomFeed(feedData(digest, site, "arms")));
  assert.is(feed.id, "https://example.org/topics/arms/");
  assert.is(unescapeHtml(feed.title), "Arms & <deals> · News Digest");
  assert.equal(feed.link.map((l: any) => l["@href"]), ["https://example.org/topics/arms/", "https://example.org/topics/arms/feed.xml"]);
});

test("an empty feed is valid Atom with a fixed time", () => {
  const xml = atomFeed(feedData(digest, site, "quiet"));
  const feed = parse(xml);
  assert.is(feed.entry, undefined);
  assert.is(atomFeed(feedData(digest, site, "quiet")), xml);
});

test.run();
