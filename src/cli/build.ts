// `npm run build`: check the content, render the site into a new folder beside dist/, and
// swap it in only when everything succeeded — a failed build leaves dist/ as it was. dist is a
// link to the site's folder, replaced in one step (see output-folder.ts).
import { realpathSync } from "node:fs";
import { homedir } from "node:os";
import path from "node:path";
import { articlesFolderEmpty, articlesFolderMissing, ContentError, formatProblem, loadPictureHeaders, savePictureHeaders } from "../content/index.ts";
import { loadDigest, modelPageLists, stopwatch, type LoadedDigest, type Timings } from "../model/index.ts";
import type { EleventyConfig } from "../pages/index.ts";
import { boundHeapGrowth, collectGarbageBetweenPhases, keepGarbageYoung, optionsFromEnv, processEnvironment, SettingsError, skipEleventyImportCacheBuster, type BuildOptions, type Environment } from "../settings/index.ts";
import { commandFlags } from "../editor/index.ts";
import { isMain } from "./is-main.ts";
import { OutputError } from "./output-error.ts";
import { readOutputState, startOutputBuild } from "./output-folder.ts";
import { refusalFor } from "./output-refusal.ts";

export interface BuildSiteOptions {
  /** Project folder holding layouts/; articles are found relative to it. */
  root: string;
  /** Where the finished site goes. */
  output: string;
  env: Environment;
}

/**
 * `content`: the content or the site failed (the output is unchanged); `output`: the output
 * folder may not or cannot be written, a one-line message saying which and why.
 */
export type BuildResult = { ok: true; pages: number; timings: Timings } | { ok: false; kind: "content" | "output"; message: string };
type Failure = Extract<BuildResult, { ok: false }>;

export async function buildSite({ root, output, env }: BuildSiteOptions): Promise<BuildResult> {
  keepGarbageYoung();
  boundHeapGrowth();
  const timings: Timings = {};
  let options: BuildOptions;
  try {
    options = optionsFromEnv(env);
  } catch (error) {
    if (error instanceof SettingsError) return { ok: false, kind: "content", message: error.message };
    throw error;
  }
  const shownArticles = options.articlesDir;
  options.articlesDir = path.resolve(root, options.articlesDir);
  const missing = articlesFolderMissing(options.articlesDir, shownArticles);
  if (missing) return { ok: false, kind: "content", message: new ContentError([missing]).message };
  const target = await outputTarget(root, output, options.articlesDir);
  if (typeof target !== "string") return target;

  // The picture checks' record of headers, kept beside the processed pictures: a warm build opens no unchanged picture.
  const headersFile = path.resolve(options.imageCache, "headers.json");
  const pictureHeaders = await loadPictureHeaders(headersFile);
  let loaded: LoadedDigest;
  try {
    loaded = await loadDigest(options.settings, { ...options, projectRoot: root, timings, placeholders: "error", pictureHeaders });
  } catch (error) {
    if (error instanceof ContentError) return { ok: false, kind: "content", message: error.message };
    throw error;
  }
  const shown = new Set(loaded.digest.articles.flatMap((a) => [a.image, ...(a.bodyImages ?? [])].flatMap((picture) => picture?.file.path ?? [])));
  if (shown.size) await savePictureHeaders(headersFile, pictureHeaders, shown);
  // A typo'd or emptied folder must not replace a good site with an empty one unless asked to.
  const empty = articlesFolderEmpty(options.articlesDir, shownArticles, options.allowEmpty ? "warning" : "error");
  if (empty?.severity === "error") return { ok: false, kind: "content", message: new ContentError([...loaded.warnings, empty]).message };
  for (const warning of empty ? [...loaded.warnings, empty] : loaded.warnings) console.warn(formatProblem(warning));
  return renderAndPublish(root, target, output, options, loaded, timings);
}

