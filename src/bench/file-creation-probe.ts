// How fast this machine creates pages right now: a folder and a file each, as a build writes them.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * Above this, creating files is slow enough to move a benchmark by seconds. On ext4 without a
 * journal (these machines' disks), it is: for a few minutes after many files were deleted, every
 * new file scans past the freed inodes the file system will not reuse yet. A quiet disk takes
 * about 50 µs a page.
 */
export const slowPageCreationMicros = 150;

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
