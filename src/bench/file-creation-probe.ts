// How fast this machine creates pages right now: a folder and a file each, as a build writes them.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * Above this, creating files is slow enough to move a 10,000-article build by a second or
 * more. On ext4 without a journal (these machines' disks) it is, for a few minutes after many
 * files were deleted: every new file scans past the freed inodes the file system will not
 * reuse yet. A quiet disk takes about 50 µs a page.
 */
export const slowPageCreationMicros = 100;

/** Microseconds to create one page folder with its index.html, from `pages` of them made in `dir` (left there). */
export function pageCreationMicros(dir: string, pages = 1000): number {
  const html = "<!doctype html><p>probe</p>\n".repeat(100);
  const start = performance.now();
  for (let i = 0; i < pages; i++) {
    const folder = path.join(dir, String(i));
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, "index.html"), html);
  }
  return ((performance.now() - start) * 1000) / pages;
}

export interface QuietDiskOptions {
  /** The longest to wait, in milliseconds, before measuring anyway. */
  maxWaitMs: number;
  /** Between two probes. */
  intervalMs: number;
  sleep?: (ms: number) => Promise<void>;
  report?: (line: string) => void;
}

/**
 * After a `first` probe found the disk slow, probes again (`probe`, in µs a page) until creating
 * pages is fast again or `maxWaitMs` has passed; returns every result in order, `first` first.
 * The slow spell after a mass delete ends by itself within minutes; builds timed during it
 * measure the disk's recent past more than themselves.
 */
export async function waitForQuietDisk(first: number, probe: () => number, options: QuietDiskOptions): Promise<number[]> {
  const { maxWaitMs, intervalMs, sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms)), report = console.log } = options;
  const results = [first];
  let waited = 0;
  if (first <= slowPageCreationMicros) return results;
  report(`  Slow (above ${slowPageCreationMicros} µs): waiting up to ${Math.round(maxWaitMs / 60_000)} min for it to recover (--no-wait measures now)`);
  while (results.at(-1)! > slowPageCreationMicros && waited < maxWaitMs) {
    await sleep(intervalMs);
    waited += intervalMs;
    results.push(probe());
    report(`  after ${Math.round(waited / 1000)} s: ${Math.round(results.at(-1)!)} µs a page`);
  }
  return results;
}
