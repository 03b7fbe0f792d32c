import path from "node:path";
import { DateTime } from "luxon";
import { buildDigest, loadDigest, createDigestCache, type Digest, type LoadedDigest } from "../model/index.ts";
import { ContentError, formatProblem, type Problem } from "../content/index.ts";
import type { BuildOptions, SiteSettings } from "../settings/index.ts";
import { reportContentError } from "./report-content-error.ts";
import { trackChangedPages, type ChangedPages } from "./changed-pages.ts";
import type { EleventyConfig } from "./eleventy-types.ts";

/** The digest model of the build under way, shared by the page plugin and every output plugin. */
export interface DigestSource {
  settings: SiteSettings;
  /** Absolute path of the content folder. */
  articlesDir: string;
  /** Loaded once a build (the dev server's rebuilds load it again) and shared by every page and output. */
  digest(): Promise<Digest>;
  /** In the dev server: which pages and feeds changed since the last build, so only those are written. */
  changed?: ChangedPages;
  /** The content problems of the last load: its warnings, or every problem when errors stopped it. */
  problems(): readonly Problem[];
}

export interface DigestSourceOptions extends BuildOptions {
  /** A digest the build command already loaded and checked: content is read once per build. */
  preloaded?: LoadedDigest;
}

/** One per Eleventy configuration: its caches live as long as the dev server that keeps them. */
export function createDigestSource(eleventyConfig: EleventyConfig, options: DigestSourceOptions): DigestSource {
  const { settings, now, includeDrafts, includeScheduled } = options;
  const articlesDir = path.resolve(options.articlesDir);
  const cache = createDigestCache();
  const changed = options.incremental ? trackChangedPages() : undefined;
  let preloaded = options.preloaded;
  let thisBuild: Promise<Digest> | undefined;
  let problems: readonly Problem[] = [];
  let builtOnce = false;
  // What a build that failed before its commit selected is not taken for written.
  eleventyConfig.on("eleventy.before", () => changed?.begin());
  eleventyConfig.on("eleventy.beforeWatch", (queue: string[]) => {
    thisBuild = undefined;
    // A saved article changes only the pages showing it; a saved template may change any page.
    if (queue.some((file) => !path.resolve(file).startsWith(articlesDir + path.sep))) changed?.forget();
  });
  const load = async () => {
    if (preloaded) {
      const { digest } = preloaded;
      preloaded = undefined; // the dev server never has one; a build uses it once
      return digest;
    }
    try {
      const { digest, warnings } = await loadDigest(settings, { articlesDir, now, includeDrafts, includeScheduled, cache });
      problems = warnings;
      builtOnce = true;
      for (const warning of warnings) console.warn(formatProblem(warning));
      return digest;
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      problems = error.problems;
      if (!changed) throw error;
      reportContentError(error, builtOnce);
      // The dev server starts all the same, on a site without articles: its pages show the problems.
      if (!builtOnce) return buildDigest([], [], settings, { now: now ?? DateTime.now(), includeDrafts, includeScheduled });
      throw error;
    }
  };
  return { settings, articlesDir, changed, digest: () => (thisBuild ??= load()), problems: () => problems };
}
