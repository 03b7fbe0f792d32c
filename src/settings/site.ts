import { IANAZone } from "luxon";
import type { Environment } from "./environment.ts";
import { codePointList, quote } from "../text/index.ts";

/** Languages the UI dictionary covers. */
export type SiteLanguage = "en" | "id";

export interface SiteSettings {
  /** Shown in the header, the <title> of every page and feeds. */
  title: string;
  /** One line under the title on the home page. */
  description: string;
  /** Absolute origin the site is published at, without a trailing slash. */
  baseUrl: string;
  /** Sub-path the site is served from, like `/news/`; every internal URL stays inside it. Absent: the root. */
  pathPrefix?: string;
  /** UI language; also the default `lang` of an article that names none. */
  lang: SiteLanguage;
  /** IANA zone every day, month and year is counted in. */
  timeZone: string;
  /** Locale luxon formats dates with, e.g. `en-GB` or `id-ID`. */
  locale: string;
  /** How many days with articles the home page shows. */
  homeDays: number;
  /** Articles per page of a topic's timeline. */
  topicPageSize: number;
  /** Articles per page of a day's edition; a day with more has further pages. */
  dayPageSize: number;
  /** The picture shared links show for a page without its own (a file under layouts/assets/, served from /assets/). */
  card: { url: string; width: number; height: number };
}

export const defaultSiteSettings: SiteSettings = {
  title: "News Digest",
  description: "Curated news, grouped by topic and by day.",
  baseUrl: "https://example.org",
  lang: "en",
  timeZone: "Asia/Jakarta",
  locale: "en-GB",
  homeDays: 7,
  topicPageSize: 20,
  dayPageSize: 50,
  card: { url: "/assets/card.png", width: 1200, height: 630 },
};

/** Locale used for a language when DIGEST_LANG changes it without DIGEST_LOCALE. */
const defaultLocales: Record<SiteLanguage, string> = { en: "en-GB", id: "id-ID" };

export class SettingsError extends Error {}

/**
 * The settings for this build: the defaults above, overridden by DIGEST_* variables
 * so CI or a preview can change them without editing code.
 */
export function readSiteSettings(
  env: Environment,
  base: SiteSettings = defaultSiteSettings,
): SiteSettings {
  const problems: string[] = [];
  const settings: SiteSettings = { ...base };
  if (env.DIGEST_TITLE) settings.title = env.DIGEST_TITLE;
  if (env.DIGEST_BASE_URL) settings.baseUrl = env.DIGEST_BASE_URL.replace(/\/+$/, "");
  if (env.DIGEST_PATH_PREFIX) settings.pathPrefix = normalizePathPrefix(env.DIGEST_PATH_PREFIX);
  if (env.DIGEST_LANG) {
    if (env.DIGEST_LANG === "en" || env.DIGEST_LANG === "id") {
      settings.lang = env.DIGEST_LANG;
      settings.locale = defaultLocales[env.DIGEST_LANG];
    } else problems.push(`DIGEST_LANG must be "en" or "id", not ${quote(env.DIGEST_LANG)}`);
  }
  if (env.DIGEST_LOCALE) settings.locale = env.DIGEST_LOCALE;
  if (env.DIGEST_TIME_ZONE) settings.timeZone = env.DIGEST_TIME_ZONE;

  if (!IANAZone.isValidZone(settings.timeZone)) {
    problems.push(`time zone ${quote(settings.timeZone)} is not an IANA zone such as Asia/Jakarta`);
  }
  if (!/^https?:\/\/[^/\s]+$/.test(settings.baseUrl)) {
    problems.push(`base URL ${quote(settings.baseUrl)} must be an http(s) origin such as https://news.example.org${/^https?:\/\/[^/\s]+\/\S/.test(settings.baseUrl) ? " (a sub-path goes in DIGEST_PATH_PREFIX)" : ""}`);
  }
  if (settings.pathPrefix !== undefined && !/^\/((?!\.+\/)[A-Za-z0-9._~-]+\/)*$/.test(settings.pathPrefix)) {
    problems.push(`path prefix ${quote(settings.pathPrefix)} must be a path such as /news/ (letters, digits, . _ ~ -)`);
  }
  // The title is in every page's <title> and every feed: a control character would make the feeds not well-formed.
  const control = /[\u0000-\u001f\u007f-\u009f\uFFFE\uFFFF]/.exec(settings.title)?.[0];
  if (control) {
    problems.push(`DIGEST_TITLE holds a control character (${codePointList([control])}), which feeds cannot carry: remove it`);
  }
  if (!isFormattingLocale(settings.locale)) {
    problems.push(`DIGEST_LOCALE ${quote(settings.locale)} is not a locale this Node.js can format dates in: set it to one such as en-GB or id-ID, or leave it unset`);
  }
  if (problems.length) throw new SettingsError(`Site settings: ${problems.join("; ")}`);
  return settings;
}

/** True when Intl has date formats for `locale` (`en-GB`, `id-ID`), not merely a fallback to its own default. */
function isFormattingLocale(locale: string): boolean {
  try {
    return Intl.DateTimeFormat.supportedLocalesOf(locale).length === 1;
  } catch {
    return false; // not even a well-formed tag, such as en_GB
  }
}

/** `news`, `/news` and `/news/` all mean `/news/`; empty or `/` means the site is at the root. */
export function normalizePathPrefix(prefix: string): string {
  const inner = prefix.trim().replace(/^\/+|\/+$/g, "");
  return inner ? `/${inner}/` : "/";
}
