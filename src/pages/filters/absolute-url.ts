import type { SiteSettings } from "../../settings/index.ts";
/**
 * `/topics/x/` → `https://example.org/topics/x/`, for canonical links, feeds and sitemaps.
 * With a path prefix (`/news/`) the URL stays inside it: `https://example.org/news/topics/x/`.
 * Full URLs pass through unchanged.
 */
export function absoluteUrl(path: string, baseUrl: string, pathPrefix = "/"): string {
  if (/^[a-z][a-z\d+.-]*:/i.test(path)) return path;
  return new URL(path.replace(/^\/+/, ""), `${baseUrl}${pathPrefix}`).href;
}

/** The `absoluteUrl` filter: a root-relative path on the site's origin, under its path prefix. */
export const absoluteUrlFilter = (settings: SiteSettings) => (path: string) => absoluteUrl(path, settings.baseUrl, settings.pathPrefix);
