import { DateTime } from "luxon";
import { dayKey, isoInZone } from "../content/dates.ts";
import type { SiteSettings } from "../settings/site.ts";
import type { ArticleSource, TopicSource } from "../content/validate.ts";

// The digest model: plain, acyclic data that templates read and Eleventy paginates over.
// Every list is built from one chronological sort, so grouping costs O(n log n) in all.

export interface TopicRef {
  slug: string;
  title: string;
  url: string;
}

export interface ArticleRef {
  title: string;
  url: string;
  published: string;
  lang: string;
}

export interface Article {
  file: string;
  slug: string;
  url: string;
  title: string;
  summary?: string;
  lang: string;
  source: { name: string; url?: string; author?: string };
  tags: string[];
  topics: TopicRef[];
  /** ISO 8601 in the site zone, with its offset. */
  published: string;
  /** The editor gave a day, not a time. */
  allDay: boolean;
  day: PeriodRef;
  html: string;
  draft: boolean;
  /** Held back in production: dated after the build's "now". */
  scheduled: boolean;
  /** Neighbours in the article's first topic, in time order. */
  previous?: ArticleRef;
  next?: ArticleRef;
  /** Articles of this digest named by the story's "read also" headlines. */
  related: ArticleRef[];
}

/** A checked article with its HTML: the Markdown and the frontmatter's lines are not needed any more. */
export interface RenderedArticle extends Omit<ArticleSource, "body" | "frontmatterLines"> {
  html: string;
}

export interface RenderedTopic extends Omit<TopicSource, "body"> {
  html: string;
}

export interface Topic extends TopicRef {
  summary?: string;
  backgroundHtml: string;
  count: number;
  /** Published time of its newest article. */
  latest?: string;
}

export interface PeriodRef {
  /** `2023`, `2023-09` or `2023-09-06`. */
  key: string;
  url: string;
  /** ISO start of the period in the site zone. */
  date: string;
}

export interface DayGroup extends PeriodRef {
  /** Newest first. */
  articles: Article[];
}

export interface TopicGroup {
  topic: TopicRef;
  /** Newest first. */
  articles: Article[];
}

export interface TopicPage {
  topic: Topic;
  number: number;
  total: number;
  url: string;
  previousUrl?: string;
  nextUrl?: string;
  days: DayGroup[];
}

export interface DayEdition extends PeriodRef {
  count: number;
  /** One group per main topic; the group with the newest article first. */
  groups: TopicGroup[];
  previous?: PeriodRef;
  next?: PeriodRef;
  month: PeriodRef;
  year: PeriodRef;
}

/**
 * One page of a day's edition: a busy day (a backlog imported under one date) spreads over
 * several pages, `dayPageSize` articles each, so no page grows with the articles a day.
 */
export interface DayPage {
  /** The day without its groups: a page shows its own. */
  day: Omit<DayEdition, "groups">;
  number: number;
  total: number;
  url: string;
  previousUrl?: string;
  nextUrl?: string;
  /** This page's articles under their main topics, in the edition's order. */
  groups: TopicGroup[];
  /** How many articles this page shows. */
  count: number;
}

export interface MonthArchive extends PeriodRef {
  count: number;
  /** The month's day editions, newest first: a month page lists days, at most 31, however busy. */
  days: DayEdition[];
  previous?: PeriodRef;
  next?: PeriodRef;
  year: PeriodRef;
}

export interface YearArchive extends PeriodRef {
  count: number;
  /** Newest first. */
  months: (PeriodRef & { count: number })[];
  previous?: PeriodRef;
  next?: PeriodRef;
}

export interface Digest {
  /** Oldest first. */
  articles: Article[];
  /** Most recently updated first; topics without articles last, by title. */
  topics: Topic[];
  topicPages: TopicPage[];
  /** Newest first, like months and years. */
  days: DayEdition[];
  /** Each day's pages, newest day first. */
  dayPages: DayPage[];
  months: MonthArchive[];
  years: YearArchive[];
  /** The home page: the first page of each of the newest `homeDays` days that have articles. */
  latestDays: DayPage[];
}

export interface DigestOptions {
  /** Articles dated after this are scheduled: left out unless `includeScheduled`. */
  now: DateTime;
  includeDrafts?: boolean;
  includeScheduled?: boolean;
}

export function articleUrl(at: DateTime, slug: string): string {
  return `/${dayKey(at).replaceAll("-", "/")}/${slug}/`;
}

