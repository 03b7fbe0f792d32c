import { test } from "uvu";
import * as assert from "uvu/assert";
import { normalizePathPrefix, readSiteSettings, SettingsError } from "../../src/settings/site.ts";

/** The SettingsError message for `env`; fails the test if nothing (or something else) is thrown. */
function settingsError(env: Record<string, string | undefined>): string {
  try {
    readSiteSettings(env);
  } catch (error) {
    assert.instance(error, SettingsError);
    return (error as SettingsError).message;
  }
  assert.unreachable(`no SettingsError for ${JSON.stringify(env)}`);
  return "";
}

test("no variables: the defaults", () => {
  assert.equal(readSiteSettings({}), {
    title: "News Digest",
    description: "Curated news, grouped by topic and by day.",
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
  });
});

test("empty variables count as unset", () => {
  const settings = readSiteSettings({ DIGEST_TITLE: "", DIGEST_LANG: "", DIGEST_BASE_URL: "", DIGEST_TIME_ZONE: "", DIGEST_LOCALE: "" });
  assert.is(settings.title, "News Digest");
  assert.is(settings.lang, "en");
  assert.is(settings.baseUrl, "https://example.org");
  assert.is(settings.timeZone, "Asia/Jakarta");
  assert.is(settings.locale, "en-GB");
});

test("DIGEST_LANG=id switches the language and the locale to id-ID", () => {
  const settings = readSiteSettings({ DIGEST_LANG: "id" });
  assert.is(settings.lang, "id");
  assert.is(settings.locale, "id-ID");
  assert.is(readSiteSettings({ DIGEST_LANG: "en" }).locale, "en-GB");
});

test("DIGEST_LOCALE overrides the language's locale", () => {
  assert.is(readSiteSettings({ DIGEST_LOCALE: "en-US" }).locale, "en-US");
  const settings = readSiteSettings({ DIGEST_LANG: "id", DIGEST_LOCALE: "en-AU" });
  assert.is(settings.lang, "id");
  assert.is(settings.locale, "en-AU");
});

test("DIGEST_TITLE, DIGEST_TIME_ZONE and DIGEST_BASE_URL are taken as given", () => {
  const settings = readSiteSettings({ DIGEST_TITLE: "Kabar", DIGEST_TIME_ZONE: "Asia/Makassar", DIGEST_BASE_URL: "http://localhost:8080" });
  assert.is(settings.title, "Kabar");
  assert.is(settings.timeZone, "Asia/Makassar");
  assert.is(settings.baseUrl, "http://localhost:8080");
});

test("a trailing slash on DIGEST_BASE_URL is trimmed", () => {
  assert.is(readSiteSettings({ DIGEST_BASE_URL: "https://news.example.org/" }).baseUrl, "https://news.example.org");
  assert.is(readSiteSettings({ DIGEST_BASE_URL: "https://news.example.org///" }).baseUrl, "https://news.example.org");
});

test("one call with overrides does not change the defaults for the next", () => {
  readSiteSettings({ DIGEST_LANG: "id", DIGEST_TITLE: "Kabar" });
  assert.is(readSiteSettings({}).lang, "en");
  assert.is(readSiteSettings({}).title, "News Digest");
});

test("an unknown DIGEST_LANG is a SettingsError naming DIGEST_LANG and the value", () => {
  for (const lang of ["fr", "EN", "id-ID", "english"]) {
    const message = settingsError({ DIGEST_LANG: lang });
    assert.match(message, "DIGEST_LANG", lang);
    assert.match(message, `"${lang}"`, lang);
  }
});

test("an invalid time zone is a SettingsError naming the time zone and the value", () => {
  for (const zone of ["Mars/Olympus_Mons", "Jakarta", "GMT+25"]) {
    const message = settingsError({ DIGEST_TIME_ZONE: zone });
    assert.match(message, /time zone/i, zone);
    assert.match(message, `"${zone}"`, zone);
  }
});

test("a base URL with a path is a SettingsError naming the base URL", () => {
  for (const url of ["https://example.org/news", "https://example.org/news/", "https://example.org/a/b"]) {
    const message = settingsError({ DIGEST_BASE_URL: url });
    assert.match(message, /base URL/i, url);
    assert.match(message, "https://example.org/", url);
  }
});

test("a base URL with another scheme, or none, is a SettingsError naming the base URL", () => {
  for (const url of ["ftp://example.org", "file:///srv/site", "example.org", "javascript:alert(1)"]) {
    const message = settingsError({ DIGEST_BASE_URL: url });
    assert.match(message, /base URL/i, url);
    assert.match(message, url.replace(/\/+$/, ""), url);
  }
});

