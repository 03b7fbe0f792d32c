import { outletByKey } from "../content/index.ts";
import { cachedSlugify } from "./cached-slugify.ts";
import { collectionsWithPages, foldNames } from "./collections.ts";
import { collectionUrl } from "./routes.ts";
import type { Article, CollectionIndex, CollectionPage, CollectionRef, RenderedOutlet } from "./types.ts";
import { sharedRef } from "./shared-ref.ts";

/**
 * Each outlet name as written → its outlet. A name, alias or file slug of a registry file folds
 * into that file's outlet (ANTARA, Antara News → Antara); other names fold as tags do.
 */
export function outletRefs(outlets: readonly RenderedOutlet[], names: readonly string[]): Map<string, CollectionRef> {
  const byKey = outletByKey(outlets);
  const slugify = cachedSlugify();
  const registered = new Map(outlets.map((o) => [o, sharedRef<CollectionRef>({ kind: "sources", slug: o.slug, name: o.name, url: collectionUrl("sources", o.slug) })]));
  const refs = foldNames("sources", names.filter((name) => !byKey.has(slugify(name))));
  for (const name of names) {
    const outlet = byKey.get(slugify(name));
    if (outlet) refs.set(name, registered.get(outlet)!);
  }
  return refs;
}

/**
 * `/sources/<slug>/` pages and `/sources/`: every outlet that is a source or in coverage, with
 * its counts of primary reports and of coverage mentions, and what its registry file says.
 */
export function outletsWithPages(articles: readonly Article[], outlets: readonly RenderedOutlet[], pageSize: number): { pages: CollectionPage[]; index: CollectionIndex } {
  const built = collectionsWithPages("sources", articles, (article) => article.outlets, pageSize);
  const primary = new Map<string, number>();
  const mentions = new Map<string, number>();
  for (const article of articles) {
    primary.set(article.outlet.slug, (primary.get(article.outlet.slug) ?? 0) + 1);
    for (const slug of new Set(article.coverage.map((c) => c.outlet.slug))) mentions.set(slug, (mentions.get(slug) ?? 0) + 1);
  }
  const registry = new Map(outlets.map(({ file: _file, slug, name: _name, ...rest }) => [slug, rest]));
  // The pages share these objects, so what is set here shows on them too.
  for (const collection of built.index.collections) {
    collection.primary = primary.get(collection.slug) ?? 0;
    collection.mentions = mentions.get(collection.slug) ?? 0;
    const info = registry.get(collection.slug);
    if (info) collection.registry = info;
  }
  return built;
}
