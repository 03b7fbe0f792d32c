import type { EleventyConfig } from "./src/pages/eleventy-types.ts";
import { digestPlugin } from "./src/pages/plugin.ts";
import { optionsFromEnv } from "./src/settings/options.ts";

// Wiring only: everything this site does lives in src/ and layouts/.
export default function (eleventyConfig: EleventyConfig) {
  const options = optionsFromEnv(process.env);
  eleventyConfig.addPlugin(digestPlugin, options);
  return {
    dir: { input: "layouts", includes: "_includes", output: "dist" },
    templateFormats: ["njk"],
    htmlTemplateEngine: "njk",
    // HtmlBasePlugin (added by digestPlugin) puts this in front of every root-relative URL in HTML.
    pathPrefix: options.settings.pathPrefix,
  };
}
