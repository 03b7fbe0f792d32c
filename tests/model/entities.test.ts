import { test } from "uvu";
import * as assert from "uvu/assert";
import { DateTime } from "luxon";
import { parseArticleDate } from "../../src/content/dates.ts";
import { buildDigest, type Article, type RenderedArticle, type RenderedEntity } from "../../src/model/index.ts";
import { mostNamed } from "../../src/model/entities.ts";
import { defaultSiteSettings, type SiteSettings } from "../../src/settings/site.ts";

const settings: SiteSettings = { ...defaultSiteSettings, topicPageSize: 2 };
const now = DateTime.fromISO("2024-01-01T00:00:00Z");
const topics = [
  { file: "articles/topics/arms.md", slug: "arms", title: "Arms", html: "" },
  { file: "articles/topics/rice.md", slug: "rice", title: "Rice", html: "" },
];

function article(slug: string, date: string, fields: Partial<RenderedArticle>): RenderedArticle {
  const parsed = parseArticleDate(date, settings.timeZone);
  if ("error" in parsed) throw new Error(parsed.error);
  return { file: `articles/${slug}.md`, slug, title: slug, date: parsed, topics: ["arms"], source: { name: "Antara" }, lang: "en", tags: [], draft: false, html: "", relatedHeadlines: [], ...fields };
}

const registry: RenderedEntity[] = [
  { file: "articles/entities/kim-jong-un.md", slug: "kim-jong-un", name: "Kim Jong Un", kind: "person", aliases: ["Kim Jong-un", "Kim Jong Eun"], description: "Leader of North Korea.", wikidata: "Q56226", matchCase: false, html: "<p>Background.</p>" },
  { file: "articles/entities/asean.md", slug: "asean", name: "ASEAN", kind: "organization", aliases: ["Perhimpunan Bangsa-Bangsa Asia Tenggara"], matchCase: true, html: "" },
];

const digest = buildDigest(
  [
    article("one", "2023-09-01", { people: ["Kim Jong-un", "Vladimir Putin"], places: ["Vostochny"] }),
    article("two", "2023-09-02", { people: ["KIM JONG EUN", "Kim Jong Un"], organizations: ["Perhimpunan Bangsa-Bangsa Asia Tenggara"] }),
    article("three", "2023-09-03", { people: ["Vladimir Putin", "kim jong un"], tags: ["summit"] }),
    article("four", "2023-09-04", { topics: ["rice"], people: ["Joko Widodo"], organizations: ["asean"] }),
  ],
  topics,
  settings,
  { now },
  { entities: registry },
);

const names = (slug: string) => {
  const a = digest.articles.find((x) => x.slug === slug)!;
  return [...a.people, ...a.places, ...a.organizations].map((ref) => `${ref.name} ${ref.url}`);
};

test("registered spellings and aliases fold into the registry's entity, named as the registry names it; two spellings in one article are one link", () => {
  assert.equal(names("one"), ["Kim Jong Un /people/kim-jong-un/", "Vladimir Putin /people/vladimir-putin/", "Vostochny /places/vostochny/"]);
  assert.equal(names("two"), ["Kim Jong Un /people/kim-jong-un/", "ASEAN /organizations/asean/"]);
  assert.equal(names("four"), ["Joko Widodo /people/joko-widodo/", "ASEAN /organizations/asean/"]);
});

test("each kind has an index with counts, most articles first; unregistered names get pages from their name", () => {
  const indexes = digest.collectionIndexes.map((index) => [index.url, index.collections.map((c) => `${c.name} ${c.count}`)]);
  assert.equal(indexes, [
    ["/tags/", ["summit 1"]],
    ["/sources/", ["Antara 4"]],
    ["/people/", ["Kim Jong Un 3", "Vladimir Putin 2", "Joko Widodo 1"]],
    ["/places/", ["Vostochny 1"]],
    ["/organizations/", ["ASEAN 2"]],
  ]);
});

