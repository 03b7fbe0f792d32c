import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";

/** The file in the cache folder; its `version` changes when its shape does (an old file is then ignored). */
const fileName = "sources.json";
const version = 1;
/** A file changed this recently may change again within its time stamp's resolution: it is hashed again next time. */
const racyMs = 2000;

type Entry = [bytes: number, modifiedMs: number, hash: string];

/**
 * Each source picture's content hash by its path, size and time of change, kept in the cache
 * folder between builds: a warm build need not read a picture to know which cache entry is its.
 * The cache itself stays keyed by the bytes' hash, so a stale or lost record costs one read.
 */
export class SourceHashes {
  private changed = false;
  private constructor(
    private readonly file: string,
    private entries: Map<string, Entry>,
  ) {}

  /** The record in `cacheDir`, or an empty one when there is none or it cannot be read. */
  static async load(cacheDir: string): Promise<SourceHashes> {
    const file = path.join(cacheDir, fileName);
    const saved = await readFile(file, "utf8").then((text) => JSON.parse(text) as { version?: number; files?: Record<string, Entry> }).catch(() => undefined);
    const files = saved?.version === version && saved.files && typeof saved.files === "object" ? saved.files : {};
    return new SourceHashes(file, new Map(Object.entries(files)));
  }

  /** The hash of a file as it was when last hashed, if its size and time of change are the same now. */
  get(file: string, bytes: number, modifiedMs: number): string | undefined {
    const entry = this.entries.get(file);
    return entry && entry[0] === bytes && entry[1] === modifiedMs ? entry[2] : undefined;
  }

  set(file: string, bytes: number, modifiedMs: number, hash: string, now = Date.now()): void {
    if (now - modifiedMs < racyMs || this.get(file, bytes, modifiedMs) === hash) return;
    this.entries.set(file, [bytes, modifiedMs, hash]);
    this.changed = true;
  }

  /**
   * Writes the record when it changed, keeping only the files in `inUse` so it does not grow with
   * every picture ever shown; written whole and renamed into place, so a reader never sees half a file.
   */
  async save(inUse: ReadonlySet<string>): Promise<void> {
    const stale = [...this.entries.keys()].filter((file) => !inUse.has(file));
    if (!this.changed && !stale.length) return;
    for (const file of stale) this.entries.delete(file);
    await mkdir(path.dirname(this.file), { recursive: true });
    const temporary = `${this.file}.partial-${process.pid}-${Math.random().toString(36).slice(2)}`;
    await writeFile(temporary, JSON.stringify({ version, files: Object.fromEntries([...this.entries].sort(([a], [b]) => (a < b ? -1 : 1))) }));
    await rename(temporary, this.file);
    this.changed = false;
  }
}
