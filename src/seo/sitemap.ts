import { absoluteUrl } from "../filters/absolute-url.ts";
import type { SiteSettings } from "../site.ts";
import type { PageIndex } from "./page-index.ts";
import { escapeXml } from "./xml.ts";

/** The not-found page is served for missing addresses; it is no page to list. */
const notListed = new Set(["/404.html"]);

/**
 * `/sitemap.xml`: every HTML page of the site — those in `urls` (root-relative: the templates
 * Eleventy lists in its collections) and every page of the model — each with the time of the
 * newest article it shows, or the site's newest article for pages that show none.
 */
export function sitemap(urls: readonly string[], index: PageIndex, site: SiteSettings): string {
  const entries = [...new Set([...urls, ...index.modelPageUrls])]
    .filter((url) => !notListed.has(url))
    .sort()
    .map((url) => {
      const lastmod = index.newestOnPage.get(url) ?? index.newest;
      const loc = absoluteUrl(url, site.baseUrl, site.pathPrefix);
      return `  <url>\n    <loc>${escapeXml(loc)}</loc>\n${lastmod ? `    <lastmod>${lastmod}</lastmod>\n` : ""}  </url>\n`;
    });
  return `<?xml version="1.0" encoding="utf-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.join("")}</urlset>`;
}

/** The part of an Eleventy collection item (`collections.all`) the sitemap reads. */
export interface BuiltPage {
  url?: string | false;
  outputPath?: string | false;
}

/** The root-relative URLs of the pages written as HTML: not feeds, sitemaps or robots.txt. */
export function htmlPageUrls(pages: readonly BuiltPage[]): string[] {
  return pages.flatMap((p) => (typeof p.url === "string" && typeof p.outputPath === "string" && p.outputPath.endsWith(".html") ? [p.url] : []));
}
