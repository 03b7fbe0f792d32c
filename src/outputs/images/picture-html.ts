import { escapeText } from "../../markdown/index.ts";
import type { ProcessedPicture } from "./process.ts";

export interface PictureHtmlOptions {
  alt: string;
  sizes: string;
  /** `lazy` below the fold (thumbnails, body pictures); a lead picture loads at once. */
  loading: "lazy" | "eager";
}

/**
 * `<picture>` with one `<source>` a format (best first) and the last format as the `<img>`, whose
 * width and height give the browser the picture's shape before it loads: no layout shift.
 */
export function pictureHtml(picture: ProcessedPicture, { alt, sizes, loading }: PictureHtmlOptions): string {
  const srcset = (outputs: ProcessedPicture["sources"][number]["outputs"]) => outputs.map((o) => `${o.url} ${o.width}w`).join(", ");
  const fallback = picture.sources.at(-1)!;
  const largest = fallback.outputs.at(-1)!;
  const sources = picture.sources
    .slice(0, -1)
    .map((source) => `<source type="${source.type}" srcset="${escapeText(srcset(source.outputs))}" sizes="${escapeText(sizes)}">`)
    .join("");
  const img =
    `<img src="${escapeText(largest.url)}" srcset="${escapeText(srcset(fallback.outputs))}" sizes="${escapeText(sizes)}" alt="${escapeText(alt)}" ` +
    `width="${largest.width}" height="${largest.height}" loading="${loading}" decoding="async">`;
  return `<picture>${sources}${img}</picture>`;
}

/** A picture with its caption and credit (`Photo: …`) under it; either may be absent. */
export function figureHtml(picture: string, caption: string | undefined, credit: string | undefined): string {
  const parts = [caption && escapeText(caption), credit && `<span class="credit">${escapeText(credit)}</span>`].filter(Boolean);
  return `<figure class="picture">${picture}${parts.length ? `<figcaption>${parts.join(" ")}</figcaption>` : ""}</figure>`;
}
