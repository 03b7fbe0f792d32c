import { absoluteUrl } from "../../pages/index.ts";
import type { Article, Digest } from "../../model/index.ts";
import { pageIndex } from "../../model/index.ts";
import { latestTime } from "../../content/index.ts";
import { wordsFor, type SiteSettings } from "../../settings/index.ts";
import { absoluteLinks } from "./absolute-links.ts";

/** How many of the newest articles a feed holds. */
export const feedSize = 30;

/** One feed, whole site or one topic, with every URL absolute: what atom.ts and json-feed.ts write. */
export interface FeedData {
  title: string;
  description: string;
  /** The page the feed follows, absolute; also the feed's id. */
  homeUrl: string;
  atomUrl: string;
  jsonUrl: string;
  lang: string;
  /** The newest article's time, never the build's, so unchanged content gives identical feeds. */
  updated: string;
  items: FeedItem[];
}

export interface FeedItem {
  /** The absolute article URL: stable while the article keeps its date and slug. */
  id: string;
  url: string;
  title: string;
  summary?: string;
  /** Sanitized article HTML with root-relative links made absolute (readers have no base URL). */
  html: string;
  /** ISO 8601 with the site zone's offset; `updated` is the latest update or correction, else `published`. */
  published: string;
  updated: string;
  lang: string;
  author: { name: string; url?: string };
  topics: { title: string; url: string }[];
  /** The lead picture's file, absolute: Atom's enclosure link, JSON Feed's `image`. */
  image?: FeedImage;
}

/** One picture file a feed points at. */
export interface FeedImage {
  url: string;
  /** `image/jpeg`. */
  type: string;
  bytes: number;
  width: number;
  height: number;
}

/** What feeds need of the site's processed pictures (the images plugin's shelf), root-relative. */
export interface FeedPictures {
  /** The article's HTML with its pictures as plain `<img>`s, and its lead picture on top in a figure with caption and credit. */
  feedHtml(article: Article, creditLine: (credit: string) => string): string;
  /** The lead picture's largest JPEG; `undefined` without one. */
  feedImage(article: Article): FeedImage | undefined;
}

/** An empty site's feeds still need a fixed `updated` that does not depend on the clock. */
export const emptyFeedUpdated = "1970-01-01T00:00:00Z";

/**
 * The `/feed.*` pair of the site, or with `topicSlug` the pair under that topic's page. Without
 * `pictures`, articles' pictures stay as the body wrote them (`./photo.jpg`), which readers cannot load.
 */
export function feedData(digest: Digest, site: SiteSettings, topicSlug?: string, size = feedSize, pictures?: FeedPictures): FeedData {
  const index = pageIndex(digest);
  const abs = (url: string) => absoluteUrl(url, site.baseUrl, site.pathPrefix);
  let title = site.title;
  let description = site.description;
  let path = "/";
  let articles = index.newestFirst;
  if (topicSlug !== undefined) {
    const topic = digest.topics.find((t) => t.slug === topicSlug);
    if (!topic) throw new Error(`no topic "${topicSlug}" for a feed`);
    title = `${topic.title} · ${site.title}`;
    description = topic.summary ?? topic.title;
    path = topic.url;
    articles = index.byTopic.get(topic.slug) ?? [];
  }
  const creditLine = wordsFor(site.lang).pictureCredit;
  const items = articles.slice(0, size).map((article) => feedItem(article, abs, pictures && { pictures, creditLine }));
  return {
    title,
    description,
    homeUrl: abs(path),
    atomUrl: abs(`${path}feed.xml`),
    jsonUrl: abs(`${path}feed.json`),
    lang: site.lang,
    // A topic with no articles yet follows the site, so its feed changes only when content does.
    updated: latestTime(items.map((item) => item.updated)) ?? index.newest ?? emptyFeedUpdated,
    items,
  };
}

/**
 * Feed HTML by article HTML (with its pictures' markup): an article is in up to three feeds of two
 * formats, and the dev server's rebuilds hand back the same HTML for unchanged articles. Oldest
 * entries go first beyond this many (a site's feeds hold at most 30 × (topics + 1) articles).
 * Safe process-wide: the result depends only on that HTML and the origin it is keyed by.
 */
const htmlCaches = new Map<string, Map<string, string>>();
const htmlCacheSize = 4096;

function feedItem(article: Article, abs: (url: string) => string, withPictures?: { pictures: FeedPictures; creditLine: (credit: string) => string }): FeedItem {
  // By the address links are made absolute with: a site's, or each test's own.
  const origin = abs("/");
  let cache = htmlCaches.get(origin);
  if (!cache) htmlCaches.set(origin, (cache = new Map()));
  const local = withPictures ? withPictures.pictures.feedHtml(article, withPictures.creditLine) : article.html;
  let html = cache.get(local);
  if (html === undefined) {
    cache.set(local, (html = absoluteLinks(local, abs)));
    if (cache.size > htmlCacheSize) cache.delete(cache.keys().next().value!);
  }
  const url = abs(article.url);
  const image = withPictures?.pictures.feedImage(article);
  return {
    id: url,
    url,
    title: article.title,
    summary: article.summary,
    html,
    published: article.published,
    updated: article.updated ?? article.published,
    lang: article.lang,
    author: { name: article.source.name, ...(article.source.url && { url: article.source.url }) },
    topics: article.topics.map((t) => ({ title: t.title, url: abs(t.url) })),
    ...(image && { image: { ...image, url: abs(image.url) } }),
  };
}
