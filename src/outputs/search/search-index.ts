import { mkdir, writeFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import path from "node:path";
import * as pagefind from "pagefind";
import { compareText, type Article, type Digest } from "../../model/index.ts";
import type { SiteSettings } from "../../settings/index.ts";
import { searchDocument, searchLanguage } from "./documents.ts";

/** Where the search bundles go in the site, and the file that lists them for /search/. */
export const searchFolder = "pagefind";
export const languagesFile = "languages.json";

export interface SearchIndexResult {
  /** One Pagefind bundle each, at `pagefind/<language>/`; the site's language first. */
  languages: string[];
  articles: number;
}

/** Documents sent to a Pagefind service before waiting for its answers (bounds the memory the queue takes). */
const inFlight = 64;

type Pagefind = typeof pagefind;

/**
 * Writes one Pagefind bundle per article language into `<siteDir>/pagefind/<language>/`, and
 * `pagefind/languages.json` naming them. One bundle per language, not Pagefind's usual one
 * bundle with an index per language: in the browser a Pagefind instance searches the index of
 * the page's <html lang> only, and instances loaded from one pagefind.js share one stemmer.
 * Separate bundles load separately, so /search/ stems each language by its own rules.
 *
 * The bundles are built side by side, one Pagefind process per core (see `pagefindServices`),
 * the biggest language first; each bundle's files depend only on its own documents, in order.
 */
export async function writeSearchIndex(siteDir: string, digest: Digest, site: SiteSettings, signal?: AbortSignal): Promise<SearchIndexResult> {
  // Documents are made as they are sent (see writeBundle), so Pagefind starts at once.
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
  const services = await pagefindServices(Math.max(1, Math.min(queue.length, availableParallelism())));
  // On the first error (or an abort) every service stops sending, and the error is thrown once all are closed.
  const run = { failed: false };
  const stop = () => void (run.failed = true);
  signal?.addEventListener("abort", stop, { once: true });
  const outcomes = await Promise.allSettled(
    services.map(async (service) => {
      try {
        for (let language; !run.failed && (language = queue.shift()) !== undefined; ) {
          await writeBundle(service, language, byLanguage.get(language)!, site, path.join(folder, language), run);
        }
      } catch (error) {
        run.failed = true;
        throw error;
      } finally {
        await service.close();
      }
    }),
  );
  signal?.removeEventListener("abort", stop);
  const rejected = outcomes.find((outcome): outcome is PromiseRejectedResult => outcome.status === "rejected");
  if (rejected) throw rejected.reason;
  signal?.throwIfAborted();
  await writeFile(path.join(folder, languagesFile), `${JSON.stringify({ languages })}\n`);
  return { languages, articles: digest.articles.length };
}

/** One language's bundle, built by one Pagefind service. */
async function writeBundle(service: Pagefind, language: string, articles: Article[], site: SiteSettings, outputPath: string, run: { failed: boolean }): Promise<void> {
  const { index, errors } = await service.createIndex({ forceLanguage: language });
  if (!index) throw new Error(errors.join("; "));
  // A service answers its requests one at a time, in the order they were sent, so a few in
  // flight keep it busy without changing the order the pages are indexed in (which numbers them).
  let next = 0;
  const send = async () => {
    try {
      while (!run.failed && next < articles.length) {
        const doc = searchDocument(articles[next++]!, site);
        const added = await index.addHTMLFile({ url: doc.url, content: doc.html });
        if (added.errors.length) throw new Error(`${doc.url}: ${added.errors.join("; ")}`);
      }
    } catch (error) {
      run.failed = true;
      throw error;
    }
  };
  await Promise.all(Array.from({ length: Math.min(inFlight, articles.length) }, send));
  if (run.failed) return;
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length) throw new Error(written.errors.join("; "));
  await index.deleteIndex();
}

/**
 * `count` independent Pagefind services. A service is one pagefind process that handles one
 * request at a time, and the module keeps a single service, so a second core helps only with a
 * second copy of the module: Node loads a module again for each distinct query string, and each
 * copy starts its own process. Each must be closed.
 */
async function pagefindServices(count: number): Promise<Pagefind[]> {
  const url = import.meta.resolve("pagefind");
  return [pagefind, ...(await Promise.all(Array.from({ length: count - 1 }, (_, i) => import(`${url}?service=${i + 1}`) as Promise<Pagefind>)))];
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
