import { test } from "uvu";
import * as assert from "uvu/assert";
import { editionSubject } from "../../../src/outputs/email/subject.ts";
import { defaultSiteSettings } from "../../../src/settings/site.ts";

test("English: the site's title and the day in full", () => {
  assert.is(editionSubject("2023-09-06T00:00:00.000+07:00", defaultSiteSettings), "News Digest · Wednesday, 6 September 2023");
});

test("Indonesian: the day's name and month in Indonesian", () => {
  const settings = { ...defaultSiteSettings, title: "Ringkasan Berita", lang: "id" as const, locale: "id-ID" };
  assert.is(editionSubject("2023-09-06T00:00:00.000+07:00", settings), "Ringkasan Berita · Rabu, 6 September 2023");
});

test("the day is the site zone's day, whatever the machine's", () => {
  // 6 September in Jakarta begins at 17:00 UTC on the 5th.
  assert.match(editionSubject("2023-09-05T17:00:00.000Z", defaultSiteSettings), "Wednesday, 6 September 2023");
});

test.run();
