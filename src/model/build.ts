import { dayKey, isoInZone } from "../content/index.ts";
import type { SiteSettings } from "../settings/index.ts";
import { dayEditions, monthArchives, paginateDay, periodCatalogue, yearArchives } from "./calendar.ts";
import { collectionsWithPages, foldNames } from "./collections.ts";
import { compareText } from "./compare-text.ts";
import { entityCollectionKinds, entityRegistry, mostNamed, type EntityCollectionKind } from "./entities.ts";
import { linkReadAlso, linkTopicNeighbours } from "./neighbours.ts";
import { linkRelatedCoverage } from "./related-coverage.ts";
import { articleUrl } from "./routes.ts";
import { outletRefs, outletsWithPages } from "./outlets.ts";
import { storyOf } from "./story.ts";
import { articlesByTopic, topicRef, topicsWithPages } from "./topics.ts";
import type { Article, ArticlePicture, CollectionRef, Digest, DigestOptions, PeriodRef, RenderedArticle, RenderedEntity, RenderedOutlet, RenderedTopic, TopicRef } from "./types.ts";

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

/** Every name the articles give in one field, in order, in one array (flatMap makes one per article). */
function namesIn(sources: readonly RenderedArticle[], field: (source: RenderedArticle) => readonly string[] | undefined): string[] {
  const names: string[] = [];
  for (const source of sources) for (const name of field(source) ?? []) names.push(name);
  return names;
}

interface Refs {
  topics: ReadonlyMap<string, TopicRef>;
  tags: ReadonlyMap<string, CollectionRef>;
  entities: Record<EntityCollectionKind, ReadonlyMap<string, CollectionRef>>;
  sources: ReadonlyMap<string, CollectionRef>;
  /** Updates after this are held back, like scheduled articles. */
  updatesUntilMs: number;
  periodOf: (key: string) => PeriodRef;
}

function toArticle(source: RenderedArticle, zone: string, nowMs: number, refs: Refs): Article {
  const at = source.date.at.setZone(zone);
  const story = storyOf(source, zone, refs.updatesUntilMs, (name) => refs.sources.get(name)!);
  // The story's fields by name, and the optional ones set after: spreading into a literal takes V8's slow path.
  const article: Article = {
    file: source.file,
    slug: source.slug,
    url: articleUrl(at, source.slug),
    title: source.title,
    summary: source.summary,
    lang: source.lang,
    source: source.source,
    tags: source.tags.map((name) => refs.tags.get(name)!),
    topics: source.topics.map((slug) => refs.topics.get(slug)!),
    published: isoInZone(at),
    allDay: source.date.allDay,
    day: refs.periodOf(dayKey(at)),
    html: source.html,
    draft: source.draft,
    scheduled: source.date.at.toMillis() > nowMs,
    related: [],
    people: refsOnce(source.people, refs.entities.people),
    places: refsOnce(source.places, refs.entities.places),
    organizations: refsOnce(source.organizations, refs.entities.organizations),
    relatedCoverage: [],
    outlet: story.outlet,
    coverage: story.coverage,
    outlets: story.outlets,
    updates: story.updates,
  };
  if (story.updated !== undefined) article.updated = story.updated;
  if (source.image?.file) article.image = source.image as ArticlePicture;
  if (source.bodyImages?.length) article.bodyImages = source.bodyImages.filter((p): p is ArticlePicture => p.file !== undefined);
  return article;
}

/** The refs of `names`, each once: two spellings of one entity in one article are one link. */
function refsOnce(names: readonly string[] | undefined, refs: ReadonlyMap<string, CollectionRef>): CollectionRef[] {
  const once: CollectionRef[] = [];
  for (const name of names ?? []) {
    const ref = refs.get(name)!;
    if (!once.includes(ref)) once.push(ref);
  }
  return once;
}

/** The registries beside the articles and topics: people, places and organisations; outlets. */
export interface Registries {
  entities?: readonly RenderedEntity[];
  outlets?: readonly RenderedOutlet[];
}

export function buildDigest(
  sources: readonly RenderedArticle[],
  topicSources: readonly RenderedTopic[],
  settings: SiteSettings,
  options: DigestOptions,
  { entities: entitySources = [], outlets: outletSources = [] }: Registries = {},
): Digest {
  const periodOf = periodCatalogue(settings.timeZone);
  const topicRefs = new Map(topicSources.map((t) => [t.slug, topicRef(t.slug, t.title)]));
  const chosen = chosenInOrder(sources, options);
  const registry = entityRegistry(entitySources);
  const fold = (kind: EntityCollectionKind) => foldNames(kind, namesIn(chosen, (source) => source[kind]), registry.keys[kind]);
  const entities = { people: fold("people"), places: fold("places"), organizations: fold("organizations") };
  const outletNames = [...chosen.map((source) => source.source.name), ...namesIn(chosen, (source) => source.coverage?.map((c) => c.name))];
  const updatesUntilMs = options.includeScheduled ? Infinity : options.now.toMillis();
  const refs: Refs = {
    topics: topicRefs,
    tags: foldNames("tags", namesIn(chosen, (source) => source.tags)),
    entities,
    sources: outletRefs(outletSources, outletNames),
    updatesUntilMs,
    periodOf,
  };
  const articles = chosen.map((source) => toArticle(source, settings.timeZone, options.now.toMillis(), refs));
  linkReadAlso(articles, (i) => chosen[i]!.relatedHeadlines);

  const byTopic = articlesByTopic(topicSources, articles);
  linkTopicNeighbours(byTopic);
  const { topics, topicPages } = topicsWithPages(topicSources, topicRefs, byTopic, articles, settings);
  for (const topic of topics) topic.mostNamed = mostNamed(byTopic.get(topic.slug)!);
  linkRelatedCoverage(articles, chosen.map((source) => source.date.at.toMillis()));

  const days = dayEditions([...articles].reverse(), periodOf);
  const dayPages = days.flatMap((day) => paginateDay(day, settings.dayPageSize));
  const months = monthArchives(days, periodOf);
  const years = yearArchives(months, periodOf);
  const latestDays = dayPages.filter((page) => page.number === 1).slice(0, settings.homeDays);
  const tags = collectionsWithPages("tags", articles, (article) => article.tags, settings.topicPageSize);
  const named = entityCollectionKinds.map((kind) => collectionsWithPages(kind, articles, (article) => article[kind], settings.topicPageSize, (ref) => registry.about.get(ref.url)));
  const outlets = outletsWithPages(articles, outletSources, settings.topicPageSize);
  const collections = [tags, outlets, ...named];
  return {
    articles, topics, topicPages, days, dayPages, months, years, latestDays,
    collectionPages: collections.flatMap((c) => c.pages),
    collectionIndexes: collections.flatMap((c) => (c.index.collections.length ? [c.index] : [])),
  };
}
