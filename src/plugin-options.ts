// The digest plugin's options, apart from the plugin: `npm run check` reads them without
// loading Eleventy.
import { DateTime } from "luxon";
import { quote } from "./quote.ts";
import { defaultSiteSettings, readSiteSettings, SettingsError, type SiteSettings } from "./site.ts";

export interface DigestPluginOptions {
  settings: SiteSettings;
  /** Folder of articles and `topics/`. */
  articlesDir: string;
  /** The moment that decides which articles are scheduled; pin it for reproducible builds. */
  now?: DateTime;
  includeDrafts: boolean;
  includeScheduled: boolean;
  /** Rebuilds write only the pages whose data changed (the dev server, whose output keeps the rest). */
  incremental: boolean;
}

export const defaultPluginOptions: DigestPluginOptions = {
  settings: defaultSiteSettings,
  articlesDir: "articles",
  includeDrafts: false,
  includeScheduled: false,
  incremental: false,
};

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
    incremental: preview,
  };
  if (env.DIGEST_ARTICLES) options.articlesDir = env.DIGEST_ARTICLES;
  if (env.DIGEST_NOW) {
    const now = DateTime.fromISO(env.DIGEST_NOW, { zone: settings.timeZone });
    if (!now.isValid) throw new SettingsError(`DIGEST_NOW (--now) must be an ISO date such as 2023-09-30T12:00:00+07:00, not ${quote(env.DIGEST_NOW)}`);
    options.now = now;
  }
  return options;
}
