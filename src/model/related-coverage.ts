import { toArticleRef } from "./neighbours.ts";
import { relatedCoverage, type RelatedItem } from "./related.ts";
import type { Article } from "./types.ts";

/** A shared person says most about two stories being one thread; a shared topic or tag least. */
const weights: Record<string, number> = { people: 3, organizations: 2, places: 2, topics: 1, tags: 1 };

/**
 * An article's features. Each topic's or collection's key is made once and shared (articles share
 * their refs): one string per feature, its hash computed once, not a new string per mention.
 */
function featureKeys(): (article: Article) => string[] {
  const keys = new Map<object, string>();
  const keyOf = (ref: { slug: string; kind?: string }) => {
    let key = keys.get(ref);
    if (key === undefined) keys.set(ref, (key = `${ref.kind ?? "topics"}/${ref.slug}`));
    return key;
  };
  return (article) => {
    const features: string[] = [];
    for (const list of [article.topics, article.tags, article.people, article.places, article.organizations]) for (const ref of list) features.push(keyOf(ref));
    return features;
  };
}

/** What related coverage was last computed from, and what it found (see linkRelatedCoverage). */
let lastRun: { items: RelatedItem[]; shown: number[][]; related: number[][] } | undefined;

const sameNumbers = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((x, i) => x === b[i]);
const sameInputs = (run: NonNullable<typeof lastRun>, items: readonly RelatedItem[], shown: readonly number[][]) =>
  run.items.length === items.length &&
  items.every((item, i) => {
    const before = run.items[i]!;
    return item.ms === before.ms && item.features.length === before.features.length && item.features.every((f, k) => f === before.features[k]) && sameNumbers(shown[i]!, run.shown[i]!);
  });

/**
 * Each article's related coverage (articles oldest first, `ms` their times), leaving out what its
 * page already links: its topic neighbours and its "read also" articles. When the articles' times,
 * features and links are those of the last call — a dev-server rebuild after an edit to a title
 * or a body — the last call's choice is taken again: comparing them costs a tenth of the scoring.
 */
export function linkRelatedCoverage(articles: readonly Article[], ms: readonly number[]): void {
  const indexOf = new Map(articles.map((article, i) => [article.url, i]));
  const shown = articles.map((article) => {
    const indices: number[] = [];
    for (const ref of [article.previous, article.next, ...article.related]) {
      const i = ref && indexOf.get(ref.url);
      if (i !== undefined) indices.push(i);
    }
    return indices;
  });
  const featuresOf = featureKeys();
  const items = articles.map((article, i): RelatedItem => ({ ms: ms[i]!, features: featuresOf(article) }));
  const related =
    lastRun && sameInputs(lastRun, items, shown)
      ? lastRun.related
      : relatedCoverage(items, (feature) => weights[feature.slice(0, feature.indexOf("/"))]!, (i) => new Set(shown[i]));
  lastRun = { items, shown, related };
  related.forEach((chosen, i) => {
    articles[i]!.relatedCoverage = chosen.map((j) => toArticleRef(articles[j]!));
  });
}
