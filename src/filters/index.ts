import type { EleventyConfig } from "../eleventy-config.ts";
import type { SiteSettings } from "../site.ts";
import { absoluteUrl } from "./absolute-url.ts";
import { readableDate, type DateStyle } from "./readable-date.ts";

/** Every template filter, registered in one place; each lives in its own module. */
export function registerFilters(eleventyConfig: EleventyConfig, settings: SiteSettings): void {
  eleventyConfig.addFilter("readableDate", (iso: string, style: DateStyle = "weekday") =>
    readableDate(iso, style, settings.timeZone, settings.locale),
  );
  eleventyConfig.addFilter("absoluteUrl", (path: string) => absoluteUrl(path, settings.baseUrl));
}
