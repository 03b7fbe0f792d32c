import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { compareText, type Article, type Digest } from "../../model/index.ts";
import type { SiteSettings } from "../../settings/index.ts";
import { searchDocument, searchLanguage } from "./documents.ts";
import { startSearchThread } from "./search-thread.ts";

/** Where the search bundles go in the site, and the file that lists them for /search/. */
export const searchFolder = "pagefind";
export const languagesFile = "languages.json";

export interface SearchIndexResult {
  /** One Pagefind bundle each, at `pagefind/<language>/`; the site's language first. */
  languages: string[];
  articles: number;
}

/** Documents sent to the search thread at once, and how many of a language may wait there (a bound on the memory they hold). */
const chunkSize = 64;
const unansweredAtMost = 512;

/**
 * Writes one Pagefind bundle per article language into `<siteDir>/pagefind/<language>/`, and
 * `pagefind/languages.json` naming them. One bundle per language, not Pagefind's usual one
 * bundle with an index per language: in the browser a Pagefind instance searches the index of
 * the page's <html lang> only, and instances loaded from one pagefind.js share one stemmer.
 * Separate bundles load separately, so /search/ stems each language by its own rules.
 *
 * This thread only makes the documents; a thread of its own talks to Pagefind's processes (see
 * bundles.ts), so indexing costs the page renderer, which runs beside it, little.
 */
export async function writeSearchIndex(siteDir: string, digest: Digest, site: SiteSettings, signal?: AbortSignal): Promise<SearchIndexResult> {
  const byLanguage = new Map<string, Article[]>();
  for (const article of digest.articles) {
    const language = searchLanguage(article.lang);
    let list = byLanguage.get(language);
    if (!list) byLanguage.set(language, (list = []));
    list.push(article);
  }
  const languages = [...byLanguage.keys()].sort((a, b) => Number(b === site.lang) - Number(a === site.lang) || compareText(a, b));
  const folder = path.join(siteDir, searchFolder);
  await mkdir(folder, { recursive: true });
  // Longest first, so the big language never waits behind small ones.
  const queue = [...languages].sort((a, b) => byLanguage.get(b)!.length - byLanguage.get(a)!.length || compareText(a, b));
  const thread = startSearchThread({ folder, queue });
  try {
    // Documents are made as there is room for them, each language's in order.
    const made = new Map(queue.map((language) => [language, 0]));
    for (let left = queue; left.length; left = left.filter((language) => made.get(language)! < byLanguage.get(language)!.length)) {
      signal?.throwIfAborted();
      const ready = left.filter((language) => thread.unanswered(language) < unansweredAtMost);
      if (!ready.length) await thread.progress();
      for (const language of ready) {
        const articles = byLanguage.get(language)!;
        const from = made.get(language)!;
        const docs = articles.slice(from, from + chunkSize).map((article) => searchDocument(article, site));
        made.set(language, from + docs.length);
        thread.send(language, docs, from + docs.length === articles.length);
      }
      // Lets the thread's answers in, and the page renderer run, between chunks.
      await new Promise((resolve) => setImmediate(resolve));
    }
    await Promise.race([thread.finished(), aborted(signal)]);
  } catch (error) {
    await thread.abort();
    throw error;
  }
  await writeFile(path.join(folder, languagesFile), `${JSON.stringify({ languages })}\n`);
  return { languages, articles: digest.articles.length };
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
