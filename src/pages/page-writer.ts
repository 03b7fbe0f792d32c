import fs from "node:fs";
import { rm, rmdir } from "node:fs/promises";
import path from "node:path";
import { Worker } from "node:worker_threads";
import type { Output } from "./changed-pages.ts";

/** Renders one page of the model whole: the template's context is built by the caller. */
export type RenderPage<P> = (page: P) => string | Promise<string>;

export interface WritePagesOptions<P> {
  outputDir: string;
  render: RenderPage<P>;
  /** How many rendered pages may wait for the writer at once (a bound on the memory they hold). */
  pagesInFlight?: number;
  /** Render every page before writing any, so a page that fails to render leaves every file as it was. */
  renderFirst?: boolean;
  /** The file each page is written to in its URL's folder, unless the page names its own. */
  fileName?: string;
  /** From this many pages on, a writer thread writes them (tests set it to try both ways). */
  threadFrom?: number;
}

/** Pages go to the writer in batches of this many: one message each, not one a page. */
const batchSize = 32;

/**
 * From this many pages a writer thread pays: starting one takes 50–90 ms here (a sample site's
 * emails waited on it longer than on their 14 files), writing a page on this thread a fraction of a millisecond.
 */
const writerThreadFrom = 128;

/**
 * A page for the writer: its folder, its file and its UTF-8 bytes. Bytes, not the HTML string:
 * their buffer moves to the writer thread without a copy (a string is copied, and most pages are
 * two-byte strings, "·" and "→" being outside Latin-1), and the writer has nothing left to encode.
 */
type PageFile = [string, string, Uint8Array<ArrayBuffer>];
const utf8 = new TextEncoder();

/**
 * Writes each page of the model (articles, days, topic pages, months, years) to
 * `<outputDir><page.url>index.html`, as an Eleventy permalink would. These are all of a big
 * site's pages but a few dozen, and each route has one template and no front matter, so they
 * skip Eleventy's per-page machinery (a template compile, clone, data cascade and write queue
 * per page). A worker thread creates the folders and writes the files while this thread renders
 * the next pages: on the other core, with none of the promise and file-handle work per file
 * that the thread pool's writes cost here; fewer pages than `writerThreadFrom` are written here,
 * as rendered, since the thread's start would cost more. Returns how many pages were written.
 */
export async function writePages<P extends { url: string; fileName?: string }>(
  pages: readonly P[],
  { outputDir, render, pagesInFlight = 512, renderFirst = false, fileName = "index.html", threadFrom = writerThreadFrom }: WritePagesOptions<P>,
): Promise<number> {
  const file = async (page: P): Promise<PageFile> => {
    const dir = path.join(outputDir, page.url);
    return [dir, path.join(dir, page.fileName ?? fileName), utf8.encode(await render(page))];
  };
  const rendered: PageFile[] = [];
  if (renderFirst) for (const page of pages) rendered.push(await file(page));
  if (pages.length < threadFrom) {
    for (const [i, page] of pages.entries()) writePageFile(fs, renderFirst ? rendered[i]! : await file(page));
    return pages.length;
  }
  const writer = startWriter();
  try {
    let batch: PageFile[] = [];
    for (const [i, page] of pages.entries()) {
      batch.push(renderFirst ? rendered[i]! : await file(page));
      if (batch.length === batchSize) {
        writer.send(batch);
        batch = [];
        await writer.room(pagesInFlight);
      }
    }
    writer.send(batch);
    await writer.room(0);
    return pages.length;
  } finally {
    await writer.stop();
  }
}

/**
 * Removes what earlier builds wrote that the model no longer has: a page's index.html (and its
 * folder, once empty), a topic's two feeds or a day's email. For the dev server, whose output folder outlives its builds.
 */
export async function removeOutputs(outputDir: string, gone: readonly Output[]): Promise<void> {
  for (const output of gone) {
    if (output.kind === "every page") continue; // stands for no file of its own
    const dir = path.join(outputDir, output.kind === "page" ? output.url : output.folder);
    for (const name of output.kind === "page" ? ["index.html"] : output.names) await rm(path.join(dir, name), { force: true });
    await rmdir(dir).catch(() => {}); // kept while another page or feed lives in it
  }
}

/**
 * Writes a page's file, making its folder: one plain mkdir when its parent exists, as it does for
 * all but the first page of a day, month or topic. The writer thread runs it from its source text,
 * so it uses nothing but its arguments.
 */
function writePageFile(files: typeof fs, [dir, file, bytes]: PageFile): void {
  try {
    files.mkdirSync(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") files.mkdirSync(dir, { recursive: true });
    else if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  files.writeFileSync(file, bytes);
}

// Plain JavaScript, so the worker starts without TypeScript hooks. It answers each batch of
// [folder, file, bytes] with the number of files written, or with the first error (and then
// writes nothing more).
const writerSource = `
const { parentPort } = require("node:worker_threads");
const fs = require("node:fs");
const writePageFile = ${writePageFile};
let failed = false;
parentPort.on("message", (files) => {
  if (failed) return;
  try {
    for (const page of files) writePageFile(fs, page);
    parentPort.postMessage({ written: files.length });
  } catch (error) {
    failed = true;
    parentPort.postMessage({ error: { message: error.message, code: error.code, path: error.path } });
  }
});`;

function startWriter() {
  const worker = new Worker(writerSource, { eval: true });
  let waiting = 0;
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const settle = () => {
    wake?.();
    wake = undefined;
  };
  worker.on("message", (answer: { written: number } | { error: { message: string; code?: string; path?: string } }) => {
    if ("error" in answer) failure ??= Object.assign(new Error(answer.error.message), { code: answer.error.code, path: answer.error.path });
    else waiting -= answer.written;
    settle();
  });
  worker.on("error", (error) => {
    failure ??= error;
    settle();
  });
  return {
    send(files: PageFile[]) {
      if (failure) throw failure;
      waiting += files.length;
      // Moved, not copied: the buffers are unusable here afterwards, and nothing here reads them again.
      worker.postMessage(files, files.map(([, , bytes]) => bytes.buffer));
    },
    /** Resolves once at most `pages` pages wait to be written; rejects with the writer's error. */
    async room(pages: number) {
      while (!failure && waiting > pages) await new Promise<void>((resolve) => (wake = resolve));
      if (failure) throw failure;
    },
    stop: () => worker.terminate(),
  };
}
