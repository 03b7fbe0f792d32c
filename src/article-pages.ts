import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Article } from "./model.ts";

/** Renders one article's whole page: the template's context is built by the caller. */
export type RenderArticlePage = (article: Article) => string | Promise<string>;

export interface ArticlePagesOptions {
  outputDir: string;
  render: RenderArticlePage;
  /** How many files may be being written at once, while the next pages render. */
  writesInFlight?: number;
}

/**
 * Writes every article's page to `<outputDir><article.url>index.html`, as Eleventy's permalink
 * would. Article pages are nine in ten of a site's pages and share one template with no front
 * matter of their own, so they skip Eleventy's per-page machinery (a template clone, a data
 * cascade and a write queue per page); files are written while the next pages render.
 * Returns how many pages were written.
 */
export async function writeArticlePages(articles: readonly Article[], { outputDir, render, writesInFlight = 64 }: ArticlePagesOptions): Promise<number> {
  const folder = (article: Article) => path.join(outputDir, article.url);
  // Day folders first, a few hundred, so each article's folder is one plain mkdir below its day.
  for (const day of new Set(articles.map((a) => path.dirname(folder(a))))) await mkdir(day, { recursive: true });

  const writing = new Set<Promise<void>>();
  let failure: { error: unknown } | undefined;
  for (const article of articles) {
    const html = await render(article);
    const dir = folder(article);
    const write: Promise<void> = mkdir(dir)
      .catch((error: NodeJS.ErrnoException) => {
        if (error.code !== "EEXIST") throw error;
      })
      .then(() => writeFile(path.join(dir, "index.html"), html))
      .catch((error: unknown) => void (failure ??= { error }))
      .finally(() => writing.delete(write));
    writing.add(write);
    if (writing.size >= writesInFlight) await Promise.race(writing);
    if (failure) break;
  }
  await Promise.all(writing);
  if (failure) throw failure.error;
  return articles.length;
}
