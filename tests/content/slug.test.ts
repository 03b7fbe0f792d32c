import { test } from "uvu";
import * as assert from "uvu/assert";
import { isSlug, shorterSlug, slugFromFileName, slugify } from "../../src/content/slug.ts";

test("slugify keeps words, folds accents and drops punctuation", () => {
  assert.is(slugify("Russia–DPRK arms deal"), "russia-dprk-arms-deal");
  assert.is(slugify("El Niño and drought in Indonesia"), "el-nino-and-drought-in-indonesia");
  assert.is(slugify("Kim's armoured train: day 2!"), "kims-armoured-train-day-2");
  assert.is(slugify("  --KTT ASEAN ke-43--  "), "ktt-asean-ke-43");
});

test("slugify is idempotent and URL-safe", () => {
  for (const text of ["Pertemuan Kim–Putin di Vostochny", "Ünïcödé  spaces", "a/b?c#d"]) {
    const once = slugify(text);
    assert.is(slugify(once), once);
    assert.match(once, /^[a-z0-9]+(-[a-z0-9]+)*$/);
  }
});

test("the file name gives the default slug, without a leading date", () => {
  assert.is(slugFromFileName("2023-09-13-kim-meets-putin.md"), "kim-meets-putin");
  assert.is(slugFromFileName("Berita Hari Ini.md"), "berita-hari-ini");
  assert.is(slugFromFileName("2023-09-13.md"), "2023-09-13");
});

test("isSlug accepts only what slugify would produce", () => {
  assert.ok(isSlug("kim-meets-putin"));
  assert.not.ok(isSlug("Kim-Meets-Putin"));
  assert.not.ok(isSlug("kim--putin"));
  assert.not.ok(isSlug(""));
});

test("a shorter slug is the first words of a long one, at most 60 characters", () => {
  const long = Array.from({ length: 40 }, (_, i) => `word${i}`).join("-");
  assert.is(shorterSlug(long), "word0-word1-word2-word3-word4-word5-word6-word7-word8-word9");
  assert.is(shorterSlug("a".repeat(300)), "a".repeat(60));
  assert.is(shorterSlug("kim-meets-putin"), "kim-meets-putin");
});

test.run();
