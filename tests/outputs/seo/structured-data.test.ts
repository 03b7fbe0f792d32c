import { test } from "uvu";
import * as assert from "uvu/assert";
import { pageIndex } from "../../../src/model/page-index.ts";
import { collectionPage, newsArticle } from "../../../src/outputs/seo/structured-data.ts";
import { DateTime } from "luxon";
import { buildDigest } from "../../../src/model/index.ts";
import { article, prefixed, site, smallDigest, topics } from "../../helpers/small-digest.ts";
import { parseArticleDate } from "../../../src/content/dates.ts";
import { createMarkdownRenderer } from "../../../src/markdown/render.ts";

const index = pageIndex(smallDigest());

test("an article is a NewsArticle with dates, language, author, publisher, source and topics", () => {
  const data = newsArticle(index.articleByUrl.get("/2023/09/12/kereta/")!, site);
  assert.equal(data, {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: "Kim tiba dengan kereta",
    description: "Ringkasan berbahasa Indonesia.",
    url: "https://example.org/2023/09/12/kereta/",
    mainEntityOfPage: "https://example.org/2023/09/12/kereta/",
    datePublished: "2023-09-12T10:00:00+07:00",
    dateModified: "2023-09-12T10:00:00+07:00",
    inLanguage: "id",
    author: { "@type": "Person", name: "Ahmad" },
    publisher: { "@type": "Organization", name: "Kompas", url: "https://www.kompas.com/" },
    isBasedOn: "https://www.kompas.com/",
    citation: [{ "@type": "CreativeWork", url: "https://www.kompas.com/", publisher: { "@type": "Organization", name: "Kompas" } }],
    about: [{ "@type": "Thing", name: "Arms & <deals>", url: "https://example.org/topics/arms/" }],
    keywords: "korea-utara",
    isPartOf: { "@type": "WebSite", name: "News Digest", url: "https://example.org/" },
  });
});

test("people, places and organisations: the first of each kind is what the article is about, the rest are mentioned; registered ones link to Wikidata", () => {
  const digest = buildDigest(
    [article("summit", "2023-09-13T16:00", ["arms"], { people: ["Kim Jong-un", "Vladimir Putin"], places: ["Vostochny"], organizations: [] })],
    topics,
    site,
    { now: DateTime.fromISO("2024-01-01T00:00:00Z") },
    { entities: [{ file: "articles/entities/kim-jong-un.md", slug: "kim-jong-un", name: "Kim Jong Un", kind: "person", aliases: ["Kim Jong-un"], wikidata: "Q56226", matchCase: false, html: "" }] },
  );
  const data = newsArticle(digest.articles[0]!, site);
  assert.equal(data.about, [
    { "@type": "Thing", name: "Arms & <deals>", url: "https://example.org/topics/arms/" },
    { "@type": "Person", name: "Kim Jong Un", url: "https://example.org/people/kim-jong-un/", sameAs: "https://www.wikidata.org/wiki/Q56226" },
    { "@type": "Place", name: "Vostochny", url: "https://example.org/places/vostochny/" },
  ]);
  assert.equal(data.mentions, [{ "@type": "Person", name: "Vladimir Putin", url: "https://example.org/people/vladimir-putin/" }]);
});

test("without a byline the source is the author; without a source URL there is no isBasedOn", () => {
  const data = newsArticle(index.articleByUrl.get("/2023/09/14/haze-day/")!, site);
  assert.equal(data.author, { "@type": "Organization", name: "Reuters" });
  assert.not.ok("isBasedOn" in data);
  assert.not.ok("description" in data);
  assert.not.ok("keywords" in data);
  assert.not.ok("mentions" in data);
});

test("a topic page is a CollectionPage listing that page's articles in order", () => {
  const data = collectionPage(index.topicPageByUrl.get("/topics/arms/")!, site) as any;
  assert.is(data["@type"], "CollectionPage");
  assert.is(data.url, "https://example.org/topics/arms/");
  assert.is(data.name, "Arms & <deals>");
  assert.is(data.mainEntity["@type"], "ItemList");
  assert.is(data.mainEntity.numberOfItems, 2);
  assert.equal(data.mainEntity.itemListElement.map((e: any) => [e.position, e.url]), [
    [1, "https://example.org/2023/09/13/quotes/"],
    [2, "https://example.org/2023/09/12/kereta/"],
  ]);
  const second = collectionPage(index.topicPageByUrl.get("/topics/arms/page/2/")!, site) as any;
  assert.is(second.url, "https://example.org/topics/arms/page/2/");
  assert.equal(second.mainEntity.itemListElement.map((e: any) => e.position), [1]);
});

test("a correction's text is what readers see of its note: no Markdown, no HTML, entities decoded; updates are not corrections", () => {
  const render = createMarkdownRenderer({ siteOrigin: "https://example.org" });
  const note = "An earlier version quoted [Reuters](https://www.reuters.com/world/?a=1&b=2) as saying the talks ran *two* days & **one** night; they ran three. Also <em>Kompas</em> &amp; Antara &eacute;.";
  const at = (date: string) => parseArticleDate(date, site.timeZone) as Exclude<ReturnType<typeof parseArticleDate>, { error: string }>;
  const digest = buildDigest(
    [article("fixed", "2023-09-13T10:00", ["arms"], {
      updates: [
        { date: at("2023-09-14T09:00"), kind: "correction", note, html: render(note) },
        { date: at("2023-09-15T09:00"), kind: "update", note: "More.", html: render("More.") },
      ],
    })],
    topics,
    site,
    { now: DateTime.fromISO("2024-01-01T00:00:00Z") },
  );
  const data = newsArticle(digest.articles[0]!, site);
  assert.equal(data.correction, [{
    "@type": "CorrectionComment",
    text: "An earlier version quoted Reuters as saying the talks ran two days & one night; they ran three. Also Kompas & Antara é.",
    datePublished: "2023-09-14T09:00:00+07:00",
  }]);
});

test("with a path prefix every URL stays inside it", () => {
  const json = JSON.stringify([newsArticle(index.articleByUrl.get("/2023/09/12/kereta/")!, prefixed), collectionPage(index.topicPageByUrl.get("/topics/arms/")!, prefixed)]);
  const ours = json.match(/https:\/\/news\.example\.com[^"]*/g)!;
  assert.ok(ours.length > 5);
  for (const url of ours) assert.ok(url.startsWith("https://news.example.com/digest/"), url);
});

test.run();
