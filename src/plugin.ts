import path from "node:path";
import { HtmlBasePlugin } from "@11ty/eleventy";
import { trackChangedPages } from "./changed-pages.ts";
import { createDigestCache, loadDigest, type LoadedDigest } from "./digest.ts";
import type { EleventyConfig, NunjucksEnvironment } from "./eleventy-config.ts";
import { feedData } from "./feeds/feed-data.ts";
import type { Digest, Topic } from "./model.ts";
import { removePages, writePages } from "./model-pages.ts";
import { registerFilters } from "./filters/index.ts";
import { wordsFor } from "./i18n.ts";
import { formatProblem } from "./problems.ts";
import { pageIndex } from "./seo/page-index.ts";
import { sitemapFiles } from "./seo/sitemap.ts";
import { defaultPluginOptions, type DigestPluginOptions } from "./plugin-options.ts";

/** The model's lists of pages, each presented by its template in `layouts/_includes/`, which sees the page as `alias`. */
const modelRoutes = {
  articles: { template: "pages/article.njk", alias: "article" },
  dayPages: { template: "pages/day.njk", alias: "dayPage" },
  topicPages: { template: "pages/topic.njk", alias: "topicPage" },
  months: { template: "pages/month.njk", alias: "month" },
  years: { template: "pages/year.njk", alias: "year" },
} as const;
type ModelRoute = keyof typeof modelRoutes;

/** Most pages a dev server rebuild renders before writing any (saving one article changes a dozen). */
const renderFirstAtMost = 2000;

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
  const articlesDir = path.resolve(options.articlesDir);
  const cache = createDigestCache();
  const changed = options.incremental ? trackChangedPages() : undefined;
  let nunjucks: NunjucksEnvironment | undefined;
  // The digest of the build under way, loaded once and shared by the global data below.
  let thisBuild: Promise<Digest> | undefined;
  const digestOfThisBuild = () =>
    (thisBuild ??= (async () => {
      if (preloaded) {
        const { digest } = preloaded;
        preloaded = undefined;
        return digest;
      }
      const { now, includeDrafts, includeScheduled } = options;
      const { digest, warnings } = await loadDigest(settings, { articlesDir, now, includeDrafts, includeScheduled, cache });
      for (const warning of warnings) console.warn(formatProblem(warning));
      return digest;
    })());
  eleventyConfig.on("eleventy.beforeWatch", (queue: string[]) => {
    thisBuild = pagesOfThisBuild = undefined;
    // A saved article changes only the pages showing it; a saved template may change any page.
    if (queue.some((file) => !path.resolve(file).startsWith(articlesDir + path.sep))) changed?.forget();
  });
  // Functions, so Eleventy calls them again on every rebuild of the dev server.
  eleventyConfig.addGlobalData("digest", digestOfThisBuild);
  // The model's pages to write, and the topics whose feeds to write: all of them, or in the dev
  // server those whose data changed.
  let pagesOfThisBuild: Promise<Pick<Digest, ModelRoute> & { feedTopics: Topic[] }> | undefined;
  const pagesToWrite = () =>
    (pagesOfThisBuild ??= digestOfThisBuild().then((digest) => {
      const { articles, dayPages, topicPages, months, years, topics } = digest;
      if (!changed) return { articles, dayPages, topicPages, months, years, feedTopics: topics };
      changed.begin();
      // Every page links the newest year as "Archive": when that changes, every page does.
      if (changed.select([{ url: "(every page)", archive: years[0]?.url ?? null }]).length) changed.forget();
      const select = <T extends { url: string }>(list: T[]) => changed.select(list);
      // A topic's two feeds are made from its feed data alone.
      const feeds = select(topics.map((topic) => ({ url: `${topic.url}feed.*`, topic, feed: feedData(digest, settings, topic.slug) })));
      return { articles: select(articles), dayPages: select(dayPages), topicPages: select(topicPages), months: select(months), years: select(years), feedTopics: feeds.map((f) => f.topic) };
    }));
  // How many files the sitemap takes depends on the model: layouts/sitemap.njk paginates over them.
  eleventyConfig.addGlobalData("sitemapFiles", () => digestOfThisBuild().then((digest) => sitemapFiles(pageIndex(digest))));
  eleventyConfig.addGlobalData("feedTopics", () => pagesToWrite().then((pages) => pages.feedTopics));

  // The model's pages are written after Eleventy's own pages, with the same Nunjucks environment
  // and filters, by a leaner path (see model-pages.ts); Eleventy renders the few pages left.
  eleventyConfig.amendLibrary("njk", (environment) => void (nunjucks = environment));
  eleventyConfig.on("eleventy.after", async ({ directories, runMode }: { directories: { output: string }; runMode: string }) => {
    if (!nunjucks) throw new Error("model pages: Eleventy did not load its Nunjucks environment");
    const [digest, pages, environment] = [await digestOfThisBuild(), await pagesToWrite(), nunjucks];
    // No prefix is undefined (or "/"): then Eleventy's HtmlBasePlugin has nothing to do.
    const prefixed = (settings.pathPrefix ?? "/") !== "/";
    const routes = Object.entries(modelRoutes) as [ModelRoute, (typeof modelRoutes)[ModelRoute]][];
    const all = routes.flatMap(([route, { template, alias }]) => pages[route].map((page) => ({ url: page.url, template, alias, page })));
    const written = await writePages(all, {
      outputDir: directories.output,
      // In the dev server a rebuild renders every page before writing any: should one fail, the
      // pages showing the saved article (its neighbours, day, topic) stay as they were, all of them.
      // Not for thousands of pages (a first build, a template saved), which would all sit in memory.
      renderFirst: changed !== undefined && all.length <= renderFirstAtMost,
      render: ({ url, template, alias, page }) => {
        const html = environment.render(template, { site: settings, words, digest, [alias]: page, page: { url } });
        if (!prefixed) return html;
        const outputPath = path.join(directories.output, url, "index.html");
        return eleventyConfig.htmlTransformer.transformContent(outputPath, html, { url, outputPath });
      },
    });
    // A deleted article's page, or a day's second page once the day shrank, must not linger.
    await removePages(directories.output, changed?.commit() ?? []);
    // Eleventy's own "Wrote N files" counts only its pages; the dev server says the rest.
    if (runMode !== "build") console.log(`[digest] Wrote ${written} pages of articles, days, topics, months and years`);
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
