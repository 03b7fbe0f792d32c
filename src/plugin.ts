import path from "node:path";
import { HtmlBasePlugin } from "@11ty/eleventy";
import { DateTime } from "luxon";
import { writeArticlePages } from "./article-pages.ts";
import { createDigestCache, loadDigest, type LoadedDigest } from "./digest.ts";
import type { EleventyConfig, NunjucksEnvironment } from "./eleventy-config.ts";
import type { Digest } from "./model.ts";
import { registerFilters } from "./filters/index.ts";
import { wordsFor } from "./i18n.ts";
import { formatProblem } from "./problems.ts";
import { defaultSiteSettings, readSiteSettings, SettingsError, type SiteSettings } from "./site.ts";

export interface DigestPluginOptions {
  settings: SiteSettings;
  /** Folder of articles and `topics/`. */
  articlesDir: string;
  /** The moment that decides which articles are scheduled; pin it for reproducible builds. */
  now?: DateTime;
  includeDrafts: boolean;
  includeScheduled: boolean;
}

export const defaultPluginOptions: DigestPluginOptions = {
  settings: defaultSiteSettings,
  articlesDir: "articles",
  includeDrafts: false,
  includeScheduled: false,
};

let preloaded: LoadedDigest | undefined;

/**
 * Hands a digest the build command has already loaded and checked to the next Eleventy run,
 * so content is read once per build. The dev server never calls this and reloads every time.
 */
export function usePreloadedDigest(loaded: LoadedDigest): void {
  preloaded = loaded;
}

/** Feeds the digest model, the site settings and the UI words to the templates in `layouts/`. */
export function digestPlugin(eleventyConfig: EleventyConfig, userOptions: Partial<DigestPluginOptions> = {}): void {
  const options = { ...defaultPluginOptions, ...userOptions };
  const { settings } = options;

  const words = wordsFor(settings.lang);
  eleventyConfig.addGlobalData("site", settings);
  eleventyConfig.addGlobalData("words", words);
  // The digest and the template engine of the current build, for the article pages below.
  let built: Digest | undefined;
  let nunjucks: NunjucksEnvironment | undefined;
  const cache = createDigestCache();
  // A function, so Eleventy calls it again on every rebuild of the dev server.
  eleventyConfig.addGlobalData("digest", async () => {
    if (preloaded) {
      built = preloaded.digest;
      preloaded = undefined;
      return built;
    }
    const { digest, warnings } = await loadDigest(settings, {
      articlesDir: path.resolve(options.articlesDir),
      now: options.now,
      includeDrafts: options.includeDrafts,
      includeScheduled: options.includeScheduled,
      cache,
    });
    for (const warning of warnings) console.warn(formatProblem(warning));
    return (built = digest);
  });

  // Article pages are written after Eleventy's own pages, with the same Nunjucks environment,
  // template and data, by a leaner path (see article-pages.ts).
  eleventyConfig.amendLibrary("njk", (environment) => void (nunjucks = environment));
  eleventyConfig.on("eleventy.after", async ({ directories, runMode }: { directories: { output: string }; runMode: string }) => {
    if (!built || !nunjucks) throw new Error("article pages: the digest or the Nunjucks environment was not loaded");
    const [digest, environment] = [built, nunjucks];
    const prefixed = settings.pathPrefix !== "/";
    const written = await writeArticlePages(digest.articles, {
      outputDir: directories.output,
      render: (article) => {
        const html = environment.render("pages/article.njk", { site: settings, words, digest, article, page: { url: article.url } });
        if (!prefixed) return html;
        const outputPath = path.join(directories.output, article.url, "index.html");
        return eleventyConfig.htmlTransformer.transformContent(outputPath, html, { url: article.url, outputPath });
      },
    });
    // Eleventy's own "Wrote N files" counts only its pages; the dev server says the rest.
    if (runMode !== "build") console.log(`[digest] Wrote ${written} article pages`);
  });

  registerFilters(eleventyConfig, settings);
  // Puts the path prefix (returned by eleventy.config.ts) in front of every root-relative URL of
  // every HTML page; feeds, sitemaps and JSON-LD build absolute URLs with the prefix themselves.
  eleventyConfig.addPlugin(HtmlBasePlugin);
  eleventyConfig.setNunjucksEnvironmentOptions({ autoescape: true });
  eleventyConfig.addPassthroughCopy({ "layouts/assets": "assets" });
  // Content changes rebuild in place. Code in src/ is loaded once per process, so `npm start`
  // runs under `tsx watch`, which restarts the server when a module changes.
  eleventyConfig.addWatchTarget(options.articlesDir);
}

/**
 * The plugin's options from the environment, so the build command, the dev server and CI share
 * them: site settings (see site.ts), DIGEST_ARTICLES names the content folder, DIGEST_NOW pins
 * "now" (read in the site zone when it has no offset), DIGEST_DRAFTS=1 and DIGEST_SCHEDULED=1
 * include held-back articles — as the dev server always does, marked, so editors can preview them.
 */
export function optionsFromEnv(env: Record<string, string | undefined>): DigestPluginOptions {
  const settings = readSiteSettings(env);
  const preview = env.ELEVENTY_RUN_MODE === "serve" || env.ELEVENTY_RUN_MODE === "watch";
  const options: DigestPluginOptions = {
    ...defaultPluginOptions,
    settings,
    includeDrafts: preview || env.DIGEST_DRAFTS === "1",
    includeScheduled: preview || env.DIGEST_SCHEDULED === "1",
  };
  if (env.DIGEST_ARTICLES) options.articlesDir = env.DIGEST_ARTICLES;
  if (env.DIGEST_NOW) {
    const now = DateTime.fromISO(env.DIGEST_NOW, { zone: settings.timeZone });
    if (!now.isValid) throw new SettingsError(`DIGEST_NOW (--now) must be an ISO date such as 2023-09-30T12:00:00+07:00, not "${env.DIGEST_NOW}"`);
    options.now = now;
  }
  return options;
}
