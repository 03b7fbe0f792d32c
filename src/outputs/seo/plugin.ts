import { pageIndex, type Article, type CollectionIndex, type CollectionPage, type Digest, type TopicPage } from "../../model/index.ts";
import type { DigestSource, EleventyConfig } from "../../pages/index.ts";
import { collectionStructuredData } from "./collection-data.ts";
import { newsSitemap } from "./news-sitemap.ts";
import { htmlPageUrls, sitemap, sitemapFiles, sitemapLimits, type BuiltPage, type SitemapFile, type SitemapLimits } from "./sitemap.ts";
import { structuredData, type PictureRef } from "./structured-data.ts";

export interface SeoPluginOptions {
  source: DigestSource;
  /** When the sitemap splits into an index and parts. */
  limits: SitemapLimits;
}

export const defaultSeoPluginOptions = { limits: sitemapLimits };

/** Sitemaps, the news sitemap and each page's schema.org data, for search engines. */
export function seoPlugin(eleventyConfig: EleventyConfig, userOptions: Partial<SeoPluginOptions> & Pick<SeoPluginOptions, "source">): void {
  const { source, limits } = { ...defaultSeoPluginOptions, ...userOptions };
  const { settings } = source;
  // How many files the sitemap takes depends on the model: layouts/sitemap.njk paginates over them.
  eleventyConfig.addGlobalData("sitemapFiles", () => source.digest().then((digest) => sitemapFiles(pageIndex(digest), limits)));
  eleventyConfig.addFilter("sitemap", (file: SitemapFile, pages: BuiltPage[], digest: Digest) => sitemap(file, htmlPageUrls(pages), pageIndex(digest), settings, limits));
  eleventyConfig.addFilter("newsSitemap", (digest: Digest) => newsSitemap(pageIndex(digest), settings));
  eleventyConfig.addFilter("structuredData", (article: Article | undefined, topicPage: TopicPage | undefined, card?: PictureRef) => structuredData(article, topicPage, settings, card));
  // Tag, outlet, entity and index pages: layouts/_includes/partials/collection-structured-data.njk.
  eleventyConfig.addFilter("collectionStructuredData", (page: CollectionPage | undefined, index: CollectionIndex | undefined) => collectionStructuredData(page, index, settings));
}
