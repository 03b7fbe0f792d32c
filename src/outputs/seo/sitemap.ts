import { latestTime } from "../../content/index.ts";
import { absoluteUrl } from "../../pages/index.ts";
import type { SiteSettings } from "../../settings/index.ts";
import type { PageIndex } from "../../model/index.ts";
import { escapeText } from "../../markdown/index.ts";

/** The not-found page is served for missing addresses; it is no page to list. */
const notListed = new Set(["/404.html"]);

/** The sitemaps protocol allows 50,000 URLs a file; a bigger site lists its files in an index. */
export interface SitemapLimits {
  urlsPerFile: number;
  /** Room kept in the first file for the pages Eleventy renders itself (home, topics, search): a handful. */
  eleventyPages: number;
}
export const sitemapLimits: SitemapLimits = { urlsPerFile: 50_000, eleventyPages: 1_000 };

/** One file of the sitemap: `/sitemap.xml` with every page, or, for a big site, an index and its parts. */
export type SitemapFile =
  | { url: string; kind: "all" }
  | { url: string; kind: "index"; parts: string[] }
  | { url: string; kind: "part"; number: number };

/** The sitemap's files, known before any page renders: the model's pages decide how many. */
export function sitemapFiles(index: PageIndex, limits: SitemapLimits = sitemapLimits): SitemapFile[] {
  const perPart = limits.urlsPerFile - limits.eleventyPages;
  const count = index.modelPageUrls.length;
  if (count <= perPart) return [{ url: "/sitemap.xml", kind: "all" }];
  const parts = Array.from({ length: Math.ceil(count / perPart) }, (_, i) => `/sitemap-${i + 1}.xml`);
  return [{ url: "/sitemap.xml", kind: "index", parts }, ...parts.map((url, i) => ({ url, kind: "part" as const, number: i + 1 }))];
}

/**
 * One file of the sitemap. A list holds every HTML page it covers — those in `urls`
 * (root-relative: the templates Eleventy lists in its collections) go in the first — each with
 * the time of the newest article it shows, or the site's newest article for pages that show
 * none. An index names its parts with the newest time in each.
 */
export function sitemap(file: SitemapFile, urls: readonly string[], index: PageIndex, site: SiteSettings, limits: SitemapLimits = sitemapLimits): string {
  const ownPages = urls.filter((url) => !notListed.has(url));
  if (file.kind === "all") return urlset([...new Set([...ownPages, ...index.modelPageUrls])].sort(), index, site);
  if (ownPages.length > limits.eleventyPages) throw new Error(`sitemap: ${ownPages.length} pages from templates, room for ${limits.eleventyPages}`);
  const perPart = limits.urlsPerFile - limits.eleventyPages;
  const modelUrls = sortedModelUrls(index);
  // The first part also lists the template pages (home, topics, search): the index's date for it counts them too.
  const inPart = (number: number) => {
    const part = modelUrls.slice((number - 1) * perPart, number * perPart);
    return number === 1 ? [...new Set([...ownPages, ...part])].sort() : part;
  };
  if (file.kind === "part") return urlset(inPart(file.number), index, site);
  const entries = file.parts.map((url, i) => {
    const lastmod = latestTime(inPart(i + 1).map((page) => index.newestOnPage.get(page) ?? index.newest));
    return `  <sitemap>\n    <loc>${escapeText(absoluteUrl(url, site.baseUrl, site.pathPrefix))}</loc>\n${lastmod ? `    <lastmod>${lastmod}</lastmod>\n` : ""}  </sitemap>\n`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.join("")}</sitemapindex>`;
}

function urlset(urls: readonly string[], index: PageIndex, site: SiteSettings): string {
  const entries = urls.map((url) => {
    const lastmod = index.newestOnPage.get(url) ?? index.newest;
    const loc = absoluteUrl(url, site.baseUrl, site.pathPrefix);
    return `  <url>\n    <loc>${escapeText(loc)}</loc>\n${lastmod ? `    <lastmod>${lastmod}</lastmod>\n` : ""}  </url>\n`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.join("")}</urlset>`;
}

// Each part's template asks for the same sorted list: sort once per build's model (a WeakMap
// keyed by that build's page index, so it lives exactly as long as the index).
const sorted = new WeakMap<PageIndex, string[]>();
function sortedModelUrls(index: PageIndex): string[] {
  let urls = sorted.get(index);
  if (!urls) sorted.set(index, (urls = [...new Set(index.modelPageUrls)].filter((url) => !notListed.has(url)).sort()));
  return urls;
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
