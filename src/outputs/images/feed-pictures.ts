import { escapeText } from "../../markdown/index.ts";
import type { ProcessedOutput, ProcessedPicture } from "./process.ts";

/** The fallback format's largest file (a JPEG): what a reader that knows nothing newer shows. */
export function largestFallback(picture: ProcessedPicture): ProcessedOutput & { type: string } {
  const fallback = picture.sources.at(-1)!;
  return { ...fallback.outputs.at(-1)!, type: fallback.type };
}

/**
 * A picture as feed readers show it: one `<img>` of the largest JPEG with its size. Readers
 * strip `<source>` and `srcset` or ignore them, and not all show AVIF or WebP. Root-relative: the
 * feed makes the address absolute with the rest of the article's links.
 */
export function feedPictureHtml(picture: ProcessedPicture, alt: string): string {
  const file = largestFallback(picture);
  return `<img src="${escapeText(file.url)}" alt="${escapeText(alt)}" width="${file.width}" height="${file.height}">`;
}
