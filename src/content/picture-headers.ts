import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import type { PictureCache } from "./picture-checks.ts";

/** Its shape: an older or newer record is ignored, never misread. */
const version = 1;
/** A file changed this recently may change again within its time stamp's resolution: its header is read again next time. */
const racyMs = 2000;

/**
 * The picture checks' record of each file's header (by path, size and time of change), read from
 * `file` so a build in a new process need not open a picture it checked before; an unreadable
 * record is an empty one. The dev server keeps the same record in memory.
 */
export async function loadPictureHeaders(file: string): Promise<PictureCache> {
  const saved = await readFile(file, "utf8").then((text) => JSON.parse(text) as { version?: number; files?: Record<string, unknown> }).catch(() => undefined);
  if (saved?.version !== version || !saved.files || typeof saved.files !== "object") return new Map();
  return new Map(Object.entries(saved.files) as [string, PictureCache extends Map<string, infer V> ? V : never][]);
}

/**
 * Writes the record of `cache` (whole, renamed into place) for the files `inUse`, so it does not
 * grow with every picture ever checked, leaving out files changed moments ago.
 */
export async function savePictureHeaders(file: string, cache: PictureCache, inUse: ReadonlySet<string>, now = Date.now()): Promise<void> {
  const settled = [...cache]
    .filter(([picture, { key }]) => inUse.has(picture) && now - Number(key.split(":")[1]) >= racyMs)
    .sort(([a], [b]) => (a < b ? -1 : 1));
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.partial-${process.pid}-${Math.random().toString(36).slice(2)}`;
  await writeFile(temporary, JSON.stringify({ version, files: Object.fromEntries(settled) }));
  await rename(temporary, file);
}
