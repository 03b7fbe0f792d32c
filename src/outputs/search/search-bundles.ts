import type { Article } from "../../model/index.ts";

/** A language with more articles than this is indexed as several bundles, so that more than one Pagefind process (one a core) works on it. */
export const documentsPerBundle = 4000;

/**
 * No more bundles than this for a language: a reader's first search fetches each bundle's own
 * script, WebAssembly and stemmer (~110 kB), and past the machine's cores more processes index no faster.
 */
export const bundlesPerLanguage = 4;

/** Where a Pagefind bundle goes under `pagefind/`, and the language it is indexed (stemmed) as. */
export interface BundleName {
  path: string;
  language: string;
}

/** One Pagefind bundle and the articles it indexes, in the model's order. */
export interface SearchBundle extends BundleName {
  articles: Article[];
}

/**
 * A language's bundles ("shards"): `ceil(n / most)` of them, at most `bundlesPerLanguage`, the articles dealt round-robin in the
 * model's order so each spans all dates and has about the same word statistics (it ranks its hits
 * by its own). The split depends only on the content, never on the machine: the output stays the same.
 */
export function languageBundles(language: string, articles: Article[], most = documentsPerBundle): SearchBundle[] {
  const count = Math.min(bundlesPerLanguage, Math.max(1, Math.ceil(articles.length / most)));
  // The first keeps `<language>/`; a dot never appears in a language subtag (letters only), so `en.2` is never a language's folder.
  const bundles = Array.from({ length: count }, (_, i): SearchBundle => ({ path: i === 0 ? language : `${language}.${i + 1}`, language, articles: [] }));
  articles.forEach((article, i) => bundles[i % count]!.articles.push(article));
  return bundles;
}
