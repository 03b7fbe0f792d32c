import { DateTime } from "luxon";
import { absoluteUrl } from "../../pages/index.ts";
import type { Article } from "../../model/index.ts";
import type { SiteSettings } from "../../settings/index.ts";
import type { PageIndex } from "../../model/index.ts";
import { escapeText } from "../../markdown/index.ts";

/** Google News reads at most 1,000 URLs from one news sitemap. */
export const newsSitemapLimit = 1_000;

/**
 * The articles of the newest two days of content: the day of the newest article and the day
 * before it, in the site's zone, at most the newest 1,000. Counting from the newest article
 * rather than the clock keeps the build reproducible and a quiet week from emptying the sitemap.
 * An older article updated or corrected in those days is news again: it follows, newest change first.
 */
export function newsArticles(index: PageIndex, site: SiteSettings): Article[] {
  const newest = index.newestFirst[0];
  if (!newest) return [];
  const firstDay = DateTime.fromISO(newest.day.key, { zone: site.timeZone }).minus({ days: 1 }).toISODate()!;
  const out: Article[] = [];
  let i = 0;
  for (; i < index.newestFirst.length; i++) {
    const article = index.newestFirst[i]!;
    if (article.day.key < firstDay || out.length === newsSitemapLimit) break;
    out.push(article);
  }
  const updated = index.newestFirst.slice(i).filter((article) => article.updated && article.updated.slice(0, 10) >= firstDay);
  updated.sort((a, b) => Date.parse(b.updated!) - Date.parse(a.updated!));
  return out.concat(updated).slice(0, newsSitemapLimit);
}

/** `/news-sitemap.xml` in Google's News sitemap format. */
export function newsSitemap(index: PageIndex, site: SiteSettings): string {
  const entries = newsArticles(index, site).map((article) => {
    const loc = absoluteUrl(article.url, site.baseUrl, site.pathPrefix);
    return [
      "  <url>",
      `    <loc>${escapeText(loc)}</loc>`,
      "    <news:news>",
      "      <news:publication>",
      `        <news:name>${escapeText(site.title)}</news:name>`,
      // Google names a publication by name and language: an Indonesian article is the Indonesian edition.
      `        <news:language>${escapeText(newsLanguage(article.lang))}</news:language>`,
      "      </news:publication>",
      `      <news:publication_date>${article.published}</news:publication_date>`,
      `      <news:title>${escapeText(article.title)}</news:title>`,
      "    </news:news>",
      "  </url>",
      "",
    ].join("\n");
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">',
    `${entries.join("")}</urlset>`,
  ].join("\n");
}

/** Google wants an ISO 639 code, with zh-cn and zh-tw the only regional forms. */
export function newsLanguage(tag: string): string {
  const lower = tag.toLowerCase();
  if (lower === "zh-cn" || lower === "zh-tw") return lower;
  if (lower.startsWith("zh-hans")) return "zh-cn";
  if (lower.startsWith("zh-hant")) return "zh-tw";
  return lower.split("-")[0]!;
}
