// `npm run build`: check the content, render the site into a new folder beside dist/, and
// swap it in only when everything succeeded — a failed build leaves dist/ as it was. dist is a
// link to the site's folder, replaced in one step (see output-folder.ts).
import { realpathSync } from "node:fs";
import { homedir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import Eleventy from "@11ty/eleventy";
import { articlesFolderEmpty, articlesFolderMissing } from "../articles-folder.ts";
import { loadDigest } from "../digest.ts";
import { OutputError } from "../output-error.ts";
import { readOutputState, startOutputBuild } from "../output-folder.ts";
import { refusalFor } from "../output-refusal.ts";
import { optionsFromEnv } from "../plugin-options.ts";
import { usePreloadedDigest } from "../plugin.ts";
import { ContentError, formatProblem } from "../problems.ts";
import { indexSiteForSearch } from "../search/search-index.ts";
import { SettingsError } from "../site.ts";
import { stopwatch, type Timings } from "../timings.ts";
import { isMain } from "./is-main.ts";

export interface BuildOptions {
  /** Project folder holding eleventy.config.ts and layouts/; articles are found relative to it. */
  root: string;
  /** Where the finished site goes. */
  output: string;
  env: Record<string, string | undefined>;
}

/**
 * `content`: the content or the site failed (the output is unchanged); `output`: the output
 * folder may not or cannot be written, a one-line message saying which and why.
 */
export type BuildResult = { ok: true; pages: number; timings: Timings } | { ok: false; kind: "content" | "output"; message: string };

export async function buildSite({ root, output, env }: BuildOptions): Promise<BuildResult> {
  const timings: Timings = {};
  let options;
  try {
    options = optionsFromEnv(env);
  } catch (error) {
    if (error instanceof SettingsError) return { ok: false, kind: "content", message: error.message };
    throw error;
  }
  const { settings } = options;
  const articlesDir = path.resolve(root, options.articlesDir);
  const missing = articlesFolderMissing(articlesDir, options.articlesDir);
  if (missing) return { ok: false, kind: "content", message: new ContentError([missing]).message };

  // Real paths, so a link to the project cannot pass for another folder.
  const real = (folder: string) => path.join(realpathOr(path.dirname(folder)), path.basename(folder));
  const target = real(path.resolve(root, output));
  let state;
  try {
    state = await readOutputState(target);
  } catch (error) {
    return { ok: false, kind: "output", message: `--output ${output} cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}): fix its permissions, or choose another --output` };
  }
  const refusal = refusalFor(target, output, { root: realpathOr(root), articles: realpathOr(articlesDir), home: homedir() }, state);
  if (refusal) return { ok: false, kind: "output", message: refusal };

  let loaded;
  try {
    loaded = await loadDigest(settings, { ...options, articlesDir, projectRoot: root, timings });
  } catch (error) {
    if (error instanceof ContentError) return { ok: false, kind: "content", message: error.message };
    throw error;
  }
  // A typo'd or emptied folder must not replace a good site with an empty one unless asked to.
  const empty = articlesFolderEmpty(articlesDir, options.articlesDir, env.DIGEST_ALLOW_EMPTY === "1" ? "warning" : "error");
  if (empty?.severity === "error") return { ok: false, kind: "content", message: new ContentError([...loaded.warnings, empty]).message };
  for (const warning of empty ? [...loaded.warnings, empty] : loaded.warnings) console.warn(formatProblem(warning));
  usePreloadedDigest(loaded);
  const lap = stopwatch(timings);

  let out;
  try {
    out = await startOutputBuild(target, output);
  } catch (error) {
    if (error instanceof OutputError) return { ok: false, kind: "output", message: error.message };
    throw error;
  }
  const { staging } = out;
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
    await out.abandon();
    return { ok: false, kind: "content", message: `the site could not be rendered: ${(error as Error).message}` };
  }

  try {
    await out.publish();
  } catch (error) {
    if (error instanceof OutputError) return { ok: false, kind: "output", message: error.message };
    throw error;
  }
  lap("swap");
  return { ok: true, pages, timings };
}

/** The real path of `folder`, or the path itself when it does not exist (yet). */
function realpathOr(folder: string): string {
  try {
    return realpathSync(folder);
  } catch {
    return folder;
  }
}

const usage = `Usage: npm run build -- [--output dir] [--articles dir] [--allow-empty] [--drafts] [--scheduled] [--now ISO-date] [--timings]`;

async function main(argv: string[]): Promise<number> {
  let flags;
  try {
    flags = parseArgs({
      args: argv,
      options: {
        output: { type: "string", default: "dist" },
        articles: { type: "string" },
        "allow-empty": { type: "boolean", default: false },
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
  if (flags["allow-empty"]) env.DIGEST_ALLOW_EMPTY = "1";
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
  if (result.kind === "content") console.error(`Build failed: ${flags.output}/ is unchanged.`);
  return 1;
}

if (isMain(import.meta.filename)) {
  process.exitCode = await main(process.argv.slice(2));
}
