import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import * as pagefind from "pagefind";
import type { Digest } from "../model.ts";
import { readSiteSettings, type SiteSettings } from "../site.ts";
import { searchDocument, type SearchDocument } from "./documents.ts";

/** Where the search bundles go in the site, and the file that lists them for /search/. */
export const searchFolder = "pagefind";
export const languagesFile = "languages.json";

export interface SearchIndexResult {
  /** One Pagefind bundle each, at `pagefind/<language>/`; the site's language first. */
  languages: string[];
  articles: number;
}

/**
 * Writes one Pagefind bundle per article language into `<siteDir>/pagefind/<language>/`, and
 * `pagefind/languages.json` naming them. One bundle per language, not Pagefind's usual one
 * bundle with an index per language: in the browser a Pagefind instance searches the index of
 * the page's <html lang> only, and instances loaded from one pagefind.js share one stemmer.
 * Separate bundles load separately, so /search/ stems each language by its own rules.
 */
export async function writeSearchIndex(siteDir: string, digest: Digest, site: SiteSettings): Promise<SearchIndexResult> {
  const byLanguage = new Map<string, SearchDocument[]>();
  for (const article of digest.articles) {
    const doc = searchDocument(article, site);
    let list = byLanguage.get(doc.language);
    if (!list) byLanguage.set(doc.language, (list = []));
    list.push(doc);
  }
  const languages = [...byLanguage.keys()].sort((a, b) => Number(b === site.lang) - Number(a === site.lang) || (a < b ? -1 : a > b ? 1 : 0));
  const folder = path.join(siteDir, searchFolder);
  await mkdir(folder, { recursive: true });
  try {
    for (const language of languages) {
      const { index, errors } = await pagefind.createIndex({ forceLanguage: language });
      if (!index) throw new Error(errors.join("; "));
      for (const doc of byLanguage.get(language)!) {
        const added = await index.addHTMLFile({ url: doc.url, content: doc.html });
        if (added.errors.length) throw new Error(`${doc.url}: ${added.errors.join("; ")}`);
      }
      const written = await index.writeFiles({ outputPath: path.join(folder, language) });
      if (written.errors.length) throw new Error(written.errors.join("; "));
      await index.deleteIndex();
    }
  } finally {
    await pagefind.close();
  }
  await writeFile(path.join(folder, languagesFile), `${JSON.stringify({ languages })}\n`);
  return { languages, articles: digest.articles.length };
}

/**
 * The build's search step: indexes the finished site in `siteDir` unless DIGEST_SEARCH=off
 * (quick builds and tests that need no search). Returns undefined when skipped.
 */
export async function indexSiteForSearch(siteDir: string, digest: Digest, env: Record<string, string | undefined>): Promise<SearchIndexResult | undefined> {
  if (env.DIGEST_SEARCH === "off") return undefined;
  try {
    return await writeSearchIndex(siteDir, digest, readSiteSettings(env));
  } catch (error) {
    throw new Error(`the search index could not be written: ${(error as Error).message}`);
  }
}
