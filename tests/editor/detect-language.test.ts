import { test } from "uvu";
import * as assert from "uvu/assert";
import { readFileSync } from "node:fs";
import path from "node:path";
import { detectLanguage, languageScores } from "../../src/editor/detect-language.ts";

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, "../fixtures/import", name), "utf8");

test("Indonesian and English stories are told apart by their function words", () => {
  assert.is(detectLanguage(fixture("ktt-asean-pikiran-rakyat.txt")), "id");
  assert.is(detectLanguage(fixture("el-nino-english.txt")), "en");
  assert.is(detectLanguage("Pemerintah akan menambah impor beras untuk menjaga harga di pasar."), "id");
  assert.is(detectLanguage("The government said it would import more rice to keep prices stable."), "en");
});

test("English names in an Indonesian sentence do not tip it over", () => {
  assert.is(detectLanguage("Tema “ASEAN Matters: Epicentrum of Growth” dipilih untuk tahun ini dan akan dibahas di Jakarta."), "id");
});

test("words are counted whole and in any case", () => {
  assert.equal(languageScores("YANG, yang; Yang-di THE thereby"), { id: 4, en: 1 });
});

test("no function words, or as many of each, cannot be told", () => {
  assert.is(detectLanguage("ASEAN 2023: Jakarta, Laos."), undefined);
  assert.is(detectLanguage("the yang"), undefined);
});

test.run();
