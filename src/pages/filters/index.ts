import type { SiteSettings } from "../../settings/index.ts";
import type { EleventyConfig } from "../eleventy-types.ts";
import { absoluteUrlFilter } from "./absolute-url.ts";
export { articleItemFilter } from "./article-item.ts";
import { jsonLd } from "./json-ld.ts";
import { readableDateFilter } from "./readable-date.ts";

/** The page templates' filters, registered in one place; each lives in its own module. (Outputs register their own.) */
export function registerFilters(eleventyConfig: EleventyConfig, settings: SiteSettings): void {
  eleventyConfig.addFilter("readableDate", readableDateFilter(settings));
  eleventyConfig.addFilter("absoluteUrl", absoluteUrlFilter(settings));
  eleventyConfig.addFilter("jsonLd", jsonLd);
}
