import type { Article, ArticleRef } from "./types.ts";

// One ref an article, kept from build to build while its title, time and language stay: an article
// is linked from its neighbours and related articles, and the dev server then finds each link
// equal at a glance (see shared-ref.ts). Frozen, as builds share them.
const refs = new Map<string, ArticleRef>();

export function toArticleRef(a: Article): ArticleRef {
  const kept = refs.get(a.url);
  if (kept && kept.title === a.title && kept.published === a.published && kept.lang === a.lang) return kept;
  const ref = Object.freeze({ title: a.title, url: a.url, published: a.published, lang: a.lang });
  refs.set(a.url, ref);
  return ref;
}

/** Each article's previous and next article in its first topic, in time order. */
export function linkTopicNeighbours(byTopic: ReadonlyMap<string, Article[]>): void {
  for (const [slug, oldestFirst] of byTopic) {
    oldestFirst.forEach((article, i) => {
      if (article.topics[0]!.slug !== slug) return;
      if (i > 0) article.previous = toArticleRef(oldestFirst[i - 1]!);
      if (i + 1 < oldestFirst.length) article.next = toArticleRef(oldestFirst[i + 1]!);
    });
  }
}

/** Headlines match ignoring case, accents and punctuation: outlets restyle them. */
export function headlineKey(title: string): string {
  return title.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

/** "Read also" headlines name other stories by title: link those this digest has. One map, no scans. */
export function linkReadAlso(articles: readonly Article[], headlinesOf: (index: number) => readonly string[]): void {
  const byTitle = new Map<string, Article>();
  for (const article of articles) {
    const key = headlineKey(article.title);
    if (!byTitle.has(key)) byTitle.set(key, article);
  }
  articles.forEach((article, i) => {
    for (const headline of headlinesOf(i)) {
      const match = byTitle.get(headlineKey(headline));
      if (match && match !== article && !article.related.some((r) => r.url === match.url)) article.related.push(toArticleRef(match));
    }
  });
}
