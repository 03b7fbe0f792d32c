// `npm run build`: check the content, render the site into a staging folder beside dist/,
// and swap it in only when everything succeeded — a failed build leaves dist/ as it was.
import { mkdtemp, rename, rm } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import Eleventy from "@11ty/eleventy";
import { loadDigest } from "../model/load-digest.ts";
import { optionsFromEnv } from "../settings/options.ts";
import { usePreloadedDigest } from "../pages/plugin.ts";
import { ContentError, formatProblem } from "../content/problems.ts";
import { indexSiteForSearch } from "../outputs/search/search-index.ts";
import { SettingsError } from "../settings/site.ts";
import { stopwatch, type Timings } from "../model/timings.ts";
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
  try {
    const options = optionsFromEnv(env);
    const { settings } = options;
    loaded = await loadDigest(settings, { ...options, articlesDir: path.resolve(root, options.articlesDir), projectRoot: root, timings });
  } catch (error) {
    if (error instanceof ContentError || error instanceof SettingsError) return { ok: false, message: error.message };
    throw error;
  }
  for (const warning of loaded.warnings) console.warn(formatProblem(warning));
  usePreloadedDigest(loaded);
  const lap = stopwatch(timings);

  const target = path.resolve(root, output);
  const staging = await mkdtemp(path.join(path.dirname(target), `.${path.basename(target)}-staging-`));
  let pages: number;
  try {
    const eleventy = new Eleventy(path.join(root, "layouts"), staging, {
      configPath: path.join(root, "eleventy.config.ts"),
      quietMode: true,
      // Only "cli" makes our output folder win over the config's dir.output.
      source: "cli",
    });
    const [, templates] = (await eleventy.write()) as [unknown, unknown[]];
    // The model's pages are written by the digest plugin itself (model-pages.ts), not listed by Eleventy.
    const { articles, dayPages, topicPages, months, years } = loaded.digest;
    pages = templates.length + articles.length + dayPages.length + topicPages.length + months.length + years.length;
    lap("render");
    // The search index goes into the staging folder too, so it is swapped in with its pages (DIGEST_SEARCH=off skips it).
    if (await indexSiteForSearch(staging, loaded.digest, env)) lap("search");
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
  const env = { ...process.env };
  if (flags.articles) env.DIGEST_ARTICLES = flags.articles;
  if (flags.drafts) env.DIGEST_DRAFTS = "1";
  if (flags.scheduled) env.DIGEST_SCHEDULED = "1";
  if (flags.now) env.DIGEST_NOW = flags.now;
  Object.assign(process.env, env); // eleventy.config.ts reads the same switches

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
