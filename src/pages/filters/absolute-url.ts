import type { SiteSettings } from "../../settings/index.ts";
/**
 * `/topics/x/` → `https://example.org/topics/x/`, for canonical links, feeds and sitemaps.
 * With a path prefix (`/news/`) the URL stays inside it: `https://example.org/news/topics/x/`.
 * Full URLs pass through unchanged.
 */
export function absoluteUrl(path: string, baseUrl: string, pathPrefix = "/"): string {
  if (/^[a-z][a-z\d+.-]*:/i.test(path)) return path;
  const relative = path.replace(/^\/+/, "");
  const base = baseHref(baseUrl, pathPrefix);
  // Most paths are the model's own (`/2023/09/05/`): appended as they are, they are what URL
  // parsing would give, without its cost on every link of every page.
  if (base.endsWith("/") && plainPath.test(relative) && !dotSegment.test(relative)) return base + relative;
  return new URL(relative, base).href;
}

// Nothing to percent-encode, no query or fragment to split; `.` and `..` segments would be resolved.
const plainPath = /^[\w\-.~/]*$/;
const dotSegment = /(?:^|\/)\.{1,2}(?:\/|$)/;

// The site's base, parsed once (a build has one; tests and the dev server may switch).
let lastBase = { baseUrl: "", pathPrefix: "", href: "" };
function baseHref(baseUrl: string, pathPrefix: string): string {
  if (lastBase.baseUrl !== baseUrl || lastBase.pathPrefix !== pathPrefix) lastBase = { baseUrl, pathPrefix, href: new URL(`${baseUrl}${pathPrefix}`).href };
  return lastBase.href;
}

/** The `absoluteUrl` filter: a root-relative path on the site's origin, under its path prefix. */
export const absoluteUrlFilter = (settings: SiteSettings) => (path: string) => absoluteUrl(path, settings.baseUrl, settings.pathPrefix);
