import { cachedSlugify } from "./cached-slugify.ts";
import { compareText } from "./compare-text.ts";
import { collectionUrl } from "./routes.ts";
import { timelinePages } from "./timeline.ts";
import type { Article, Collection, CollectionIndex, CollectionKind, CollectionPage, CollectionRef } from "./types.ts";
import { sharedRef } from "./shared-ref.ts";

/**
 * Names that make one address are one collection ("Beras", "beras"): it is called by the
 * spelling most articles use, the first in text order on a tie, so the name is stable. A name whose
 * slug is a key of `registered` (a registry entity's name, alias or file name) is that entity.
 */
export function foldNames(kind: CollectionKind, names: Iterable<string>, registered?: ReadonlyMap<string, CollectionRef>): Map<string, CollectionRef> {
  const spellings = new Map<string, Map<string, number>>();
  const refs = new Map<string, CollectionRef>();
  const slugify = cachedSlugify();
  for (const name of names) {
    const slug = slugify(name);
    const entity = registered?.get(slug);
    if (entity) {
      refs.set(name, entity);
      continue;
    }
    let counts = spellings.get(slug);
    if (!counts) spellings.set(slug, (counts = new Map()));
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  for (const [slug, counts] of spellings) {
    const [name] = [...counts].sort(([a, m], [b, n]) => n - m || compareText(a, b))[0]!;
    const ref = sharedRef<CollectionRef>({ kind, slug, name, url: collectionUrl(kind, slug) });
    for (const spelling of counts.keys()) refs.set(spelling, ref);
  }
  return refs;
}

/**
 * One kind's collections with their timeline pages and index. `members` lists each article's
 * collections; articles come oldest first, so each collection's list is too.
 */
export function collectionsWithPages(
  kind: CollectionKind,
  articles: readonly Article[],
  members: (article: Article) => readonly CollectionRef[],
  pageSize: number,
  about?: (ref: CollectionRef) => Partial<Collection> | undefined,
): { pages: CollectionPage[]; index: CollectionIndex } {
  const lists = new Map<CollectionRef, Article[]>();
  for (const article of articles) {
    const refs = members(article);
    // A ref listed twice counts once; the lists are short, and a Set per article cost more.
    refs.forEach((ref, i) => {
      if (refs.indexOf(ref) !== i) return;
      let list = lists.get(ref);
      if (!list) lists.set(ref, (list = []));
      list.push(article);
    });
  }
  // Field by field, not `{ ...ref }`: a leading spread gives each object a hidden class of its own (see timeline.ts).
  const collections: Collection[] = [...lists].map(([ref, list]) => {
    const { kind, slug, name, url, wikidata } = ref;
    return { kind, slug, name, url, ...(wikidata !== undefined && { wikidata }), count: list.length, latest: list[list.length - 1]!.published, ...about?.(ref) };
  });
  collections.sort((a, b) => b.count - a.count || compareText(a.name, b.name) || compareText(a.slug, b.slug));
  const listOf = new Map([...lists].map(([ref, list]) => [ref.slug, list]));
  const pages = collections.flatMap((collection) =>
    timelinePages(listOf.get(collection.slug)!, pageSize, (n) => collectionUrl(kind, collection.slug, n)).map(({ number, total, url, previousUrl, nextUrl, days }): CollectionPage => ({ collection, number, total, url, previousUrl, nextUrl, days })),
  );
  return { pages, index: { kind, url: `/${kind}/`, collections } };
}
