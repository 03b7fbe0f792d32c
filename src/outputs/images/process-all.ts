import type { ArticlePicture } from "../../model/index.ts";
import { processPicture } from "./process.ts";
import type { PictureShelf } from "./shelf.ts";
import type { SourceHashes } from "./source-hashes.ts";

export interface ProcessAllOptions {
  cacheDir: string;
  /** This build's processed pictures; the dev server's keeps the last build's. */
  shelf: PictureShelf;
  /** Source files' hashes from earlier builds. */
  hashes: SourceHashes;
  /** Pictures processed at once (each on one encoder thread). */
  workers: number;
  readSource?: (file: string) => Promise<Buffer>;
}

/**
 * Every picture a build shows, processed or found in the cache, onto the shelf. A file whose size
 * and time of change are those of an earlier build is not read: the dev server has it on its
 * shelf, a new process finds its hash in `hashes` and the entry's description in the cache.
 */
export async function processAll(pictures: Iterable<ArticlePicture>, { cacheDir, shelf, hashes, workers, readSource }: ProcessAllOptions) {
  const inUse = new Set<string>();
  let fresh = 0;
  let cached = 0;
  const queue = [...pictures];
  const work = async () => {
    for (let picture = queue.shift(); picture; picture = queue.shift()) {
      const { path, bytes, modifiedMs } = picture.file;
      const version = `${bytes}:${modifiedMs}`;
      const known = shelf.byFile.get(path);
      if (known?.version === version) cached++;
      else {
        const result = await processPicture(path, cacheDir, { sourceHash: hashes.get(path, bytes, modifiedMs), readSource });
        hashes.set(path, bytes, modifiedMs, result.sourceHash);
        shelf.byFile.set(path, { version, picture: result.picture });
        if (result.processed) fresh++;
        else cached++;
      }
      inUse.add(path);
    }
  };
  await Promise.all(Array.from({ length: Math.min(workers, queue.length) }, work));
  return { inUse, fresh, cached };
}
