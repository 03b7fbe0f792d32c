// The daily email's settings: sender, unsubscribe link and the per-topic cap, from the environment, checked.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { readSiteSettings, SettingsError } from "../../src/settings/site.ts";

function settingsError(env: Record<string, string>): string {
  try {
    readSiteSettings(env);
  } catch (error) {
    assert.instance(error, SettingsError);
    return (error as SettingsError).message;
  }
  throw new assert.Assertion({ message: "no SettingsError", generated: false, operator: "throws", expects: "", actual: "" });
}

test("defaults: a placeholder sender and unsubscribe address, 10 articles a topic", () => {
  const s = readSiteSettings({});
  assert.equal(s.emailFrom, { name: "News Digest", address: "digest@example.org" });
  assert.is(s.emailUnsubscribe, "mailto:digest@example.org?subject=unsubscribe");
  assert.is(s.emailItemsPerTopic, 10);
});

test("the variables set them", () => {
  const s = readSiteSettings({
    DIGEST_EMAIL_FROM_NAME: "Ringkasan Berita",
    DIGEST_EMAIL_FROM: "redaksi@berita.example.id",
    DIGEST_EMAIL_UNSUBSCRIBE: "https://berita.example.id/berhenti",
    DIGEST_EMAIL_ITEMS_PER_TOPIC: "5",
  });
  assert.equal(s.emailFrom, { name: "Ringkasan Berita", address: "redaksi@berita.example.id" });
  assert.is(s.emailUnsubscribe, "https://berita.example.id/berhenti");
  assert.is(s.emailItemsPerTopic, 5);
});

test("a bad value names its variable and what to write", () => {
  assert.match(settingsError({ DIGEST_EMAIL_FROM: "redaksi" }), 'DIGEST_EMAIL_FROM "redaksi" must be an email address such as digest@news.example.org');
  assert.match(settingsError({ DIGEST_EMAIL_UNSUBSCRIBE: "javascript:alert(1)" }), "DIGEST_EMAIL_UNSUBSCRIBE");
  assert.match(settingsError({ DIGEST_EMAIL_ITEMS_PER_TOPIC: "0" }), 'DIGEST_EMAIL_ITEMS_PER_TOPIC must be a whole number from 1 to 100, not "0"');
  assert.match(settingsError({ DIGEST_EMAIL_ITEMS_PER_TOPIC: "ten" }), "DIGEST_EMAIL_ITEMS_PER_TOPIC must be a whole number");
  assert.match(settingsError({ DIGEST_EMAIL_FROM_NAME: "News\nBcc: x@y.z" }), "DIGEST_EMAIL_FROM_NAME");
});

test.run();
