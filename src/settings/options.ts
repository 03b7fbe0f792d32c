// What one build reads besides the site settings: where the content is, what "now" is, what to
// include. `npm run check` reads them without loading Eleventy.
import { DateTime } from "luxon";
import { processEnvironment, type Environment } from "./environment.ts";
import { quote } from "../text/index.ts";
import { defaultSiteSettings, readSiteSettings, SettingsError, type SiteSettings } from "./site.ts";

export interface BuildOptions {
  settings: SiteSettings;
  /** Folder of articles and `topics/`. */
  articlesDir: string;
  /** The moment that decides which articles are scheduled; pin it for reproducible builds. */
  now?: DateTime;
  includeDrafts: boolean;
  includeScheduled: boolean;
  /** Rebuilds write only the pages whose data changed (the dev server, whose output keeps the rest). */
  incremental: boolean;
  /** Write the search index after the pages (DIGEST_SEARCH=off skips it, for quick builds). */
  search: boolean;
  /** A folder without articles may replace the site with an empty one (DIGEST_ALLOW_EMPTY=1, `--allow-empty`). */
  allowEmpty: boolean;
  /** Where the dev server listens (DIGEST_HOST, `npm start -- --host`): this computer only unless told otherwise. */
  devHost: string;
  /** Eleventy runs its dev server (`npm start`). */
  serving: boolean;
  /** Where processed pictures are kept between builds (DIGEST_IMAGE_CACHE; git-ignored). */
  imageCache: string;
}

export const defaultBuildOptions: BuildOptions = {
  settings: defaultSiteSettings,
  articlesDir: "articles",
  includeDrafts: false,
  includeScheduled: false,
  incremental: false,
  search: true,
  allowEmpty: false,
  devHost: "127.0.0.1",
  serving: false,
  imageCache: ".cache/images",
};

/**
 * The plugin's options from the environment, so the build command, the dev server and CI share
 * them: site settings (see site.ts), DIGEST_ARTICLES names the content folder, DIGEST_NOW pins
 * "now" (read in the site zone when it has no offset), DIGEST_DRAFTS=1 and DIGEST_SCHEDULED=1
 * include held-back articles — as the dev server always does, marked, so editors can preview them.
 */
export function optionsFromEnv(env: Environment = processEnvironment()): BuildOptions {
  const settings = readSiteSettings(env);
  const preview = env.ELEVENTY_RUN_MODE === "serve" || env.ELEVENTY_RUN_MODE === "watch";
  const options: BuildOptions = {
    ...defaultBuildOptions,
    settings,
    includeDrafts: preview || env.DIGEST_DRAFTS === "1",
    includeScheduled: preview || env.DIGEST_SCHEDULED === "1",
    incremental: preview,
    search: env.DIGEST_SEARCH !== "off",
    allowEmpty: env.DIGEST_ALLOW_EMPTY === "1",
    devHost: env.DIGEST_HOST || defaultBuildOptions.devHost,
    serving: env.ELEVENTY_RUN_MODE === "serve",
  };
  if (env.DIGEST_ARTICLES) options.articlesDir = env.DIGEST_ARTICLES;
  if (env.DIGEST_IMAGE_CACHE) options.imageCache = env.DIGEST_IMAGE_CACHE;
  if (env.DIGEST_NOW) {
    const now = DateTime.fromISO(env.DIGEST_NOW, { zone: settings.timeZone });
    if (!now.isValid) throw new SettingsError(`DIGEST_NOW (--now) must be an ISO date such as 2023-09-30T12:00:00+07:00, not ${quote(env.DIGEST_NOW)}`);
    options.now = now;
  }
  return options;
}
