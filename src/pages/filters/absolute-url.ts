/**
 * `/topics/x/` → `https://example.org/topics/x/`, for canonical links, feeds and sitemaps.
 * With a path prefix (`/news/`) the URL stays inside it: `https://example.org/news/topics/x/`.
 * Full URLs pass through unchanged.
 */
export function absoluteUrl(path: string, baseUrl: string, pathPrefix = "/"): string {
  if (/^[a-z][a-z\d+.-]*:/i.test(path)) return path;
  return new URL(path.replace(/^\/+/, ""), `${baseUrl}${pathPrefix}`).href;
}
