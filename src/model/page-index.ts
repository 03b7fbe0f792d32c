import { latestTime } from "../content/index.ts";
import { modelPageLists } from "./routes.ts";
import type { Article, Digest, TopicPage } from "./types.ts";

/** What the head, feeds and sitemaps look up by URL or topic, built in one pass over the model. */
export interface PageIndex {
  articleByUrl: Map<string, Article>;
  topicPageByUrl: Map<string, TopicPage>;
  /** Published time of the newest article shown on each page that lists articles, by URL. */
  newestOnPage: Map<string, string>;
  /** Published time of the site's newest article; undefined for an empty site. */
  newest?: string;
  /** Newest first, the whole site. */
  newestFirst: Article[];
  /** Newest first, by topic slug; every topic has a list, maybe empty. */
  byTopic: Map<string, Article[]>;
  /**
   * Every page of the model: articles, topic pages, day pages, months, years.
   * (Eleventy's collections do not list them: the plugin writes them itself, see model-pages.ts.)
   */
  modelPageUrls: string[];
}

// Keyed by a build's own articles array (Eleventy copies `digest` per page but shares its
// arrays): an index lives exactly as long as the model it was built from.
const cache = new WeakMap<readonly Article[], PageIndex>();

export function pageIndex(digest: Digest): PageIndex {
  let index = cache.get(digest.articles);
  if (!index) cache.set(digest.articles, (index = buildPageIndex(digest)));
  return index;
}

function buildPageIndex(digest: Digest): PageIndex {
  const newestFirst = [...digest.articles].reverse();
  const newest = newestFirst[0]?.published;
  const articleByUrl = new Map(digest.articles.map((a) => [a.url, a]));
  const topicPageByUrl = new Map(digest.topicPages.map((p) => [p.url, p]));

  // Every list in the model is newest first, so the first article of a page is its newest.
  const newestOnPage = new Map<string, string>();
  const set = (url: string, published: string | undefined) => {
    if (published) newestOnPage.set(url, published);
  };
  for (const article of digest.articles) set(article.url, article.updated ?? article.published);
  for (const page of digest.topicPages) set(page.url, page.days[0]?.articles[0]?.published);
  // A later page of a busy day may start inside one topic's group and go on to a newer one.
  for (const page of digest.dayPages) set(page.url, latestTime(page.groups.map((group) => group.articles[0]!.published)));
  for (const month of digest.months) set(month.url, month.days[0] && newestOnPage.get(month.days[0].url));
  for (const year of digest.years) set(year.url, year.months[0] && newestOnPage.get(year.months[0].url));
  for (const page of digest.collectionPages) set(page.url, page.days[0]?.articles[0]?.published);
  for (const index of digest.collectionIndexes) set(index.url, latestTime(index.collections.map((c) => c.latest!)));
  set("/", digest.latestDays[0] && newestOnPage.get(digest.latestDays[0].url));

  const byTopic = new Map<string, Article[]>(digest.topics.map((t) => [t.slug, []]));
  for (const article of newestFirst) for (const topic of article.topics) byTopic.get(topic.slug)?.push(article);

  const modelPageUrls = modelPageLists.flatMap((list) => digest[list].map((p) => p.url));
  return { articleByUrl, topicPageByUrl, newestOnPage, newest, newestFirst, byTopic, modelPageUrls };
}