test("several problems are reported together in one message", () => {
  const message = settingsError({ DIGEST_LANG: "fr", DIGEST_TIME_ZONE: "Nowhere/Town", DIGEST_BASE_URL: "ftp://example.org" });
  assert.match(message, "DIGEST_LANG");
  assert.match(message, '"fr"');
  assert.match(message, "Nowhere/Town");
  assert.match(message, "ftp://example.org");
  assert.is(message.split(";").length, 3);
});

test("the site is at the root unless DIGEST_PATH_PREFIX says otherwise", () => {
  assert.is(readSiteSettings({}).pathPrefix, undefined);
  assert.is(readSiteSettings({ DIGEST_PATH_PREFIX: "" }).pathPrefix, undefined);
  assert.is(readSiteSettings({ DIGEST_PATH_PREFIX: "/news/" }).pathPrefix, "/news/");
  assert.is(readSiteSettings({ DIGEST_PATH_PREFIX: "news" }).pathPrefix, "/news/");
  assert.is(readSiteSettings({ DIGEST_PATH_PREFIX: "/a/b" }).pathPrefix, "/a/b/");
  assert.is(readSiteSettings({ DIGEST_PATH_PREFIX: "/" }).pathPrefix, "/");
});

test("a path prefix is written with one slash at each end", () => {
  assert.is(normalizePathPrefix("news"), "/news/");
  assert.is(normalizePathPrefix("//news//"), "/news/");
  assert.is(normalizePathPrefix("/"), "/");
  assert.is(normalizePathPrefix(" "), "/");
});

test("a path prefix that is not a plain path is a SettingsError naming it", () => {
  for (const prefix of ["/a b/", "/../", "/x?y/", "/%2e/"]) {
    assert.match(settingsError({ DIGEST_PATH_PREFIX: prefix }), "path prefix", prefix);
  }
});

test("a base URL with a path points at DIGEST_PATH_PREFIX", () => {
  const settings = readSiteSettings({ DIGEST_BASE_URL: "https://news.example.com/", DIGEST_PATH_PREFIX: "/digest/" });
  assert.is(settings.baseUrl, "https://news.example.com");
  assert.is(settings.pathPrefix, "/digest/");
  assert.match(settingsError({ DIGEST_BASE_URL: "https://news.example.com/digest" }), "a sub-path goes in DIGEST_PATH_PREFIX");
});

test("a DIGEST_LOCALE Intl cannot format dates in is one line naming the variable and the fix", () => {
  const fix = "is not a locale this Node.js can format dates in: set it to one such as en-GB or id-ID, or leave it unset";
  assert.is(settingsError({ DIGEST_LOCALE: "zz-INVALID" }), `Site settings: DIGEST_LOCALE "zz-INVALID" ${fix}`);
  assert.is(settingsError({ DIGEST_LOCALE: "en_GB" }), `Site settings: DIGEST_LOCALE "en_GB" ${fix}`);
  assert.is(readSiteSettings({ DIGEST_LOCALE: "id-ID" }).locale, "id-ID");
  assert.is(readSiteSettings({ DIGEST_LOCALE: "en-AU" }).locale, "en-AU");
});

test("a DIGEST_TITLE with a control character, which would break every feed, is refused", () => {
  assert.is(settingsError({ DIGEST_TITLE: "News\u000BDigest" }), "Site settings: DIGEST_TITLE holds a control character (U+000B), which feeds cannot carry: remove it");
  assert.is(readSiteSettings({ DIGEST_TITLE: "Berita — Ringkasan" }).title, "Berita — Ringkasan");
});

test("a long setting is quoted cut to 80 characters", () => {
  assert.is(settingsError({ DIGEST_TIME_ZONE: "Z".repeat(500) }), `Site settings: time zone "${"Z".repeat(79)}…" is not an IANA zone such as Asia/Jakarta`);
});

test("an Indonesian site describes itself in Indonesian unless DIGEST_DESCRIPTION says otherwise", () => {
  assert.is(readSiteSettings({}).description, "Curated news, grouped by topic and by day.");
  assert.is(readSiteSettings({ DIGEST_LANG: "id" }).description, "Berita pilihan, dikelompokkan menurut topik dan hari.");
  assert.is(readSiteSettings({ DIGEST_LANG: "id", DIGEST_DESCRIPTION: "Kabar Asia Tenggara, setiap hari." }).description, "Kabar Asia Tenggara, setiap hari.");
  assert.is(readSiteSettings({ DIGEST_DESCRIPTION: "Southeast Asia, daily." }).description, "Southeast Asia, daily.");
  assert.match(settingsError({ DIGEST_DESCRIPTION: "Line one\u0007" }), "DIGEST_DESCRIPTION holds a control character (U+0007)");
});

test.run();
