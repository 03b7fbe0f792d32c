// What raw HTML in an article may keep: formatting, tables and figures stay; scripts, styles,
// frames, forms and landmarks go.
import sanitizeHtml from "sanitize-html";
import { urlScheme } from "./urls.ts";

export const allowedTags = [
  ...sanitizeHtml.defaults.allowedTags.filter((tag) => !["main", "nav", "header", "footer", "article", "aside"].includes(tag)),
  "img", "del", "ins", "details", "summary",
];
export const allowedAttributes: Record<string, string[]> = {
  a: ["href", "title", "rel", "hreflang"],
  img: ["src", "srcset", "alt", "title", "width", "height", "loading"],
  td: ["align", "colspan", "rowspan"],
  th: ["align", "colspan", "rowspan", "scope"],
  ol: ["start", "reversed"],
  code: ["class"],
  time: ["datetime"],
  "*": ["lang", "dir"],
};
export const allowedClasses: Record<string, RegExp[]> = { code: [/^language-[\w-]+$/] };
/** Links may also write mail; images load only from the web. */
export const allowedSchemes = ["http", "https", "mailto"];
export const allowedSchemesByTag: Record<string, string[]> = { img: ["http", "https"] };
export const urlAttributes = ["href", "src"];
/** Attributes whose empty value means something; sanitize-html drops other empty ones, and so do we. */
export const meaningfulWhenEmpty = ["alt", "reversed"];

/** Whether the allowlist lets `tag` (`a` or `img`) point at this URL. */
export function schemeAllowed(tag: string, value: string): boolean {
  const scheme = urlScheme(value);
  return scheme === undefined || (allowedSchemesByTag[tag] ?? allowedSchemes).includes(scheme);
}
