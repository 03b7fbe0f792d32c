import { absoluteUrl } from "../../pages/index.ts";
import type { Article, CollectionRef, TopicPage } from "../../model/index.ts";
import type { SiteSettings } from "../../settings/index.ts";
import { plainTextOfHtml } from "./plain-text.ts";

// schema.org descriptions for search engines, as plain objects: the jsonLd filter writes them.

type Urls = Pick<SiteSettings, "baseUrl" | "pathPrefix">;
export type JsonLd = Record<string, unknown>;
/** A picture file at an absolute URL, with its size. */
export type PictureRef = { url: string; width: number; height: number };

const context = "https://schema.org";

function source(article: Article): JsonLd {
  return { "@type": "Organization", name: article.source.name, ...(article.source.url && { url: article.source.url }) };
}

/** An article page: a NewsArticle credited to its source, about its topics. */
export function newsArticle(article: Article, site: SiteSettings, card?: PictureRef): JsonLd {
  const url = absoluteUrl(article.url, site.baseUrl, site.pathPrefix);
  const named = entities(article, site);
  return {
    "@context": context,
    "@type": "NewsArticle",
    headline: article.title,
    ...(article.summary && { description: article.summary }),
    url,
    mainEntityOfPage: url,
    datePublished: article.published,
    // The latest update or correction (frontmatter `updates:`), else publication.
    dateModified: article.updated ?? article.published,
    inLanguage: article.lang,
    author: article.source.author ? { "@type": "Person", name: article.source.author } : source(article),
    publisher: source(article),
    ...(article.source.url && { isBasedOn: article.source.url }),
    ...citations(article),
    about: [...article.topics.map((topic) => thing(topic.title, topic.url, site)), ...named.about],
    ...(named.mentions.length && { mentions: named.mentions }),
    ...(article.tags.length && { keywords: article.tags.map((tag) => tag.name).join(", ") }),
    isPartOf: website(site),
    // The crop shared links show, for an article with a picture of its own.
    ...(article.image && card && { image: { "@type": "ImageObject", url: card.url, width: card.width, height: card.height } }),
  };
}

/** A topic page: a CollectionPage whose main entity lists that page's articles, newest first. */
export function collectionPage(page: TopicPage, site: SiteSettings): JsonLd {
  const articles = page.days.flatMap((day) => day.articles);
  return {
    "@context": context,
    "@type": "CollectionPage",
    name: page.topic.title,
    ...(page.topic.summary && { description: page.topic.summary }),
    url: absoluteUrl(page.url, site.baseUrl, site.pathPrefix),
    inLanguage: site.lang,
    ...(page.topic.latest && { dateModified: page.topic.latest }),
    about: thing(page.topic.title, page.topic.url, site),
    isPartOf: website(site),
    mainEntity: {
      "@type": "ItemList",
      itemListOrder: "https://schema.org/ItemListOrderDescending",
      numberOfItems: articles.length,
      itemListElement: articles.map((article, i) => ({
        "@type": "ListItem",
        position: i + 1,
        url: absoluteUrl(article.url, site.baseUrl, site.pathPrefix),
        name: article.title,
      })),
    },
  };
}

const entityTypes = { people: "Person", places: "Place", organizations: "Organization" } as const;

/** A person, place or organisation named by an article, with its Wikidata item when the registry gives one. */
function entity(ref: CollectionRef, type: string, site: Urls): JsonLd {
  return { "@type": type, name: ref.name, url: absoluteUrl(ref.url, site.baseUrl, site.pathPrefix), ...(ref.wikidata && { sameAs: `https://www.wikidata.org/wiki/${ref.wikidata}` }) };
}

/** The first of each kind is what the article is about (editors list the main one first, as with topics); the others are mentioned. */
function entities(article: Article, site: Urls): { about: JsonLd[]; mentions: JsonLd[] } {
  const about: JsonLd[] = [];
  const mentions: JsonLd[] = [];
  for (const [kind, type] of Object.entries(entityTypes) as [keyof typeof entityTypes, string][]) {
    article[kind].forEach((ref, i) => (i === 0 ? about : mentions).push(entity(ref, type, site)));
  }
  return { about, mentions };
}

function thing(name: string, url: string, site: Urls): JsonLd {
  return { "@type": "Thing", name, url: absoluteUrl(url, site.baseUrl, site.pathPrefix) };
}

export function website(site: SiteSettings): JsonLd {
  return { "@type": "WebSite", name: site.title, url: absoluteUrl("/", site.baseUrl, site.pathPrefix) };
}

/** The schema.org object of a page, from its own article or topic page as the page writer passes it: NewsArticle, CollectionPage, or none. */
export function structuredData(article: Article | undefined, topicPage: TopicPage | undefined, site: SiteSettings, card?: PictureRef): JsonLd | undefined {
  return article ? newsArticle(article, site, card) : topicPage ? collectionPage(topicPage, site) : undefined;
}

/** The primary source's and other outlets' reports of the story, and each correction as schema.org's CorrectionComment (its note as the plain text readers see). */
function citations(article: Article): JsonLd {
  const reports = [
    ...(article.source.url ? [{ "@type": "CreativeWork", url: article.source.url, publisher: { "@type": "Organization", name: article.outlet.name } }] : []),
    ...article.coverage.map((c) => ({
      "@type": "CreativeWork",
      url: c.url,
      ...(c.title && { name: c.title }),
      ...(c.lang && { inLanguage: c.lang }),
      ...(c.date && { datePublished: c.date }),
      publisher: { "@type": "Organization", name: c.outlet.name },
    })),
  ];
  const corrections = article.updates.filter((u) => u.kind === "correction").map((u) => ({ "@type": "CorrectionComment", text: plainTextOfHtml(u.html), datePublished: u.date }));
  return { ...(reports.length && { citation: reports }), ...(corrections.length && { correction: corrections }) };
}
