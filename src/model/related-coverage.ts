import { toArticleRef } from "./neighbours.ts";
import { relatedCoverage } from "./related.ts";
import type { Article } from "./types.ts";

/** A shared person says most about two stories being one thread; a shared topic or tag least. */
const weights: Record<string, number> = { people: 3, organizations: 2, places: 2, topics: 1, tags: 1 };

/**
 * An article's features. Each topic's or collection's key is made once and shared (articles share
 * their refs): one string per feature, its hash computed once, not a new string per mention.
 */
function featureKeys(): (article: Article) => string[] {
  const keys = new Map<object, string>();
  const keyOf = (ref: object, text: () => string) => {
    let key = keys.get(ref);
    if (key === undefined) keys.set(ref, (key = text()));
    return key;
  };
  return (article) => [
    ...article.topics.map((topic) => keyOf(topic, () => `topics/${topic.slug}`)),
    ...[...article.tags, ...article.people, ...article.places, ...article.organizations].map((ref) => keyOf(ref, () => `${ref.kind}/${ref.slug}`)),
  ];
}

/**
 * Each article's related coverage (articles oldest first, `ms` their times), leaving out what its
 * page already links: its topic neighbours and its "read also" articles.
 */
export function linkRelatedCoverage(articles: readonly Article[], ms: readonly number[]): void {
  const indexOf = new Map(articles.map((article, i) => [article.url, i]));
  const shown = (i: number) => {
    const article = articles[i]!;
    const refs = [article.previous, article.next, ...article.related];
    return new Set(refs.flatMap((ref) => (ref && indexOf.has(ref.url) ? [indexOf.get(ref.url)!] : [])));
  };
  const featuresOf = featureKeys();
  const items = articles.map((article, i) => ({ ms: ms[i]!, features: featuresOf(article) }));
  relatedCoverage(items, (feature) => weights[feature.slice(0, feature.indexOf("/"))]!, shown).forEach((related, i) => {
    articles[i]!.relatedCoverage = related.map((j) => toArticleRef(articles[j]!));
  });
}
