const entities: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
/** Everything XML 1.0 cannot hold: most control characters, lone surrogates, U+FFFE and U+FFFF. */
const forbiddenInXml = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/**
 * Plain text as HTML or XML text, in element content or a quoted attribute value: markup
 * characters become entities (`&#39;`, which HTML and XML both read, for `'`) and characters XML
 * forbids are dropped, so the same text is safe in a page, a feed and a sitemap.
 */
export function escapeText(text: string): string {
  return text.replace(forbiddenInXml, "").replace(/[&<>"']/g, (c) => entities[c]!);
}