export function topicUrl(slug: string, page = 1): string {
  return page === 1 ? `/topics/${slug}/` : `/topics/${slug}/page/${page}/`;
}

/** `page` is why no article may have the slug "page" (see validate.ts). */
export function dayPageUrl(dayUrl: string, page: number): string {
  return page === 1 ? dayUrl : `${dayUrl}page/${page}/`;
}

function period(key: string, zone: string): PeriodRef {
  const start = DateTime.fromISO(key, { zone });
  return { key, url: `/${key.replaceAll("-", "/")}/`, date: isoInZone(start) };
}

/** Consecutive runs of equal keys, in input order. */
function runs<T>(items: readonly T[], keyOf: (item: T) => string): [string, T[]][] {
  const out: [string, T[]][] = [];
  for (const item of items) {
    const key = keyOf(item);
    const last = out[out.length - 1];
    if (last && last[0] === key) last[1].push(item);
    else out.push([key, [item]]);
  }
  return out;
}

function linkNeighbours<T extends { previous?: PeriodRef; next?: PeriodRef }>(newestFirst: T[], ref: (item: T) => PeriodRef) {
  newestFirst.forEach((item, i) => {
    if (i + 1 < newestFirst.length) item.previous = ref(newestFirst[i + 1]!);
    if (i > 0) item.next = ref(newestFirst[i - 1]!);
  });
}

const toRef = ({ key, url, date }: PeriodRef): PeriodRef => ({ key, url, date });

export function buildDigest(
  sources: readonly RenderedArticle[],
  topicSources: readonly RenderedTopic[],
  settings: SiteSettings,
  options: DigestOptions,
): Digest {
  const zone = settings.timeZone;
  const nowMs = options.now.toMillis();
  // Each day, month and year once: every day names its month and year.
  const periods = new Map<string, PeriodRef>();
  const periodOf = (key: string) => {
    let ref = periods.get(key);
    if (!ref) periods.set(key, (ref = period(key, zone)));
    return ref;
  };
  const topicRefs = new Map<string, TopicRef>(topicSources.map((t) => [t.slug, { slug: t.slug, title: t.title, url: topicUrl(t.slug) }]));

  // The one sort everything else follows: time, then slug, then file — total, so ties never shuffle.
  const chosen = sources
    .filter((a) => (options.includeDrafts || !a.draft) && (options.includeScheduled || a.date.at.toMillis() <= nowMs))
    .map((source) => ({ source, ms: source.date.at.toMillis() }))
    .sort((a, b) => a.ms - b.ms || compareText(a.source.slug, b.source.slug) || compareText(a.source.file, b.source.file));

  const articles: Article[] = chosen.map(({ source, ms }) => {
    const at = source.date.at.setZone(zone);
    const key = dayKey(at);
    const day = periodOf(key);
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
      day,
      html: source.html,
      draft: source.draft,
      scheduled: ms > nowMs,
      related: [],
    };
  });

  // "Read also" headlines name other stories by title; link those this digest has. One map, no scans.
  const byTitle = new Map<string, Article>();
  for (const article of articles) if (!byTitle.has(headlineKey(article.title))) byTitle.set(headlineKey(article.title), article);
  chosen.forEach(({ source }, i) => {
    const article = articles[i]!;
    for (const headline of source.relatedHeadlines) {
      const match = byTitle.get(headlineKey(headline));
      if (match && match !== article && !article.related.some((r) => r.url === match.url)) article.related.push(toArticleRef(match));
    }
  });

  // Topics: each article joins the list of every topic it names, already in time order.
  const byTopic = new Map<string, Article[]>(topicSources.map((t) => [t.slug, []]));
  for (const article of articles) for (const topic of article.topics) byTopic.get(topic.slug)!.push(article);
  for (const [slug, list] of byTopic) {
    list.forEach((article, i) => {
      if (article.topics[0]!.slug !== slug) return;
      if (i > 0) article.previous = toArticleRef(list[i - 1]!);
      if (i + 1 < list.length) article.next = toArticleRef(list[i + 1]!);
    });
  }

  const newestFirst = [...articles].reverse();
  const groupByDay = (list: Article[]): DayGroup[] => runs(list, (a) => a.day.key).map(([, items]) => ({ ...items[0]!.day, articles: items }));

  const topics: Topic[] = [];
  const topicPages: TopicPage[] = [];
  for (const source of topicSources) {
    const list = byTopic.get(source.slug)!;
    const topic: Topic = {
      ...topicRefs.get(source.slug)!,
      summary: source.summary,
      backgroundHtml: source.html,
      count: list.length,
      latest: list[list.length - 1]?.published,
    };
    topics.push(topic);
    const newest = [...list].reverse();
    const total = Math.max(1, Math.ceil(newest.length / settings.topicPageSize));
    for (let number = 1; number <= total; number++) {
      const chunk = newest.slice((number - 1) * settings.topicPageSize, number * settings.topicPageSize);
      topicPages.push({
        topic,
        number,
        total,
        url: topicUrl(source.slug, number),
        previousUrl: number > 1 ? topicUrl(source.slug, number - 1) : undefined,
        nextUrl: number < total ? topicUrl(source.slug, number + 1) : undefined,
        days: groupByDay(chunk),
      });
    }
  }
  // Position in the chronological list, not ISO text: offsets differ across DST changes.
  const position = new Map(articles.map((a, i) => [a, i]));
  const latestPosition = (t: Topic) => { const list = byTopic.get(t.slug)!; return list.length ? position.get(list[list.length - 1]!)! : -1; };
  topics.sort((a, b) => latestPosition(b) - latestPosition(a) || compareText(a.title, b.title));

  const days: DayEdition[] = runs(newestFirst, (a) => a.day.key).map(([key, items]) => {
    const groups = new Map<string, TopicGroup>();
    for (const article of items) {
      const main = article.topics[0]!;
      let group = groups.get(main.slug);
      if (!group) groups.set(main.slug, (group = { topic: main, articles: [] }));
      group.articles.push(article);
    }
    return {
      ...items[0]!.day,
      count: items.length,
      groups: [...groups.values()],
      month: periodOf(key.slice(0, 7)),
      year: periodOf(key.slice(0, 4)),
    };
  });
  linkNeighbours(days, toRef);
  const dayPages = days.flatMap((day) => paginateDay(day, settings.dayPageSize));

  const months: MonthArchive[] = runs(days, (day) => day.key.slice(0, 7)).map(([key, monthDays]) => ({
    ...periodOf(key),
    count: monthDays.reduce((sum, day) => sum + day.count, 0),
    days: monthDays,
    year: periodOf(key.slice(0, 4)),
  }));
  linkNeighbours(months, toRef);

  const years: YearArchive[] = runs(months, (m) => m.key.slice(0, 4)).map(([key, items]) => ({
    ...periodOf(key),
    count: items.reduce((sum, m) => sum + m.count, 0),
    months: items.map((m) => ({ ...toRef(m), count: m.count })),
  }));
  linkNeighbours(years, toRef);

  const latestDays = dayPages.filter((page) => page.number === 1).slice(0, settings.homeDays);
  return { articles, topics, topicPages, days, dayPages, months, years, latestDays };
}

