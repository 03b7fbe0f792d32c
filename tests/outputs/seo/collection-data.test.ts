import { test } from "uvu";
import * as assert from "uvu/assert";
import { DateTime } from "luxon";
import { buildDigest, type RenderedEntity, type RenderedOutlet } from "../../../src/model/index.ts";
import { collectionIndexPage, collectionStructuredData, collectionTimeline, indexItemsInJsonLd } from "../../../src/outputs/seo/collection-data.ts";
import { article, prefixed, site, topics } from "../../helpers/small-digest.ts";

const kim: RenderedEntity = {
  file: "articles/entities/kim-jong-un.md", slug: "kim-jong-un", name: "Kim Jong Un", kind: "person", aliases: ["Kim Jong-un"],
  description: "Leader of North Korea.", wikidata: "Q56226", matchCase: false, html: "<p>Background.</p>",
};
const antara: RenderedOutlet = {
  file: "articles/sources/antara.md", slug: "antara", name: "Antara", aliases: ["ANTARA"], url: "https://www.antaranews.com/", kind: "wire",
  html: "<p>Indonesia&#39;s <em>national</em> news agency &amp; wire.</p>",
};
const setneg: RenderedOutlet = { file: "articles/sources/setneg.md", slug: "setneg", name: "Setneg", aliases: [], kind: "government", html: "" };
const digest = buildDigest(
  [
    article("summit", "2023-09-13T16:00", ["arms"], { people: ["Kim Jong-un", "Vladimir Putin"], places: ["Vostochny"], tags: ["north-korea"], source: { name: "ANTARA", url: "https://www.antaranews.com/x" } }),
    article("train", "2023-09-12T10:00", ["arms"], { title: "Kim & the <train>", people: ["Kim Jong Un"], tags: ["north-korea"], source: { name: "Setneg" } }),
  ],
  topics,
  site,
  { now: DateTime.fromISO("2024-01-01T00:00:00Z") },
  { entities: [kim], outlets: [antara, setneg] },
);
const pageAt = (url: string) => digest.collectionPages.find((p) => p.url === url)!;
const indexAt = (url: string) => digest.collectionIndexes.find((i) => i.url === url)!;

test("a person's page is a CollectionPage about the Person, with the registry's description and Wikidata item, listing its articles newest first", () => {
  const data = collectionTimeline(pageAt("/people/kim-jong-un/"), site) as any;
  assert.is(data["@type"], "CollectionPage");
  assert.is(data.name, "Kim Jong Un");
  assert.is(data.url, "https://example.org/people/kim-jong-un/");
  assert.is(data.dateModified, "2023-09-13T16:00:00+07:00");
  assert.equal(data.about, {
    "@type": "Person", name: "Kim Jong Un", description: "Leader of North Korea.", url: "https://example.org/people/kim-jong-un/", sameAs: "https://www.wikidata.org/wiki/Q56226",
  });
  assert.is(data.mainEntity["@type"], "ItemList");
  assert.is(data.mainEntity.numberOfItems, 2);
  assert.equal(data.mainEntity.itemListElement, [
    { "@type": "ListItem", position: 1, item: { "@type": "NewsArticle", url: "https://example.org/2023/09/13/summit/", headline: "Title of summit", datePublished: "2023-09-13T16:00:00+07:00", inLanguage: "en" } },
    { "@type": "ListItem", position: 2, item: { "@type": "NewsArticle", url: "https://example.org/2023/09/12/train/", headline: "Kim & the <train>", datePublished: "2023-09-12T10:00:00+07:00", inLanguage: "en" } },
  ]);
});

test("an unregistered person or place has no description and no sameAs", () => {
  assert.equal((collectionTimeline(pageAt("/people/vladimir-putin/"), site) as any).about, { "@type": "Person", name: "Vladimir Putin", url: "https://example.org/people/vladimir-putin/" });
  assert.equal((collectionTimeline(pageAt("/places/vostochny/"), site) as any).about, { "@type": "Place", name: "Vostochny", url: "https://example.org/places/vostochny/" });
});

test("a tag's page is about a DefinedTerm", () => {
  const data = collectionTimeline(pageAt("/tags/north-korea/"), site) as any;
  assert.equal(data.about, { "@type": "DefinedTerm", name: "north-korea", url: "https://example.org/tags/north-korea/" });
  assert.is(data.mainEntity.numberOfItems, 2);
});

test("an outlet's page is about the outlet as its registry kind says, with its own home page and its description as plain text", () => {
  const data = collectionTimeline(pageAt("/sources/antara/"), site) as any;
  assert.is(data.name, "Antara");
  assert.equal(data.about, { "@type": "NewsMediaOrganization", name: "Antara", url: "https://www.antaranews.com/", description: "Indonesia's national news agency & wire." });
  assert.is(data.description, "Indonesia's national news agency & wire.");
  assert.equal((collectionTimeline(pageAt("/sources/setneg/"), site) as any).about, { "@type": "GovernmentOrganization", name: "Setneg" });
});

test("an index page is a CollectionPage named in the site's language, listing its collections in the page's order", () => {
  const data = collectionIndexPage(indexAt("/people/"), site) as any;
  assert.is(data.name, "People");
  assert.is(data.url, "https://example.org/people/");
  assert.equal(data.mainEntity.itemListElement.map((e: any) => [e.position, e.name, e.url]), [
    [1, "Kim Jong Un", "https://example.org/people/kim-jong-un/"],
    [2, "Vladimir Putin", "https://example.org/people/vladimir-putin/"],
  ]);
  assert.is((collectionIndexPage(indexAt("/people/"), { ...site, lang: "id" }) as any).name, "Tokoh");
});

test(`an index of thousands lists only its first ${indexItemsInJsonLd} in JSON-LD`, () => {
  const many = { ...indexAt("/tags/"), collections: Array.from({ length: 250 }, (_, i) => ({ kind: "tags" as const, slug: `t${i}`, name: `t${i}`, url: `/tags/t${i}/`, count: 1 })) };
  const data = collectionIndexPage(many, site) as any;
  assert.is(data.mainEntity.itemListElement.length, 100);
  assert.is(data.mainEntity.numberOfItems, 100);
  assert.is(data.mainEntity.itemListElement[99].name, "t99");
});

test("the filter picks the page's kind: a collection page, an index, or nothing", () => {
  assert.is(collectionStructuredData(pageAt("/tags/north-korea/"), undefined, site)?.url, "https://example.org/tags/north-korea/");
  assert.is(collectionStructuredData(undefined, indexAt("/tags/"), site)?.url, "https://example.org/tags/");
  assert.is(collectionStructuredData(undefined, undefined, site), undefined);
});

test("with a path prefix every URL of ours stays inside it; the outlet's and Wikidata's stay their own", () => {
  const json = JSON.stringify([collectionTimeline(pageAt("/people/kim-jong-un/"), prefixed), collectionTimeline(pageAt("/sources/antara/"), prefixed), collectionIndexPage(indexAt("/people/"), prefixed)]);
  const ours = json.match(/https:\/\/news\.example\.com[^"]*/g)!;
  assert.ok(ours.length > 8);
  for (const url of ours) assert.ok(url.startsWith("https://news.example.com/digest/"), url);
  assert.match(json, '"url":"https://www.antaranews.com/"');
});

test.run();
