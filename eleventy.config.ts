import type { EleventyConfig } from "./src/eleventy-config.ts";
import { digestPlugin, optionsFromEnv } from "./src/plugin.ts";

// Wiring only: everything this site does lives in src/ and layouts/.
export default function (eleventyConfig: EleventyConfig) {
  eleventyConfig.addPlugin(digestPlugin, optionsFromEnv(process.env));
  return {
    dir: { input: "layouts", includes: "_includes", output: "dist" },
    templateFormats: ["njk"],
    htmlTemplateEngine: "njk",
  };
}