/** The output folder's real path, or why it may not be replaced (real paths, so a link to the project cannot pass for another folder). */
async function outputTarget(root: string, output: string, articlesDir: string): Promise<string | Failure> {
  const real = (folder: string) => path.join(realpathOr(path.dirname(folder)), path.basename(folder));
  const target = real(path.resolve(root, output));
  let state;
  try {
    state = await readOutputState(target);
  } catch (error) {
    return { ok: false, kind: "output", message: `--output ${output} cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}): fix its permissions, or choose another --output` };
  }
  const refusal = refusalFor(target, output, { root: realpathOr(root), articles: realpathOr(articlesDir), home: homedir() }, state);
  return refusal ? { ok: false, kind: "output", message: refusal } : target;
}

async function renderAndPublish(root: string, target: string, output: string, options: BuildOptions, loaded: LoadedDigest, timings: Timings): Promise<BuildResult> {
  const lap = stopwatch(timings);
  // The files' Markdown is gone now, and the model made: the render starts from a heap of live data only.
  collectGarbageBetweenPhases();
  let out;
  try {
    out = await startOutputBuild(target, output);
  } catch (error) {
    if (error instanceof OutputError) return { ok: false, kind: "output", message: error.message };
    throw error;
  }
  let pages: number;
  // The search index goes into the new site's folder too, so it is swapped in with its pages. It
  // needs only the model, so Pagefind indexes while Eleventy and the page writer work.
  const stopSearch = new AbortController();
  const search = options.search ? import("../outputs/search/index.ts").then(({ indexSiteForSearch }) => indexSiteForSearch(out.staging, loaded.digest, options.settings, stopSearch.signal)) : undefined;
  search?.catch(() => {}); // awaited below; a failure is reported there, after the pages
  try {
    // Loaded only now that there are pages to write: a build that stops at a content problem skips Eleventy's start-up.
    skipEleventyImportCacheBuster();
    const [{ default: Eleventy }, { wireSite }] = await Promise.all([import("@11ty/eleventy"), import("../../eleventy.config.ts")]);
    const eleventy = new Eleventy(path.join(root, "layouts"), out.staging, {
      // The project's wiring, handed this build's options and the digest it has checked: no config file, no environment.
      configPath: false,
      config: (eleventyConfig: EleventyConfig) => wireSite(eleventyConfig, { ...options, preloaded: loaded }),
      pathPrefix: options.settings.pathPrefix,
      quietMode: true,
    });
    const [, templates] = (await eleventy.write()) as [unknown, unknown[]];
    // The model's pages are written by the digest plugin itself (pages/page-writer.ts), not listed by Eleventy.
    pages = templates.length + modelPageLists.reduce((sum, list) => sum + loaded.digest[list].length, 0);
    lap("render");
    if (search) {
      await search;
      lap("search"); // what indexing adds after the pages are written
    }
  } catch (error) {
    // Pagefind's processes stop before the half-made site is removed.
    stopSearch.abort();
    await search?.catch(() => {});
    await out.abandon();
    return { ok: false, kind: "content", message: `the site could not be rendered: ${(error as Error).message}` };
  }
  try {
    // The replaced site is removed by a process of its own: the build need not wait for the disk.
    await out.publish("in the background");
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
  const flags = commandFlags(argv, {
    command: "npm run build",
    options: {
      output: { type: "string", default: "dist" },
      articles: { type: "string" },
      "allow-empty": { type: "boolean", default: false },
      drafts: { type: "boolean", default: false },
      scheduled: { type: "boolean", default: false },
      now: { type: "string" },
      timings: { type: "boolean", default: false },
    },
    usage,
  });
  if (typeof flags === "number") return flags;
  // Flags are spelled-out environment switches: CI sets the same ones as variables.
  const env = { ...processEnvironment() };
  if (flags.articles) env.DIGEST_ARTICLES = flags.articles;
  if (flags["allow-empty"]) env.DIGEST_ALLOW_EMPTY = "1";
  if (flags.drafts) env.DIGEST_DRAFTS = "1";
  if (flags.scheduled) env.DIGEST_SCHEDULED = "1";
  if (flags.now) env.DIGEST_NOW = flags.now;

  const result = await buildSite({ root: process.cwd(), output: flags.output, env });
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

// No top-level await: `npm run build` runs this module as CommonJS (src/cli/launch.mjs).
if (isMain(import.meta.filename)) void main(process.argv.slice(2)).then((code) => (process.exitCode = code));
