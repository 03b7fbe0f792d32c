import { entityKinds, slugify } from "../content/index.ts";
import { compareText } from "./compare-text.ts";
import { collectionUrl } from "./routes.ts";
import type { Article, Collection, CollectionRef, RenderedEntity, Topic } from "./types.ts";
import { sharedRef } from "./shared-ref.ts";

/** The collection kinds that hold people, places and organisations: also the article fields that list them. */
export const entityCollectionKinds = ["people", "places", "organizations"] as const;
export type EntityCollectionKind = (typeof entityCollectionKinds)[number];

export interface EntityRegistry {
  /** Per kind, each registered entity's ref under every key it answers to: its name, aliases and file name, as slugs. */
  keys: Record<EntityCollectionKind, Map<string, CollectionRef>>;
  /** What an entity's page says about it, by its URL. */
  about: Map<string, Pick<Collection, "description" | "backgroundHtml">>;
}

export function entityRegistry(entities: readonly RenderedEntity[]): EntityRegistry {
  const keys: EntityRegistry["keys"] = { people: new Map(), places: new Map(), organizations: new Map() };
  const about: EntityRegistry["about"] = new Map();
  for (const entity of entities) {
    const kind = entityKinds[entity.kind];
    const ref = sharedRef<CollectionRef>({ kind, slug: entity.slug, name: entity.name, url: collectionUrl(kind, entity.slug), ...(entity.wikidata && { wikidata: entity.wikidata }) });
    // check reports a key claimed twice; the first file (in path order) keeps it.
    for (const name of [entity.name, ...entity.aliases, entity.slug]) if (!keys[kind].has(slugify(name))) keys[kind].set(slugify(name), ref);
    about.set(ref.url, { ...(entity.description && { description: entity.description }), ...(entity.html.trim() && { backgroundHtml: entity.html }) });
  }
  return { keys, about };
}

/** A topic's most named people, places and organisations, `count` of each kind, most articles first, then by name. */
export function mostNamed(articles: readonly Article[], count = 5): NonNullable<Topic["mostNamed"]> {
  return entityCollectionKinds.flatMap((kind) => {
    const counts = new Map<CollectionRef, number>();
    // An article's people, places and organisations are each listed once (see toArticle).
    for (const article of articles) for (const ref of article[kind]) counts.set(ref, (counts.get(ref) ?? 0) + 1);
    const entities = topByCount(counts, count).map(([ref, n]) => ({ ...ref, count: n }));
    return entities.length ? [{ kind, entities }] : [];
  });
}

const before = ([a, m]: [CollectionRef, number], [b, n]: [CollectionRef, number]) => n - m || compareText(a.name, b.name) || compareText(a.slug, b.slug);

/** The first `count` of `counts` in `before` order, kept as they come: a topic names hundreds, and only five are shown. */
function topByCount(counts: ReadonlyMap<CollectionRef, number>, count: number): [CollectionRef, number][] {
  const top: [CollectionRef, number][] = [];
  for (const entry of counts) {
    if (top.length === count && before(entry, top[count - 1]!) >= 0) continue;
    let at = top.length;
    while (at > 0 && before(entry, top[at - 1]!) < 0) at--;
    top.splice(at, 0, entry);
    if (top.length > count) top.pop();
  }
  return top;
}
