// `npm run build`: check the content, render the site into a staging folder beside dist/,
// and swap it in only when everything succeeded — a failed build leaves dist/ as it was.
import { mkdtemp, rename, rm } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import Eleventy from "@11ty/eleventy";
import { loadDigest } from "../model/index.ts";
import { optionsFromEnv, processEnvironment } from "../settings/index.ts";
import type { EleventyConfig } from "../pages/index.ts";
import { wireSite } from "../../eleventy.config.ts";
import { ContentError, formatProblem } from "../content/index.ts";
import { indexSiteForSearch } from "../outputs/search/index.ts";
import { SettingsError } from "../settings/index.ts";
import { stopwatch, type Timings } from "../model/index.ts";
import { isMain } from "./is-main.ts";

export interface BuildOptions {
  /** Project folder holding eleventy.config.ts and layouts/; articles are found relative to it. */
  root: string;
  /** Where the finished site goes. */
  output: string;
  env: Record<string, string | undefined>;
}

export type BuildResult = { ok: true; pages: number; timings: Timings } | { ok: false; message: string };

export async function buildSite({ root, output, env }: BuildOptions): Promise<BuildResult> {
  const timings: Timings = {};
  let loaded;
  let options;
  try {
    options = optionsFromEnv(env);
    options.articlesDir = path.resolve(root, options.articlesDir);
    loaded = await loadDigest(options.settings, { ...options, projectRoot: root, timings });
  } catch (error) {
    if (error instanceof ContentError || error instanceof SettingsError) return { ok: false, message: error.message };
    throw error;
  }
  for (const warning of loaded.warnings) console.warn(formatProblem(warning));
  const lap = stopwatch(timings);

  const target = path.resolve(root, output);
  const staging = await mkdtemp(path.join(path.dirname(target), `.${path.basename(target)}-staging-`));
  let pages: number;
  try {
    const preloaded = loaded;
    const eleventy = new Eleventy(path.join(root, "layouts"), staging, {
      // The project's wiring, handed this build's options and the digest it has checked: no config file, no environment.
      configPath: false,
      config: (eleventyConfig: EleventyConfig) => wireSite(eleventyConfig, { ...options, preloaded }),
      pathPrefix: options.settings.pathPrefix,
      quietMode: true,
    });
    const [, templates] = (await eleventy.write()) as [unknown, unknown[]];
    // The model's pages are written by the digest plugin itself (model-pages.ts), not listed by Eleventy.
    const { articles, dayPages, topicPages, months, years } = loaded.digest;
    pages = templates.length + articles.length + dayPages.length + topicPages.length + months.length + years.length;
    lap("render");
    // The search index goes into the staging folder too, so it is swapped in with its pages (DIGEST_SEARCH=off skips it).
    if (options.search) {
      await indexSiteForSearch(staging, loaded.digest, options.settings);
      lap("search");
    }
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    return { ok: false, message: `the site could not be rendered: ${(error as Error).message}` };
  }

  const old = `${staging}-old`;
  await rename(target, old).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== "ENOENT") throw error;
  });
  await rename(staging, target);
  await rm(old, { recursive: true, force: true });
  lap("swap");
  return { ok: true, pages, timings };
}

const usage = `Usage: npm run build -- [--output dir] [--articles dir] [--drafts] [--scheduled] [--now ISO-date] [--timings]`;

async function main(argv: string[]): Promise<number> {
  let flags;
  try {
    flags = parseArgs({
      args: argv,
      options: {
        output: { type: "string", default: "dist" },
        articles: { type: "string" },
        drafts: { type: "boolean", default: false },
        scheduled: { type: "boolean", default: false },
        now: { type: "string" },
        timings: { type: "boolean", default: false },
        help: { type: "boolean", default: false },
      },
    }).values;
  } catch (error) {
    console.error(`${(error as Error).message}\n${usage}`);
    return 2;
  }
  if (flags.help) {
    console.log(usage);
    return 0;
  }
  // Flags are spelled-out environment switches: the dev server and CI read the same ones.
  const env = { ...processEnvironment() };
  if (flags.articles) env.DIGEST_ARTICLES = flags.articles;
  if (flags.drafts) env.DIGEST_DRAFTS = "1";
  if (flags.scheduled) env.DIGEST_SCHEDULED = "1";
  if (flags.now) env.DIGEST_NOW = flags.now;

  const root = process.cwd();
  const result = await buildSite({ root, output: flags.output, env });
  if (result.ok) {
    console.log(`Built ${result.pages} pages into ${flags.output}/`);
    if (flags.timings) {
      for (const [phase, ms] of Object.entries(result.timings)) console.log(`  ${phase.padEnd(10)} ${Math.round(ms).toString().padStart(7)} ms`);
      // One machine-readable line last, for `npm run bench`.
      console.log(JSON.stringify({ pages: result.pages, timings: result.timings }));
    }
    return 0;
  }
  console.error(result.message);
  console.error(`Build failed: ${flags.output}/ is unchanged.`);
  return 1;
}

if (isMain(import.meta.filename)) {
  process.exitCode = await main(process.argv.slice(2));
}
