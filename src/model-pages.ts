import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";

/** Renders one page of the model whole: the template's context is built by the caller. */
export type RenderPage<P> = (page: P) => string | Promise<string>;

export interface WritePagesOptions<P> {
  outputDir: string;
  render: RenderPage<P>;
  /** How many files may be being written at once, while the next pages render. */
  writesInFlight?: number;
}

/**
 * Writes each page of the model (articles, days, topic pages, months, years) to
 * `<outputDir><page.url>index.html`, as an Eleventy permalink would. These are all of a big
 * site's pages but a few dozen, and each route has one template and no front matter, so they
 * skip Eleventy's per-page machinery (a template compile, clone, data cascade and write queue
 * per page); files are written while the next pages render. Returns how many pages were written.
 */
export async function writePages<P extends { url: string }>(pages: readonly P[], { outputDir, render, writesInFlight = 64 }: WritePagesOptions<P>): Promise<number> {
  const folder = (page: P) => path.join(outputDir, page.url);
  // Parent folders first (days, topics, months: a few hundred), so each page's own folder is
  // one plain mkdir below.
  for (const parent of new Set(pages.map((page) => path.dirname(folder(page))))) await mkdir(parent, { recursive: true });

  const writing = new Set<Promise<void>>();
  let failure: { error: unknown } | undefined;
  for (const page of pages) {
    const html = await render(page);
    const dir = folder(page);
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
  return pages.length;
}
