import type { DateTime } from "luxon";
import type { ArticleSource, EntitySource, OutletSource, Picture, PictureFile, TopicSource, UpdateKind, UpdateSource } from "../content/index.ts";
import type { PagePosition } from "./pager.ts";

// The digest model: plain, acyclic data that templates read and the page writer paginates over.

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
  tags: CollectionRef[];
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
  /** Who and where, folded through the registry; the first of each is the main one. */
  people: CollectionRef[];
  places: CollectionRef[];
  organizations: CollectionRef[];
  /** Up to five articles sharing its people, places, organisations, topics and tags, nearest in time first (model/related.ts). */
  relatedCoverage: ArticleRef[];
  /** The lead picture, its file checked. */
  image?: ArticlePicture;
  /** Local pictures in the body, by `src` as written, for the page to replace with sized ones. */
  bodyImages?: ArticlePicture[];
  /** The outlet of `source`, with its page under /sources/. */
  outlet: CollectionRef;
  /** Other outlets' reports of the same story, by date (undated last), then name. */
  coverage: Coverage[];
  /** The story's outlets, each once: the source's first, then coverage's (what "Reuters + 3 outlets" counts). */
  outlets: CollectionRef[];
  /** Updates and corrections up to the build's "now", oldest first. */
  updates: Update[];
  /** The latest update's time (ISO, site zone); undefined when there is none. */
  updated?: string;
}

export interface Coverage {
  name: string;
  url: string;
  title?: string;
  lang?: string;
  /** ISO 8601 in the site zone. */
  date?: string;
  allDay?: boolean;
  outlet: CollectionRef;
}

export interface Update {
  /** ISO 8601 in the site zone. */
  date: string;
  allDay: boolean;
  kind: UpdateKind;
  /** The note as written (Markdown); JSON-LD's correction text is the plain text of `html`. */
  note: string;
  /** The note rendered and sanitized like a body. */
  html: string;
}

/** A picture whose file was found and read. */
export type ArticlePicture = Picture & { file: PictureFile };

/** A checked article with its HTML: the Markdown and the frontmatter's lines are not needed any more. */
export interface RenderedArticle extends Omit<ArticleSource, "body" | "frontmatterLines" | "updates"> {
  html: string;
  updates?: (UpdateSource & { html: string })[];
}

/** An outlet's registry file with its description rendered. */
export interface RenderedOutlet extends Omit<OutletSource, "body" | "frontmatterLines"> {
  html: string;
}

export interface RenderedTopic extends Omit<TopicSource, "body"> {
  html: string;
}

export interface RenderedEntity extends Omit<EntitySource, "body" | "frontmatterLines"> {
  html: string;
}

export interface Topic extends TopicRef {
  summary?: string;
  backgroundHtml: string;
  count: number;
  /** Published time of its newest article. */
  latest?: string;
  /** The people, places and organisations its articles name most, a few of each kind with counts. */
  mostNamed?: { kind: CollectionKind; entities: (CollectionRef & { count: number })[] }[];
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

export interface TopicPage extends PagePosition {
  topic: Topic;
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
export interface DayPage extends PagePosition {
  /** The whole day; the page shows its own groups, below. */
  day: DayEdition;
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

/** What gathers articles on pages of their own besides topics: `/tags/<slug>/`, `/sources/<slug>/`, … */
export type CollectionKind = "tags" | "sources" | "people" | "places" | "organizations";

export interface CollectionRef {
  kind: CollectionKind;
  slug: string;
  name: string;
  url: string;
  /** A registered entity's Wikidata identifier (Q…). */
  wikidata?: string;
}

export interface Collection extends CollectionRef {
  count: number;
  /** Published time of its newest article. */
  latest?: string;
  /** A registered entity's one-line description and background (its registry file's body). */
  description?: string;
  backgroundHtml?: string;
  /** An outlet's: articles it is the source of, and articles whose coverage names it. */
  primary?: number;
  mentions?: number;
  /** An outlet's registry file, when it has one. */
  registry?: Omit<RenderedOutlet, "file" | "slug" | "name">;
}

export interface CollectionPage extends PagePosition {
  collection: Collection;
  days: DayGroup[];
}

/** `/tags/` and the like: every collection of one kind, most articles first, then by name. */
export interface CollectionIndex {
  kind: CollectionKind;
  url: string;
  collections: Collection[];
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
  /** Each collection's timeline pages, kind by kind. */
  collectionPages: CollectionPage[];
  collectionIndexes: CollectionIndex[];
}

export interface DigestOptions {
  /** Articles dated after this are scheduled: left out unless `includeScheduled`. */
  now: DateTime;
  includeDrafts?: boolean;
  includeScheduled?: boolean;
}
