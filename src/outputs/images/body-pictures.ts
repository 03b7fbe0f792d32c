import type { ArticlePicture } from "../../model/index.ts";
import { figureHtml } from "./picture-html.ts";
import type { ProcessedPicture } from "./process.ts";

const entities: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
/** An attribute value as written by marked or the sanitizer, which quote with " and escape with entities. */
const decodeAttribute = (value: string) =>
  value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) =>
    name[0] === "#" ? String.fromCodePoint(parseInt(name[1] === "x" || name[1] === "X" ? name.slice(2) : name.slice(1), name[1]?.toLowerCase() === "x" ? 16 : 10)) : entities[name.toLowerCase()] ?? entity,
  );
const attribute = (tag: string, name: string) => {
  const value = new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
  return value === undefined ? undefined : decodeAttribute(value);
};
/** marked writes a URL percent-encoded: `./péta.jpg` comes out as `./p%C3%A9ta.jpg`. */
const sameUrl = (written: string) => {
  try {
    return decodeURI(written);
  } catch {
    return written;
  }
};

/**
 * An article's body HTML with each of its local pictures shown by `show` (a sized, responsive
 * `<picture>` on pages, a plain `<img>` in feeds): a picture alone in its paragraph becomes a
 * `<figure>` whose caption is the Markdown title. The
 * HTML is the sanitized body, whose tags are well formed and attributes double-quoted, so a tag is
 * found by a pattern; every value put back is escaped again.
 */
export function withBodyPictures(
  html: string,
  pictures: readonly ArticlePicture[],
  processed: (picture: ArticlePicture) => ProcessedPicture | undefined,
  show: (picture: ProcessedPicture, alt: string) => string,
): string {
  if (!pictures.length) return html;
  const bySrc = new Map(pictures.map((picture) => [sameUrl(picture.src), picture]));
  const replace = (tag: string, alone: boolean) => {
    const src = attribute(tag, "src");
    const picture = src === undefined ? undefined : bySrc.get(sameUrl(src));
    const done = picture && processed(picture);
    if (!done) return undefined;
    const markup = show(done, attribute(tag, "alt") ?? picture.alt);
    return alone ? figureHtml(markup, attribute(tag, "title"), undefined) : markup;
  };
  return html
    .replace(/<p>\s*(<img\s[^>]*>)\s*<\/p>/g, (whole, tag: string) => replace(tag, true) ?? whole)
    .replace(/<img\s[^>]*>/g, (tag) => replace(tag, false) ?? tag);
}
