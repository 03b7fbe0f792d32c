import type { EleventyConfig } from "./src/eleventy-config.ts";
import { digestPlugin, pluginOptionsFromEnv } from "./src/plugin.ts";
import { readSiteSettings } from "./src/site.ts";

// Wiring only: everything this site does lives in src/ and layouts/.
export default function (eleventyConfig: EleventyConfig) {
  eleventyConfig.addPlugin(digestPlugin, { settings: readSiteSettings(process.env), ...pluginOptionsFromEnv(process.env) });
  return {
    dir: { input: "layouts", includes: "_includes", output: "dist" },
    templateFormats: ["njk"],
    htmlTemplateEngine: "njk",
  };
}
