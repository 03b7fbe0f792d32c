import { configureDevServer } from "./src/dev-server.ts";
import type { EleventyConfig } from "./src/eleventy-config.ts";
import { digestPlugin } from "./src/plugin.ts";
import { optionsFromEnv } from "./src/plugin-options.ts";

// Wiring only: everything this site does lives in src/ and layouts/.
export default function (eleventyConfig: EleventyConfig) {
  const options = optionsFromEnv(process.env);
  eleventyConfig.addPlugin(digestPlugin, options);
  configureDevServer(eleventyConfig, process.env);
  return {
    dir: { input: "layouts", includes: "_includes", output: "dist" },
    templateFormats: ["njk"],
    htmlTemplateEngine: "njk",
    // HtmlBasePlugin (added by digestPlugin) puts this in front of every root-relative URL in HTML.
    pathPrefix: options.settings.pathPrefix,
  };
}
