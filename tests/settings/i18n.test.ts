import { test } from "uvu";
import * as assert from "uvu/assert";
import { languageName, wordsFor, type Words } from "../../src/settings/i18n.ts";

const en = wordsFor("en");
const id = wordsFor("id");

/** Every entry as text: plain strings as they are, functions called with sample arguments. */
function texts(words: Words): [string, string][] {
  return Object.entries(words).flatMap(([key, value]): [string, string][] => {
    if (typeof value === "object") return Object.entries(value as Record<string, string>).map(([sub, text]): [string, string] => [`${key}.${sub}`, text]);
    if (typeof value === "string") return [[key, value]];
    if (key === "sourceLine") return [[key, (value as Words["sourceLine"])("Reuters", 2)]];
    if (key === "page") return [[key, (value as Words["page"])(2, 5)]];
    if (key === "inLanguage" || key === "languageName") return [[key, (value as (lang: string) => string)("fr")]];
    return [[key, (value as (n: number) => string)(3)]];
  });
}

test("both dictionaries have exactly the same keys", () => {
  assert.equal(Object.keys(id).sort(), Object.keys(en).sort());
  assert.ok(Object.keys(en).length >= 40);
});

test("no word is empty or only spaces, in either language", () => {
  for (const [lang, words] of [["en", en], ["id", id]] as const) {
    for (const [key, text] of texts(words)) assert.ok(text.trim().length > 0, `${lang}.${key} is empty`);
  }
});

test("the two languages are really translated", () => {
  const same = texts(en)
    // "Wikidata" is a name, the same in every language.
    .filter(([key, text]) => key !== "wikidata" && texts(id).find(([k]) => k === key)?.[1] === text)
    .map(([key]) => key);
  assert.equal(same, []);
});

test("articles(n) is singular for one and plural otherwise in English", () => {
  assert.is(en.articles(1), "1 article");
  assert.is(en.articles(3), "3 articles");
  assert.is(en.articles(0), "0 articles");
});

test("Indonesian does not inflect articles(n)", () => {
  assert.is(id.articles(1), "1 artikel");
  assert.is(id.articles(3), "3 artikel");
});

test("page(n, total) in both languages", () => {
  assert.is(en.page(2, 5), "Page 2 of 5");
  assert.is(id.page(2, 5), "Halaman 2 dari 5");
});

test("languageName gives a language's name in the interface language", () => {
  assert.is(languageName("id", "en"), "Indonesian");
  assert.is(languageName("en", "en"), "English");
  assert.match(languageName("en", "id"), "Inggris");
  assert.match(languageName("id", "id"), "Indonesia");
  assert.is(en.languageName("id"), "Indonesian");
  assert.match(id.languageName("en"), "Inggris");
});

test("languageName falls back to the tag itself when it is not a language tag", () => {
  assert.is(languageName("not a tag!", "en"), "not a tag!");
  assert.is(languageName("en_US!", "id"), "en_US!");
});

test("inLanguage says which language an article is in", () => {
  assert.is(en.inLanguage("id"), "in Indonesian");
  assert.is(en.inLanguage("fr"), "in French");
});

test("Indonesian inLanguage reads 'dalam bahasa …', not 'dalam Inggris'", () => {
  assert.is(id.inLanguage("en"), "dalam bahasa Inggris");
});

test.run();
