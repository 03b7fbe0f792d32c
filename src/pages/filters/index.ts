import type { EleventyConfig } from "../eleventy-types.ts";
import { atomFeed } from "../../outputs/feeds/atom.ts";
import { feedData } from "../../outputs/feeds/feed-data.ts";
import { jsonFeed } from "../../outputs/feeds/json-feed.ts";
import type { Digest } from "../../model/build.ts";
import { newsSitemap } from "../../outputs/seo/news-sitemap.ts";
import { pageIndex } from "../../model/page-index.ts";
import { htmlPageUrls, sitemap, type BuiltPage, type SitemapFile } from "../../outputs/seo/sitemap.ts";
import type { SiteSettings } from "../../settings/site.ts";
import { absoluteUrl } from "./absolute-url.ts";
import { articleAt } from "./article-at.ts";
import { jsonLd } from "./json-ld.ts";
import { readableDate, type DateStyle } from "./readable-date.ts";
import { structuredData } from "./structured-data.ts";
import { topicPageAt } from "./topic-page-at.ts";

/** Every template filter, registered in one place; each lives in its own module. */
export function registerFilters(eleventyConfig: EleventyConfig, settings: SiteSettings): void {
  eleventyConfig.addFilter("readableDate", (iso: string, style: DateStyle = "weekday") =>
    readableDate(iso, style, settings.timeZone, settings.locale),
  );
  eleventyConfig.addFilter("absoluteUrl", (path: string) => absoluteUrl(path, settings.baseUrl, settings.pathPrefix));
  eleventyConfig.addFilter("articleAt", (url: string, digest: Digest) => articleAt(url, digest));
  eleventyConfig.addFilter("topicPageAt", (url: string, digest: Digest) => topicPageAt(url, digest));
  eleventyConfig.addFilter("structuredData", (url: string, digest: Digest) => structuredData(url, digest, settings));
  eleventyConfig.addFilter("jsonLd", (value: unknown) => jsonLd(value));
  eleventyConfig.addFilter("atomFeed", (digest: Digest, topicSlug?: string) => atomFeed(feedData(digest, settings, topicSlug)));
  eleventyConfig.addFilter("jsonFeed", (digest: Digest, topicSlug?: string) => jsonFeed(feedData(digest, settings, topicSlug)));
  eleventyConfig.addFilter("sitemap", (file: SitemapFile, pages: BuiltPage[], digest: Digest) => sitemap(file, htmlPageUrls(pages), pageIndex(digest), settings));
  eleventyConfig.addFilter("newsSitemap", (digest: Digest) => newsSitemap(pageIndex(digest), settings));
}
