import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { compareText, type Article, type Digest } from "../../model/index.ts";
import type { SiteSettings } from "../../settings/index.ts";
import { searchDocument, searchLanguage } from "./documents.ts";
import { documentsPerBundle, languageBundles, type BundleName } from "./search-bundles.ts";
import { startSearchThread } from "./search-thread.ts";

/** Where the search bundles go in the site, and the file that lists them for /search/. */
export const searchFolder = "pagefind";
export const languagesFile = "languages.json";

export interface SearchIndexResult {
  /** The articles' languages; the site's language first. */
  languages: string[];
  /** The bundles, at `pagefind/<path>/`: each language's in turn, in the order of `languages`. */
  bundles: BundleName[];
  articles: number;
}

/** Documents sent to the search thread at once, and how many of a bundle may wait there (a bound on the memory they hold). */
const chunkSize = 64;
const unansweredAtMost = 512;

/**
 * Writes one Pagefind bundle per article language into `<siteDir>/pagefind/<language>/` (a language
 * with more than `most` articles: several, see search-bundles.ts), and `pagefind/languages.json`
 * naming them. One bundle per language, not Pagefind's usual one
 * bundle with an index per language: in the browser a Pagefind instance searches the index of
 * the page's <html lang> only, and instances loaded from one pagefind.js share one stemmer.
 * Separate bundles load separately, so /search/ stems each language by its own rules.
 *
 * This thread only makes the documents; a thread of its own talks to Pagefind's processes (see
 * bundles.ts), so indexing costs the page renderer, which runs beside it, little.
 */
export async function writeSearchIndex(siteDir: string, digest: Digest, site: SiteSettings, signal?: AbortSignal, most = documentsPerBundle): Promise<SearchIndexResult> {
  const byLanguage = new Map<string, Article[]>();
  for (const article of digest.articles) {
    const language = searchLanguage(article.lang);
    let list = byLanguage.get(language);
    if (!list) byLanguage.set(language, (list = []));
    list.push(article);
  }
  const languages = [...byLanguage.keys()].sort((a, b) => Number(b === site.lang) - Number(a === site.lang) || compareText(a, b));
  const bundles = languages.flatMap((language) => languageBundles(language, byLanguage.get(language)!, most));
  const folder = path.join(siteDir, searchFolder);
  await mkdir(folder, { recursive: true });
  // Biggest first, so the big language never waits behind small ones.
  const queue = [...bundles].sort((a, b) => b.articles.length - a.articles.length || compareText(a.path, b.path));
  const thread = startSearchThread({ folder, queue: queue.map((bundle) => ({ path: bundle.path, language: bundle.language })) });
  try {
    // Documents are made as there is room for them, each bundle's in order.
    const made = new Map(queue.map((bundle) => [bundle, 0]));
    for (let left = queue; left.length; left = left.filter((bundle) => made.get(bundle)! < bundle.articles.length)) {
      signal?.throwIfAborted();
      const ready = left.filter((bundle) => thread.unanswered(bundle.path) < unansweredAtMost);
      if (!ready.length) await thread.progress();
      for (const bundle of ready) {
        const from = made.get(bundle)!;
        const docs = bundle.articles.slice(from, from + chunkSize).map((article) => searchDocument(article, site));
        made.set(bundle, from + docs.length);
        thread.send(bundle.path, docs, from + docs.length === bundle.articles.length);
      }
      // Lets the thread's answers in, and the page renderer run, between chunks.
      await new Promise((resolve) => setImmediate(resolve));
    }
    await Promise.race([thread.finished(), aborted(signal)]);
  } catch (error) {
    await thread.abort();
    throw error;
  }
  const names = bundles.map((bundle) => ({ path: bundle.path, language: bundle.language }));
  await writeFile(path.join(folder, languagesFile), `${JSON.stringify({ languages, bundles: names })}\n`);
  return { languages, bundles: names, articles: digest.articles.length };
}

/** Rejects when `signal` aborts; never settles without one. */
function aborted(signal: AbortSignal | undefined): Promise<never> {
  return new Promise((_, reject) => {
    signal?.throwIfAborted();
    signal?.addEventListener("abort", () => reject(signal.reason), { once: true });
  });
}

/**
 * The build's search step: indexes the digest into `siteDir/pagefind/`. The index is made from the
 * model, not from the pages, so the build starts it before rendering: Pagefind's processes work
 * while the pages are written. Aborting `signal` (the pages failed) stops it and closes them.
 */
export async function indexSiteForSearch(siteDir: string, digest: Digest, settings: SiteSettings, signal?: AbortSignal): Promise<SearchIndexResult> {
  try {
    return await writeSearchIndex(siteDir, digest, settings, signal);
  } catch (error) {
    throw new Error(`the search index could not be written: ${(error as Error).message}`);
  }
}