/** A day's pages: its articles in the edition's order, `size` a page, regrouped under their topics. */
function paginateDay(day: DayEdition, size: number): DayPage[] {
  // Without the whole day's groups, a page's data (the dev server fingerprints it) stays its own size.
  const { groups: _groups, ...summary } = day;
  const page = (number: number, total: number, groups: TopicGroup[]): DayPage => ({
    day: summary,
    number,
    total,
    url: dayPageUrl(day.url, number),
    previousUrl: number > 1 ? dayPageUrl(day.url, number - 1) : undefined,
    nextUrl: number < total ? dayPageUrl(day.url, number + 1) : undefined,
    groups,
    count: groups.reduce((sum, group) => sum + group.articles.length, 0),
  });
  if (day.count <= size) return [page(1, 1, day.groups)];
  const inOrder = day.groups.flatMap((group) => group.articles.map((article) => ({ topic: group.topic, article })));
  const total = Math.ceil(inOrder.length / size);
  const pages: DayPage[] = [];
  for (let number = 1; number <= total; number++) {
    const groups: TopicGroup[] = [];
    for (const { topic, article } of inOrder.slice((number - 1) * size, number * size)) {
      const last = groups[groups.length - 1];
      if (last?.topic === topic) last.articles.push(article);
      else groups.push({ topic, articles: [article] });
    }
    pages.push(page(number, total, groups));
  }
  return pages;
}

function toArticleRef(a: Article): ArticleRef {
  return { title: a.title, url: a.url, published: a.published, lang: a.lang };
}

/** Headlines match ignoring case, accents and punctuation: outlets restyle them. */
export function headlineKey(title: string): string {
  return title.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