test("a registered entity's page carries its description, background and Wikidata id; an unregistered one's has none", () => {
  const kim = digest.collectionPages.find((p) => p.url === "/people/kim-jong-un/")!;
  assert.equal([kim.collection.description, kim.collection.backgroundHtml, kim.collection.wikidata], ["Leader of North Korea.", "<p>Background.</p>", "Q56226"]);
  assert.equal(kim.days.map((d) => [d.key, d.articles.map((a) => a.slug)]), [["2023-09-03", ["three"]], ["2023-09-02", ["two"]]]);
  const putin = digest.collectionPages.find((p) => p.url === "/people/vladimir-putin/")!;
  assert.equal([putin.collection.description, putin.collection.backgroundHtml, putin.collection.wikidata], [undefined, undefined, undefined]);
});

test("a topic shows its most named people, places and organisations with counts", () => {
  const arms = digest.topics.find((t) => t.slug === "arms")!;
  assert.equal(arms.mostNamed!.map((group) => [group.kind, group.entities.map((e) => `${e.name} ${e.count}`)]), [
    ["people", ["Kim Jong Un 3", "Vladimir Putin 2"]],
    ["places", ["Vostochny 1"]],
    ["organizations", ["ASEAN 1"]],
  ]);
});

test("each article lists related coverage by shared entities, leaving out its topic neighbours", () => {
  const related = Object.fromEntries(digest.articles.map((a) => [a.slug, a.relatedCoverage.map((r) => r.url)]));
  // one, two and three are neighbours in "arms": one's next is two, three's previous is two.
  assert.equal(related, {
    one: ["/2023/09/03/three/"],
    two: ["/2023/09/04/four/"],
    three: ["/2023/09/01/one/"],
    four: ["/2023/09/02/two/"],
  });
});

test("a later build chooses related coverage again from its own people and links, and its references carry the new titles", () => {
  const sources = (threeTitle: string) => [
    article("one", "2023-09-01", { people: ["Kim Jong-un", "Vladimir Putin"], places: ["Vostochny"] }),
    article("two", "2023-09-02", { people: ["KIM JONG EUN", "Kim Jong Un"], organizations: ["Perhimpunan Bangsa-Bangsa Asia Tenggara"] }),
    article("three", "2023-09-03", { title: threeTitle, people: ["Vladimir Putin", "kim jong un"], tags: ["summit"] }),
    // Four now names Kim Jong Un, and no longer Joko Widodo or ASEAN; it reads also a headline three takes later.
    article("four", "2023-09-04", { topics: ["rice"], people: ["Kim Jong Un"], relatedHeadlines: ["Three, retitled"] }),
  ];
  const related = (built: typeof digest) => Object.fromEntries(built.articles.map((a) => [a.slug, a.relatedCoverage.map((r) => r.url.split("/")[4])]));
  const later = buildDigest(sources("three"), topics, settings, { now }, { entities: registry });
  assert.equal(related(later), { one: ["three", "four"], two: ["four"], three: ["one", "four"], four: ["three", "two", "one"] });
  const retitled = buildDigest(sources("Three, retitled"), topics, settings, { now }, { entities: registry });
  // Same people and times, but four's page now links three as "read also": it is not offered twice.
  assert.equal(related(retitled), { one: ["three", "four"], two: ["four"], three: ["one", "four"], four: ["two", "one"] });
  assert.equal(retitled.articles.find((a) => a.slug === "one")!.relatedCoverage[0]!.title, "Three, retitled");
});

test("a topic names its five most named people: most articles first, then by name, whatever order they came in", () => {
  const person = (name: string) => ({ kind: "people" as const, slug: name.toLowerCase(), name, url: `/people/${name.toLowerCase()}/` });
  const [ana, budi, citra, dewi, eko, fajar, gita] = [person("Ana"), person("Budi"), person("Citra"), person("Dewi"), person("Eko"), person("Fajar"), person("Gita")] as const;
  const named = (...people: ReturnType<typeof person>[]) => ({ people, places: [], organizations: [] }) as unknown as Article;
  const articles = [named(gita, fajar, eko), named(dewi, gita), named(citra, gita, fajar), named(budi), named(ana), named(fajar, dewi)];
  assert.equal(mostNamed(articles).map((group) => [group.kind, group.entities.map((e) => `${e.name} ${e.count}`)]), [
    ["people", ["Fajar 3", "Gita 3", "Dewi 2", "Ana 1", "Budi 1"]],
  ]);
});

test.run();
