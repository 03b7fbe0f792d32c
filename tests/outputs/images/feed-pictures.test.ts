// Feeds with pictures: readers show an article away from the site, so every picture must be a
// plain <img> with an absolute address, and the lead picture is on top and in the entry's metadata.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import type { ArticlePicture } from "../../../src/model/index.ts";
import { atomFeed, jsonFeed } from "../../../src/outputs/feeds/index.ts";
import { feedData } from "../../../src/outputs/feeds/feed-data.ts";
import type { ProcessedPicture } from "../../../src/outputs/images/process.ts";
import { PictureShelf } from "../../../src/outputs/images/shelf.ts";
import { article, prefixed, smallDigest } from "../../helpers/small-digest.ts";

const file = (name: string) => ({ path: `/p/articles/2023/${name}`, width: 1600, height: 900, format: "jpeg", bytes: 1, modifiedMs: 1 });
const lead: ArticlePicture = { src: "lead.jpg", alt: "Map of the haze", credit: "BMKG", caption: "Hotspots on 12 September", line: 4, file: file("lead.jpg") };
const chart: ArticlePicture = { src: "./chart.png", alt: "Rice prices", line: 12, file: file("chart.png") };
const processed = (key: string): ProcessedPicture => ({
  key,
  sources: [
    { format: "avif", type: "image/avif", outputs: [{ url: `/img/${key}/640.avif`, width: 640, height: 360, bytes: 2000 }, { url: `/img/${key}/1280.avif`, width: 1280, height: 720, bytes: 7000 }] },
    { format: "jpeg", type: "image/jpeg", outputs: [{ url: `/img/${key}/640.jpeg`, width: 640, height: 360, bytes: 5000 }, { url: `/img/${key}/1280.jpeg`, width: 1280, height: 720, bytes: 23456 }] },
  ],
  card: { url: `/img/${key}/card.jpeg`, width: 1200, height: 630 },
});
const shelf = new PictureShelf();
shelf.byFile.set(lead.file.path, { version: "1:1", picture: processed("aaa") });
shelf.byFile.set(chart.file.path, { version: "1:1", picture: processed("bbb") });

const digest = smallDigest(
  [
    article("haze", "2023-09-12T10:00", ["haze"], {
      image: lead,
      bodyImages: [chart],
      html: '<p>Smoke over Riau.</p>\n<p><img src="./chart.png" alt="Rice prices" title="Prices &amp; stocks"></p>\n<p>In text <img src="./chart.png" alt="again"> too.</p>',
    }),
    article("plain", "2023-09-13T10:00", ["haze"]),
  ],
  prefixed,
);
const data = feedData(digest, prefixed, undefined, 30, shelf);
const haze = data.items.find((item) => item.url.endsWith("/haze/"))!;

test("the lead picture is a figure on top of the entry: the largest JPEG at an absolute address, caption and credit", () => {
  assert.ok(
    haze.html.startsWith(
      '<figure class="picture"><img src="https://news.example.com/digest/img/aaa/1280.jpeg" alt="Map of the haze" width="1280" height="720" />' +
        '<figcaption>Hotspots on 12 September <span class="credit">Photo: BMKG</span></figcaption></figure><p>Smoke over Riau.</p>',
    ),
    haze.html,
  );
});

test("pictures in the body become plain <img>s of the JPEG with absolute addresses, a lone one a figure with its title", () => {
  assert.match(haze.html, '<figure class="picture"><img src="https://news.example.com/digest/img/bbb/1280.jpeg" alt="Rice prices" width="1280" height="720" /><figcaption>Prices &amp; stocks</figcaption></figure>');
  assert.match(haze.html, '<p>In text <img src="https://news.example.com/digest/img/bbb/1280.jpeg" alt="again" width="1280" height="720" /> too.</p>');
  assert.not.match(haze.html, "./chart.png");
  assert.not.match(haze.html, /<picture|<source|srcset|avif/);
});

test("Atom: the lead picture is an enclosure link with type and length; the feed stays well-formed", () => {
  const xml = atomFeed(data);
  assert.is(XMLValidator.validate(xml), true);
  const feed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", isArray: (name) => ["entry", "link"].includes(name) }).parse(xml).feed;
  const entry = feed.entry.find((e: any) => e.id.endsWith("/haze/"));
  const enclosure = entry.link.find((l: any) => l["@rel"] === "enclosure");
  assert.equal(enclosure, { "@rel": "enclosure", "@href": "https://news.example.com/digest/img/aaa/1280.jpeg", "@type": "image/jpeg", "@length": "23456" });
  const plain = feed.entry.find((e: any) => e.id.endsWith("/plain/"));
  assert.equal(plain.link.filter((l: any) => l["@rel"] === "enclosure"), [], "an article without a picture has no enclosure");
  assert.is(entry.link.filter((l: any) => l["@rel"] === "enclosure").length, 1);
});

test("JSON Feed: the lead picture is the item's image; an article without one has none", () => {
  const items = JSON.parse(jsonFeed(data)).items;
  assert.is(items.find((i: any) => i.url.endsWith("/haze/")).image, "https://news.example.com/digest/img/aaa/1280.jpeg");
  assert.is(items.find((i: any) => i.url.endsWith("/plain/")).image, undefined);
  assert.ok(!("image" in items.find((i: any) => i.url.endsWith("/plain/"))));
});

test("an article whose picture was not processed keeps its HTML as written", () => {
  const bare = feedData(digest, prefixed, undefined, 30, new PictureShelf()).items.find((item) => item.url.endsWith("/haze/"))!;
  assert.ok(bare.html.startsWith("<p>Smoke over Riau.</p>"), bare.html);
  assert.is(bare.image, undefined);
});

test.run();
