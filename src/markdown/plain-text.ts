import { escapeText } from "./escape.ts";

/**
 * The flattened rendering: every paragraph as plain, escaped text, with no Markdown read at all.
 * Nothing in it needs sanitizing (and sanitizing 900 KB of escaped tags took seconds).
 */
export function plainParagraphs(markdown: string): string {
  return markdown
    .split(/(?:\r\n|\r|\n)[ \t]*(?:\r\n|\r|\n)/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map((paragraph) => `<p>${escapeText(paragraph)}</p>\n`)
    .join("");
}
