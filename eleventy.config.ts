import { emailPlugin } from "./src/outputs/email/index.ts";
import { feedsPlugin } from "./src/outputs/feeds/index.ts";
import { imagesPlugin, PictureShelf } from "./src/outputs/images/index.ts";
import { seoPlugin } from "./src/outputs/seo/index.ts";
import { configureDevServer, createDigestSource, digestPlugin, type DigestSource, type DigestSourceOptions, type EleventyConfig } from "./src/pages/index.ts";
import { optionsFromEnv } from "./src/settings/index.ts";

// Wiring only: everything this site does lives in src/ and layouts/.

/** The plugins and folders of the site; `npm run build` calls this too, with its own options. */
export function wireSite(eleventyConfig: EleventyConfig, options: DigestSourceOptions): void {
  addSite(eleventyConfig, createDigestSource(eleventyConfig, options), options);
}

function addSite(eleventyConfig: EleventyConfig, source: DigestSource, options: DigestSourceOptions): void {
  eleventyConfig.addPlugin(digestPlugin, { source });
  const pictures = new PictureShelf(); // processed by imagesPlugin, shown by pages and feeds
  eleventyConfig.addPlugin(feedsPlugin, { source, pictures });
  eleventyConfig.addPlugin(seoPlugin, { source });
  eleventyConfig.addPlugin(emailPlugin, { source });
  eleventyConfig.addPlugin(imagesPlugin, { source, cacheDir: options.imageCache, pictures });
  eleventyConfig.setIncludesDirectory("_includes");
  eleventyConfig.setTemplateFormats(["njk"]);
}

/** The dev server's configuration (`npm start`): options from the environment. */
export default function (eleventyConfig: EleventyConfig) {
  const options = optionsFromEnv();
  const source = createDigestSource(eleventyConfig, options);
  addSite(eleventyConfig, source, options);
  configureDevServer(eleventyConfig, options, source); // its pages show the source's problems
  // HtmlBasePlugin (added by digestPlugin) puts the prefix in front of every root-relative URL in HTML.
  return { dir: { input: "layouts", output: "dist" }, pathPrefix: options.settings.pathPrefix };
}
