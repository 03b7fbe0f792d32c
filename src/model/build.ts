import { dayKey, isoInZone } from "../content/index.ts";
import type { SiteSettings } from "../settings/index.ts";
import { dayEditions, monthArchives, paginateDay, periodCatalogue, yearArchives } from "./calendar.ts";
import { compareText } from "./compare-text.ts";
import { linkReadAlso, linkTopicNeighbours } from "./neighbours.ts";
import { articleUrl } from "./routes.ts";
import { articlesByTopic, topicRef, topicsWithPages } from "./topics.ts";
import type { Article, ArticlePicture, Digest, DigestOptions, PeriodRef, RenderedArticle, RenderedTopic, TopicRef } from "./types.ts";

// Every list is built from one chronological sort of the articles (topics are ordered by their
// newest article once more), so grouping costs O(n log n) in all.

/** The articles a build publishes, oldest first: time, then slug, then file — total, so ties never shuffle. */
function chosenInOrder(sources: readonly RenderedArticle[], options: DigestOptions): RenderedArticle[] {
  const nowMs = options.now.toMillis();
  return sources
    .filter((a) => (options.includeDrafts || !a.draft) && (options.includeScheduled || a.date.at.toMillis() <= nowMs))
    .map((source) => ({ source, ms: source.date.at.toMillis() }))
    .sort((a, b) => a.ms - b.ms || compareText(a.source.slug, b.source.slug) || compareText(a.source.file, b.source.file))
    .map(({ source }) => source);
}

function toArticle(source: RenderedArticle, zone: string, nowMs: number, topicRefs: ReadonlyMap<string, TopicRef>, periodOf: (key: string) => PeriodRef): Article {
  const at = source.date.at.setZone(zone);
  return {
    file: source.file,
    slug: source.slug,
    url: articleUrl(at, source.slug),
    title: source.title,
    summary: source.summary,
    lang: source.lang,
    source: source.source,
    tags: source.tags,
    topics: source.topics.map((slug) => topicRefs.get(slug)!),
    published: isoInZone(at),
    allDay: source.date.allDay,
    day: periodOf(dayKey(at)),
    html: source.html,
    draft: source.draft,
    scheduled: source.date.at.toMillis() > nowMs,
    related: [],
    ...(source.image?.file && { image: source.image as ArticlePicture }),
    ...(source.bodyImages?.length && { bodyImages: source.bodyImages.filter((p): p is ArticlePicture => p.file !== undefined) }),
  };
}

export function buildDigest(sources: readonly RenderedArticle[], topicSources: readonly RenderedTopic[], settings: SiteSettings, options: DigestOptions): Digest {
  const periodOf = periodCatalogue(settings.timeZone);
  const topicRefs = new Map(topicSources.map((t) => [t.slug, topicRef(t.slug, t.title)]));
  const chosen = chosenInOrder(sources, options);
  const articles = chosen.map((source) => toArticle(source, settings.timeZone, options.now.toMillis(), topicRefs, periodOf));
  linkReadAlso(articles, (i) => chosen[i]!.relatedHeadlines);

  const byTopic = articlesByTopic(topicSources, articles);
  linkTopicNeighbours(byTopic);
  const { topics, topicPages } = topicsWithPages(topicSources, topicRefs, byTopic, articles, settings);

  const days = dayEditions([...articles].reverse(), periodOf);
  const dayPages = days.flatMap((day) => paginateDay(day, settings.dayPageSize));
  const months = monthArchives(days, periodOf);
  const years = yearArchives(months, periodOf);
  const latestDays = dayPages.filter((page) => page.number === 1).slice(0, settings.homeDays);
  return { articles, topics, topicPages, days, dayPages, months, years, latestDays };
}
