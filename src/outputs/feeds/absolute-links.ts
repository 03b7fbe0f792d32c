import sanitizeHtml from "sanitize-html";

const rootRelative = /^\/(?!\/)/;

/**
 * Article HTML with root-relative `href`/`src` made absolute by `toAbsolute`, for feeds: a feed
 * reader shows the HTML away from the site, where `/2023/09/…` would point nowhere. The HTML is
 * already sanitized; this only rewrites those two attributes and keeps everything else.
 */
export function absoluteLinks(html: string, toAbsolute: (path: string) => string): string {
  if (!/(?:href|src)\s*=\s*["']?\//i.test(html)) return html;
  const rewrite = (attribute: "href" | "src") => (tagName: string, attribs: sanitizeHtml.Attributes) => {
    const value = attribs[attribute];
    return { tagName, attribs: value && rootRelative.test(value) ? { ...attribs, [attribute]: toAbsolute(value) } : attribs };
  };
  return sanitizeHtml(html, {
    allowedTags: false,
    allowedAttributes: false,
    allowVulnerableTags: true,
    transformTags: { a: rewrite("href"), img: rewrite("src") },
  });
}
