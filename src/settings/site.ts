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
  /** The daily email's sender: its `From` name and address. */
  emailFrom: { name: string; address: string };
  /** The email's `List-Unsubscribe` and footer link: an https URL or a mailto: (a newsletter service's placeholder goes here). */
  emailUnsubscribe: string;
  /** Articles a topic shows in the email before "N more on the web edition". */
  emailItemsPerTopic: number;
  /** The picture shared links show for a page without its own (a file under layouts/assets/, served from /assets/). */
  card: { url: string; width: number; height: number };
}

/** The description a site has until DIGEST_DESCRIPTION gives its own, in its language. */
const defaultDescriptions: Record<SiteLanguage, string> = {
  en: "Curated news, grouped by topic and by day.",
  id: "Berita pilihan, dikelompokkan menurut topik dan hari.",
};

export const defaultSiteSettings: SiteSettings = {
  title: "News Digest",
  description: defaultDescriptions.en,
  baseUrl: "https://example.org",
  lang: "en",
  timeZone: "Asia/Jakarta",
  locale: "en-GB",
  homeDays: 7,
  topicPageSize: 20,
  dayPageSize: 50,
  emailFrom: { name: "News Digest", address: "digest@example.org" },
  emailUnsubscribe: "mailto:digest@example.org?subject=unsubscribe",
  emailItemsPerTopic: 10,
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
      if (settings.description === defaultDescriptions[base.lang]) settings.description = defaultDescriptions[env.DIGEST_LANG];
    } else problems.push(`DIGEST_LANG must be "en" or "id", not ${quote(env.DIGEST_LANG)}`);
  }
  if (env.DIGEST_DESCRIPTION) settings.description = env.DIGEST_DESCRIPTION;
  if (env.DIGEST_LOCALE) settings.locale = env.DIGEST_LOCALE;
  if (env.DIGEST_TIME_ZONE) settings.timeZone = env.DIGEST_TIME_ZONE;
  if (env.DIGEST_EMAIL_FROM_NAME || env.DIGEST_EMAIL_FROM) {
    settings.emailFrom = { name: env.DIGEST_EMAIL_FROM_NAME || settings.emailFrom.name, address: env.DIGEST_EMAIL_FROM || settings.emailFrom.address };
  }
  if (env.DIGEST_EMAIL_UNSUBSCRIBE) settings.emailUnsubscribe = env.DIGEST_EMAIL_UNSUBSCRIBE;
  if (env.DIGEST_EMAIL_ITEMS_PER_TOPIC) settings.emailItemsPerTopic = Number(env.DIGEST_EMAIL_ITEMS_PER_TOPIC);

  if (!IANAZone.isValidZone(settings.timeZone)) {
    problems.push(`time zone ${quote(settings.timeZone)} is not an IANA zone such as Asia/Jakarta`);
  }
  if (!/^https?:\/\/[^/\s]+$/.test(settings.baseUrl)) {
    problems.push(`base URL ${quote(settings.baseUrl)} must be an http(s) origin such as https://news.example.org${/^https?:\/\/[^/\s]+\/\S/.test(settings.baseUrl) ? " (a sub-path goes in DIGEST_PATH_PREFIX)" : ""}`);
  }
  if (settings.pathPrefix !== undefined && !/^\/((?!\.+\/)[A-Za-z0-9._~-]+\/)*$/.test(settings.pathPrefix)) {
    problems.push(`path prefix ${quote(settings.pathPrefix)} must be a path such as /news/ (letters, digits, . _ ~ -)`);
  }
  // The title and description are in every page and feed: a control character would make the feeds not well-formed.
  for (const [name, text] of [["DIGEST_TITLE", settings.title], ["DIGEST_DESCRIPTION", settings.description]] as const) {
    const control = /[\u0000-\u001f\u007f-\u009f\uFFFE\uFFFF]/.exec(text)?.[0];
    if (control) problems.push(`${name} holds a control character (${codePointList([control])}), which feeds cannot carry: remove it`);
  }
  if (!isFormattingLocale(settings.locale)) {
    problems.push(`DIGEST_LOCALE ${quote(settings.locale)} is not a locale this Node.js can format dates in: set it to one such as en-GB or id-ID, or leave it unset`);
  }
  problems.push(...emailSettingsProblems(settings));
  if (problems.length) throw new SettingsError(`Site settings: ${problems.join("; ")}`);
  return settings;
}

/** What is wrong with the email settings, each with the variable that fixes it. */
function emailSettingsProblems({ emailFrom, emailUnsubscribe, emailItemsPerTopic }: SiteSettings): string[] {
  const problems: string[] = [];
  if (!/^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:"]+$/.test(emailFrom.address)) {
    problems.push(`DIGEST_EMAIL_FROM ${quote(emailFrom.address)} must be an email address such as digest@news.example.org`);
  }
  if (/[\u0000-\u001f\u007f-\u009f<>"]/.test(emailFrom.name)) problems.push(`DIGEST_EMAIL_FROM_NAME ${quote(emailFrom.name)} may not hold control characters, < > or ": remove them`);
  if (!/^(?:https?:\/\/[^/\s]+\S*|mailto:[^\s@]+@[^\s@]+)$/.test(emailUnsubscribe)) {
    problems.push(`DIGEST_EMAIL_UNSUBSCRIBE ${quote(emailUnsubscribe)} must be an https:// address or a mailto: such as mailto:digest@news.example.org?subject=unsubscribe`);
  }
  if (!Number.isInteger(emailItemsPerTopic) || emailItemsPerTopic < 1 || emailItemsPerTopic > 100) {
    problems.push(`DIGEST_EMAIL_ITEMS_PER_TOPIC must be a whole number from 1 to 100, not ${quote(String(emailItemsPerTopic))}`);
  }
  return problems;
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
