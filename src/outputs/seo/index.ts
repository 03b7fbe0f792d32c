// For search engines: sitemaps, the news sitemap, structured data.
export { seoPlugin, type SeoPluginOptions } from "./plugin.ts";
