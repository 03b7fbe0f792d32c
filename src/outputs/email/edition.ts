import { sourceLine, type Article, type DayEdition } from "../../model/index.ts";
import { absoluteUrl, readableDate } from "../../pages/index.ts";
import { wordsFor, type SiteLanguage, type SiteSettings } from "../../settings/index.ts";
import { preheader } from "./preheader.ts";
import { editionSubject } from "./subject.ts";

/** One article in the email, every URL absolute. */
export interface EmailItem {
  title: string;
  url: string;
  summary?: string;
  source: string;
  /** Set only when the article is in another language than the site. */
  lang?: string;
}

export interface EmailGroup {
  title: string;
  url: string;
  items: EmailItem[];
  /** The topic's articles of the day left out of the email: they are on the web edition. */
  more: number;
}

/** A day's edition as the email shows it: what edition.njk and emailText render. */
export interface EmailEdition {
  lang: SiteLanguage;
  siteTitle: string;
  siteUrl: string;
  /** `2023-09-06`. */
  key: string;
  /** The day in the site's language: `Wednesday 6 September 2023`. */
  date: string;
  subject: string;
  preheader: string;
  /** The day's page on the site. */
  webUrl: string;
  count: number;
  groups: EmailGroup[];
  /** Articles in topics left out altogether (a day with more topics than an email holds). */
  moreArticles: number;
  unsubscribe: string;
}

export interface EditionLimits {
  /** Articles a topic shows before "N more on the web edition". */
  perTopic: number;
  /** Topics the email shows at most; the rest are counted in `moreArticles`. */
  topics: number;
}

/** A day's edition grouped by topic as the day's page groups it, each topic capped at `limits.perTopic`. */
export function emailEdition(day: DayEdition, settings: SiteSettings, limits: EditionLimits = { perTopic: settings.emailItemsPerTopic, topics: Infinity }): EmailEdition {
  const abs = (url: string) => absoluteUrl(url, settings.baseUrl, settings.pathPrefix);
  const words = wordsFor(settings.lang);
  const item = (article: Article): EmailItem => ({
    title: article.title,
    url: abs(article.url),
    ...(article.summary && { summary: article.summary }),
    source: sourceLine(article, words),
    ...(article.lang !== settings.lang && { lang: article.lang }),
  });
  const shown = day.groups.slice(0, limits.topics);
  const left = day.groups.slice(shown.length);
  return {
    lang: settings.lang,
    siteTitle: settings.title,
    siteUrl: abs("/"),
    key: day.key,
    date: readableDate(day.date, "weekday", settings.timeZone, settings.locale),
    subject: editionSubject(day.date, settings),
    preheader: preheader(day.groups.flatMap((group) => group.articles).slice(0, 3).map((a) => a.summary ?? a.title)),
    webUrl: abs(day.url),
    count: day.count,
    groups: shown.map((group) => ({
      title: group.topic.title,
      url: abs(group.topic.url),
      items: group.articles.slice(0, limits.perTopic).map(item),
      more: Math.max(0, group.articles.length - limits.perTopic),
    })),
    moreArticles: left.reduce((sum, group) => sum + group.articles.length, 0),
    unsubscribe: settings.emailUnsubscribe,
  };
}
