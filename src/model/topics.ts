import type { SiteSettings } from "../settings/index.ts";
import { compareText } from "./compare-text.ts";
import { topicUrl } from "./routes.ts";
import { timelinePages } from "./timeline.ts";
import type { Article, RenderedTopic, Topic, TopicPage, TopicRef } from "./types.ts";
import { sharedRef } from "./shared-ref.ts";

export const topicRef = (slug: string, title: string): TopicRef => sharedRef({ slug, title, url: topicUrl(slug) });

/** Each topic's articles, oldest first: every article joins the list of every topic it names. */
export function articlesByTopic(topicSources: readonly RenderedTopic[], articles: readonly Article[]): Map<string, Article[]> {
  const byTopic = new Map<string, Article[]>(topicSources.map((t) => [t.slug, []]));
  for (const article of articles) for (const topic of article.topics) byTopic.get(topic.slug)!.push(article);
  return byTopic;
}

/**
 * Topics with their pages. Topics come most recently updated first, those without articles
 * last, by title; pages stay in the topic files' order.
 */
export function topicsWithPages(
  topicSources: readonly RenderedTopic[],
  refs: ReadonlyMap<string, TopicRef>,
  byTopic: ReadonlyMap<string, Article[]>,
  articles: readonly Article[],
  settings: SiteSettings,
): { topics: Topic[]; topicPages: TopicPage[] } {
  const topics: Topic[] = [];
  const pages: TopicPage[] = [];
  for (const source of topicSources) {
    const list = byTopic.get(source.slug)!;
    const topic: Topic = { ...refs.get(source.slug)!, summary: source.summary, backgroundHtml: source.html, count: list.length, latest: list[list.length - 1]?.published };
    topics.push(topic);
    pages.push(...timelinePages(list, settings.topicPageSize, (n) => topicUrl(topic.slug, n)).map(({ number, total, url, previousUrl, nextUrl, days }) => ({ topic, number, total, url, previousUrl, nextUrl, days })));
  }
  // Position in the chronological list, not ISO text: offsets differ across DST changes.
  const position = new Map(articles.map((a, i) => [a, i]));
  const latestPosition = (t: Topic) => {
    const list = byTopic.get(t.slug)!;
    return list.length ? position.get(list[list.length - 1]!)! : -1;
  };
  topics.sort((a, b) => latestPosition(b) - latestPosition(a) || compareText(a.title, b.title));
  return { topics, topicPages: pages };
}
