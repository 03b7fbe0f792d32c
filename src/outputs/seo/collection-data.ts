import { absoluteUrl } from "../../pages/index.ts";
import type { Article, Collection, CollectionIndex, CollectionPage } from "../../model/index.ts";
import { wordsFor, type SiteSettings } from "../../settings/index.ts";
import { plainTextOfHtml } from "./plain-text.ts";
import { website, type JsonLd } from "./structured-data.ts";

// schema.org descriptions of the pages of tags, outlets, people, places and organisations, and of their indexes.

/** An index page lists this many of its collections (most articles first) in its JSON-LD: /tags/ of a big site holds thousands. */
export const indexItemsInJsonLd = 100;

const context = "https://schema.org";
const wikidata = (id: string) => `https://www.wikidata.org/wiki/${id}`;

/** A tag, outlet or entity page, or an index of them, as the page writer passes it; any other page has none. */
export function collectionStructuredData(page: CollectionPage | undefined, index: CollectionIndex | undefined, site: SiteSettings): JsonLd | undefined {
  return page ? collectionTimeline(page, site) : index ? collectionIndexPage(index, site) : undefined;
}

/** A CollectionPage about its person, place, organisation, tag or outlet, whose main entity lists that page's articles, newest first. */
export function collectionTimeline(page: CollectionPage, site: SiteSettings): JsonLd {
  const c = page.collection;
  const description = c.description ?? (c.registry?.html ? plainTextOfHtml(c.registry.html) : undefined);
  return {
    "@context": context,
    "@type": "CollectionPage",
    name: c.name,
    ...(description && { description }),
    url: absoluteUrl(page.url, site.baseUrl, site.pathPrefix),
    inLanguage: site.lang,
    ...(c.latest && { dateModified: c.latest }),
    about: subject(c, description, site),
    isPartOf: website(site),
    mainEntity: articleList(page.days.flatMap((day) => day.articles), site),
  };
}

/** `/people/`, `/tags/`…: a CollectionPage listing the first {@link indexItemsInJsonLd} of its collections, in the page's order. */
export function collectionIndexPage(index: CollectionIndex, site: SiteSettings): JsonLd {
  const listed = index.collections.slice(0, indexItemsInJsonLd);
  return {
    "@context": context,
    "@type": "CollectionPage",
    name: wordsFor(site.lang).collections[index.kind],
    url: absoluteUrl(index.url, site.baseUrl, site.pathPrefix),
    inLanguage: site.lang,
    isPartOf: website(site),
    mainEntity: {
      "@type": "ItemList",
      numberOfItems: listed.length,
      itemListElement: listed.map((c, i) => ({ "@type": "ListItem", position: i + 1, url: absoluteUrl(c.url, site.baseUrl, site.pathPrefix), name: c.name })),
    },
  };
}

const entityTypes = { people: "Person", places: "Place", organizations: "Organization" } as const;
/** An outlet's registry `kind` as schema.org names it; news outlets are NewsMediaOrganization. */
const outletTypes = { wire: "NewsMediaOrganization", newspaper: "NewsMediaOrganization", broadcaster: "NewsMediaOrganization", government: "GovernmentOrganization", other: "Organization" } as const;

/** What the page is about: the entity (our page's URL, Wikidata as sameAs), the outlet (its own home page), or the tag. */
function subject(c: Collection, description: string | undefined, site: SiteSettings): JsonLd {
  const ours = absoluteUrl(c.url, site.baseUrl, site.pathPrefix);
  if (c.kind === "tags") return { "@type": "DefinedTerm", name: c.name, url: ours };
  if (c.kind === "sources") {
    const registry = c.registry;
    return { "@type": registry?.kind ? outletTypes[registry.kind] : "Organization", name: c.name, ...(registry?.url && { url: registry.url }), ...(description && { description }) };
  }
  return { "@type": entityTypes[c.kind], name: c.name, ...(description && { description }), url: ours, ...(c.wikidata && { sameAs: wikidata(c.wikidata) }) };
}

/** A page's articles in order, each a NewsArticle with its address, headline and dates. */
function articleList(articles: readonly Article[], site: SiteSettings): JsonLd {
  return {
    "@type": "ItemList",
    itemListOrder: "https://schema.org/ItemListOrderDescending",
    numberOfItems: articles.length,
    itemListElement: articles.map((article, i) => ({
      "@type": "ListItem",
      position: i + 1,
      item: {
        "@type": "NewsArticle",
        url: absoluteUrl(article.url, site.baseUrl, site.pathPrefix),
        headline: article.title,
        datePublished: article.published,
        ...(article.updated && { dateModified: article.updated }),
        inLanguage: article.lang,
      },
    })),
  };
}
