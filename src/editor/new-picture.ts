import { constants } from "node:fs";
import { copyFile, mkdir, stat } from "node:fs/promises";
import path from "node:path";
import { quote } from "../text/index.ts";

/** What `--image`, `--alt` and `--credit` asked for. */
export interface PictureInput {
  image?: string;
  alt?: string;
  credit?: string;
}

/** The `image:` field of a new article and the copy that puts the picture next to it. */
export type NewPicture = { field?: { src: string; alt: string; credit?: string }; copy?: { from: string; to: string } } | { error: string };

const pictureExtensions = [".jpg", ".jpeg", ".png", ".webp", ".avif", ".gif", ".svg"];

/** Checks the flags and names the copy: the article's file name with the picture's extension, next to it. */
export function newPicture({ image, alt, credit }: PictureInput, articleFile: string): NewPicture {
  if (image === undefined) {
    const stray = [alt !== undefined && "--alt", credit !== undefined && "--credit"].filter(Boolean);
    return stray.length ? { error: `${stray.join(" and ")} describe${stray.length === 1 ? "s" : ""} a picture: add --image path/to/photo.jpg` } : {};
  }
  if (!image.trim()) return { error: "--image is empty: give the picture's file, e.g. --image ~/Downloads/photo.jpg" };
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(image)) return { error: `--image ${quote(image)} is a web address: download the picture and give its file` };
  const extension = path.extname(image).toLowerCase();
  if (!pictureExtensions.includes(extension)) return { error: `--image ${quote(image)} is not a JPEG, PNG, WebP, AVIF, GIF or SVG file` };
  if (!alt?.trim()) return { error: '--alt is missing: describe what the picture shows for readers who cannot see it, e.g. --alt "Map of Java with the flooded districts marked"' };
  if (credit !== undefined && !credit.trim()) return { error: "--credit is empty: leave it out or name who made the picture" };
  const to = articleFile.replace(/\.md$/, extension === ".jpeg" ? ".jpg" : extension);
  return { field: { src: path.basename(to), alt: alt.trim(), ...(credit ? { credit: credit.trim() } : {}) }, copy: { from: image, to } };
}

/** Copies the picture next to the article, never over a file; an error message, or undefined when copied. */
export async function copyPicture({ from, to }: { from: string; to: string }, shown: (file: string) => string): Promise<string | undefined> {
  const source = await stat(from).catch(() => undefined);
  if (!source?.isFile()) return `--image ${quote(from)}: no such file`;
  try {
    await mkdir(path.dirname(to), { recursive: true });
    await copyFile(from, to, constants.COPYFILE_EXCL);
    return undefined;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === "EEXIST" ? `${shown(to)} already exists: not overwritten` : `could not copy the picture to ${shown(to)}: ${code ?? (error as Error).message}`;
  }
}
