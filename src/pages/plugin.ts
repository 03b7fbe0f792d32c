import path from "node:path";
import { HtmlBasePlugin } from "@11ty/eleventy";
import { modelPageLists } from "../model/index.ts";
import { collectGarbageBetweenPhases, keepGarbageYoung, wordsFor } from "../settings/index.ts";
import type { DigestSource } from "./digest-source.ts";
import type { EleventyConfig, NunjucksEnvironment } from "./eleventy-types.ts";
import { articleItemFilter, registerFilters } from "./filters/index.ts";
import { removeOutputs, writePages } from "./page-writer.ts";
import { cacheCompiledTemplates } from "./template-cache.ts";
import { modelRoutes, type ModelPages } from "./routes.ts";

export interface DigestPluginOptions {
  source: DigestSource;
  /** Site assets copied as they are, from the project folder to the site's `/assets/`. */
  assets: string;
  /** Where compiled templates are kept between builds (see template-cache.ts). */
  templateCache: string;
}

export const defaultDigestPluginOptions = { assets: "layouts/assets", templateCache: ".cache/templates" };

/** After a dev server rebuild, time for the browser to reload the page before garbage is collected. */
const collectAfterServedMs = 500;

/** Most pages a dev server rebuild renders before writing any (saving one article changes a dozen). */
const renderFirstAtMost = 2000;

/** Feeds the digest model, the site settings and the UI words to the templates in `layouts/`, and writes the model's pages. */
export function digestPlugin(eleventyConfig: EleventyConfig, userOptions: Partial<DigestPluginOptions> & Pick<DigestPluginOptions, "source">): void {
  const { source, assets, templateCache } = { ...defaultDigestPluginOptions, ...userOptions };
  keepGarbageYoung();
  cacheCompiledTemplates(templateCache);
  const { settings } = source;
  const words = wordsFor(settings.lang);
  eleventyConfig.addGlobalData("site", settings);
  eleventyConfig.addGlobalData("words", words);
  // A function, so Eleventy calls it again on every rebuild of the dev server.
  eleventyConfig.addGlobalData("digest", () => source.digest());

  let nunjucks: NunjucksEnvironment | undefined;
  let firstBuild = true;
  let collection: NodeJS.Timeout | undefined;
  eleventyConfig.on("eleventy.before", () => clearTimeout(collection));
  // The model's pages are written after Eleventy's own pages, with the same Nunjucks environment
  // and filters, by a leaner path (see page-writer.ts); Eleventy renders the few pages left.
  eleventyConfig.amendLibrary("njk", (environment) => {
    nunjucks = environment;
    environment.addFilter("articleItem", articleItemFilter(environment, { site: settings, words }));
  });
  eleventyConfig.on("eleventy.after", async ({ directories, runMode }: { directories: { output: string }; runMode: string }) => {
    if (!nunjucks) throw new Error("model pages: Eleventy did not load its Nunjucks environment");
    const environment = nunjucks;
    const digest = await source.digest();
    const pages = pagesToWrite(source, digest);
    // No prefix is undefined (or "/"): then Eleventy's HtmlBasePlugin has nothing to do.
    const prefixed = (settings.pathPrefix ?? "/") !== "/";
    const all = modelPageLists.flatMap((list) => pages[list].map((page) => ({ page, ...modelRoutes[list] })));
    const written = await writePages(all.map(({ page, template, alias }) => ({ url: page.url, template, alias, page })), {
      outputDir: directories.output,
      // In the dev server a rebuild renders every page before writing any: should one fail, the
      // pages showing the saved article (its neighbours, day, topic) stay as they were, all of them.
      // Not for thousands of pages (a first build, a template saved), which would all sit in memory.
      renderFirst: source.changed !== undefined && all.length <= renderFirstAtMost,
      render: ({ url, template, alias, page }) => {
        const html = environment.render(template, { site: settings, words, digest, [alias]: page, page: { url } });
        if (!prefixed) return html;
        const outputPath = path.join(directories.output, url, "index.html");
        return eleventyConfig.htmlTransformer.transformContent(outputPath, html, { url, outputPath });
      },
    });
    // A deleted article's page, or a day's second page once the day shrank, must not linger.
    await removeOutputs(directories.output, source.changed?.commit() ?? []);
    // Eleventy's own "Wrote N files" counts only its pages; the dev server says the rest.
    if (runMode !== "build") console.log(`[digest] Wrote ${written} pages of articles, days, topics, months and years`);
    // The dev server's first build leaves a big heap of its garbage: collected now, not in the
    // editor's first save (at 10,000 articles that save's young collections took up to 350 ms).
    // Each rebuild then leaves the last model in the old generation, which V8 let grow from 290 to
    // 475 MB over four saves while each save's young collections grew from 80 to 330 ms: collected
    // once the rebuilt page has been served, unless the next save is already under way.
    if (runMode !== "build") {
      if (firstBuild) collectGarbageBetweenPhases();
      else collection = setTimeout(collectGarbageBetweenPhases, collectAfterServedMs).unref();
    }
    firstBuild = false;
  });

  registerFilters(eleventyConfig, settings);
  // Puts the path prefix in front of every root-relative URL of every HTML page; feeds, sitemaps
  // and JSON-LD build absolute URLs with the prefix themselves.
  eleventyConfig.addPlugin(HtmlBasePlugin);
  eleventyConfig.setNunjucksEnvironmentOptions({ autoescape: true });
  eleventyConfig.addPassthroughCopy({ [assets]: "assets" });
  // Content changes rebuild in place. Code in src/ is loaded once per process, so `npm start`
  // runs under `tsx watch`, which restarts the server when a module changes.
  eleventyConfig.addWatchTarget(source.articlesDir);
}

/** The model's pages to write: all of them, or in the dev server those whose data changed. */
function pagesToWrite({ changed }: DigestSource, digest: ModelPages & { years: { url: string }[] }): ModelPages {
  if (!changed) return digest;
  // Every page links the newest year as "Archive": when that changes, every page does.
  if (changed.select([{ archive: digest.years[0]?.url ?? null }], () => ({ kind: "every page", shows: "archive" })).length) changed.forget();
  return Object.fromEntries(modelPageLists.map((list) => [list, changed.select(digest[list] as { url: string }[])])) as unknown as ModelPages;
}
