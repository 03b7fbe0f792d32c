import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import path from "node:path";
import { pictureSettings, type PictureSettings } from "../../settings/index.ts";

/** One output file of a picture, at the address the site serves it from. */
export interface PictureOutput {
  url: string;
  width: number;
  height: number;
}

/** A file the build made, with its size: a feed's enclosure states it. */
export interface ProcessedOutput extends PictureOutput {
  bytes: number;
}

/** A picture resized and converted: every format at every width, and the social card's crop. */
export interface ProcessedPicture {
  /** The cache entry, and the folder under the site's /img/ its files are served from. */
  key: string;
  /** Best format first, each smallest width first; the last format is the `<img>` fallback. */
  sources: { format: string; type: string; outputs: ProcessedOutput[] }[];
  card: PictureOutput;
}

/** The site folder pictures are served from. */
export const picturesUrl = "/img/";
const manifestName = "picture.json";
/** What a cache entry's picture.json holds: a change makes new keys, as old entries lack the new fields. */
const manifestVersion = 2;

const require = createRequire(import.meta.url);
/** An installed package's version, read from its folder (sharp's package.json is not among its exports). */
function installedVersion(name: string): string {
  const main = require.resolve(name);
  const folder = path.join(main.slice(0, main.lastIndexOf("node_modules")), "node_modules", name);
  return (JSON.parse(readFileSync(path.join(folder, "package.json"), "utf8")) as { version: string }).version;
}
/**
 * A new version of either encoder may write other bytes: their versions are part of every key.
 * sharp's stands for its libvips (each release ships one), so a picture found in the cache never
 * loads the native library.
 */
const encoderVersions = `eleventy-img ${installedVersion("@11ty/eleventy-img")}, sharp ${installedVersion("sharp")}`;

/**
 * eleventy-img and sharp, loaded when the first picture must be encoded: loading them (sharp opens
 * libvips) took ~0.1 s of every build, though a build whose pictures are all in the cache needs neither.
 */
let encoderModules: Promise<{ Image: typeof import("@11ty/eleventy-img").default; sharp: typeof import("sharp").default }> | undefined;
const loadEncoders = () =>
  (encoderModules ??= Promise.all([import("@11ty/eleventy-img"), import("sharp")]).then(([{ default: Image }, { default: sharp }]) => {
    // Never more pictures at once than cores, each on one libvips thread.
    Image.concurrency = availableParallelism();
    sharp.concurrency(1);
    return { Image, sharp };
  }));

// Settings chosen for small files at quality readers do not notice, and quick encodes (AVIF's effort
// is its slowest knob). Part of the cache key: a change processes every picture again.
const encoders = {
  sharpJpegOptions: { quality: 78, mozjpeg: true },
  sharpWebpOptions: { quality: 75 },
  sharpAvifOptions: { quality: 55, effort: 2 },
};

export interface ProcessPictureOptions {
  settings?: PictureSettings;
  /** The file's content hash from an earlier build (`sourceHash` of the result): the file is then read only to be processed. */
  sourceHash?: string;
  /** How a source file is read (tests count the reads). */
  readSource?: (file: string) => Promise<Buffer>;
}

/** The SHA-256 of a source file's bytes, in hex: what a cache entry's key is made from. */
export const hashSource = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

/**
 * A picture's outputs, from the cache in `cacheDir` when this file's bytes were processed with
 * these settings before (then nothing is decoded, and with a known `sourceHash` nothing is read),
 * else processed and put in the cache. A cache entry is a folder that appears whole: its files are
 * written in a temporary folder renamed into place, so a build stopped midway leaves no half-written entry.
 */
export async function processPicture(
  file: string,
  cacheDir: string,
  { settings = pictureSettings, sourceHash, readSource = (source) => readFile(source) }: ProcessPictureOptions = {},
): Promise<{ picture: ProcessedPicture; processed: boolean; sourceHash: string }> {
  let bytes = sourceHash === undefined ? await readSource(file) : undefined;
  const hash = sourceHash ?? hashSource(bytes!);
  const key = createHash("sha256").update(hash).update(JSON.stringify({ settings, encoders, encoderVersions, manifestVersion })).digest("hex").slice(0, 20);
  const folder = path.join(cacheDir, key);
  const cached = await readFile(path.join(folder, manifestName), "utf8").catch(() => undefined);
  if (cached) return { picture: JSON.parse(cached) as ProcessedPicture, processed: false, sourceHash: hash };
  bytes ??= await readSource(file);
  // The file changed since its hash was taken, though its size and time did not: its own key, then.
  if (sourceHash !== undefined && hashSource(bytes) !== sourceHash) return processPicture(file, cacheDir, { settings, readSource });

  const { Image, sharp } = await loadEncoders();
  const temporary = `${folder}.partial-${process.pid}-${Math.random().toString(36).slice(2)}`;
  await mkdir(temporary, { recursive: true });
  try {
    const urlPath = `${picturesUrl}${key}/`;
    const stats = await Image(bytes, {
      widths: settings.widths,
      formats: settings.formats,
      outputDir: temporary,
      urlPath,
      useCache: false, // this cache is ours, keyed by the bytes: eleventy-img's would trust any file of that name
      filenameFormat: (_id, _src, width, format) => `${width}.${format}`,
      ...encoders,
    });
    const sources = settings.formats
      .filter((format) => stats[format]?.length)
      .map((format) => ({ format, type: stats[format]![0]!.sourceType, outputs: stats[format]!.map(({ url, width, height, size }) => ({ url, width, height, bytes: size })) }));
    const { width, height } = settings.card;
    // A transparent picture gets a white ground: JPEG has none, and would show black.
    await sharp(bytes).rotate().resize(width, height, { fit: "cover" }).flatten({ background: "#ffffff" }).jpeg(encoders.sharpJpegOptions).toFile(path.join(temporary, "card.jpeg"));
    const picture: ProcessedPicture = { key, sources, card: { url: `${urlPath}card.jpeg`, width, height } };
    await writeFile(path.join(temporary, manifestName), JSON.stringify(picture));
    await rename(temporary, folder).catch(async (error: NodeJS.ErrnoException) => {
      // Another build (the dev server and a build at once) put the same entry in place first.
      if (error.code !== "ENOTEMPTY" && error.code !== "EEXIST") throw error;
    });
    return { picture, processed: true, sourceHash: hash };
  } finally {
    await rm(temporary, { recursive: true, force: true });
  }
}

/** The files of a cache entry the site serves (all but its description). */
export function pictureFiles(picture: ProcessedPicture): string[] {
  return [...picture.sources.flatMap((source) => source.outputs), picture.card].map((output) => output.url.slice(`${picturesUrl}${picture.key}/`.length));
}
