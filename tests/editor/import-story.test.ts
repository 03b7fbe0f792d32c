import { test } from "uvu";
import * as assert from "uvu/assert";
import { readFileSync } from "node:fs";
import path from "node:path";
import { DateTime } from "luxon";
import { importStory, type ImportInput } from "../../src/editor/import-story.ts";
import { validArticle } from "../helpers/content.ts";

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, "../fixtures/import", name), "utf8");
const context = {
  articlesDir: "/site/articles",
  timeZone: "Asia/Jakarta",
  now: DateTime.fromISO("2023-09-05T02:10:00Z"),
  siteLang: "en",
  topics: [
    { slug: "asean-summit-jakarta-2023", title: "ASEAN Summit in Jakarta 2023" },
    { slug: "el-nino-drought-indonesia", title: "El Niño and drought in Indonesia" },
  ],
};

function imported(input: Partial<ImportInput> & { text: string }) {
  const result = importStory({ topics: ["asean-summit-jakarta-2023"], ...input }, context);
  if (!result.ok) throw new Error(result.error);
  return { ...result, article: validArticle(result.text, `articles/2023/${path.basename(result.file)}`) };
}

test("an Indonesian story: dateline → source, read-also lines → related headlines, id detected, a long first sentence → whole words and a warning", () => {
  const text = fixture("ktt-asean-pikiran-rakyat.txt");
  const { file, article, notes } = imported({ text });
  const title = "Para pemimpin negara Asia Tenggara mulai berdatangan di Jakarta Convention Center";
  assert.equal(notes, [
    "Source taken from the dateline: Pikiran Rakyat; pass --source to change it",
    "Language detected: id (Indonesian); pass --lang to change it",
    `warning: the first sentence is too long for a title (222 characters, at most 110): used its first words as the title: ${title}; pass --title with the story's headline`,
    "No date found in the story: used now, 2023-09-05T09:10; pass --date with the day it was published",
    'Removed 2 "read also" lines from the text; 2 headlines kept as related_headlines',
  ]);
  assert.is(file, path.join("/site/articles", "2023", "2023-09-05-para-pemimpin-negara-asia-tenggara-mulai-berdatangan-di.md"));
  assert.is(article.title, title);
  assert.equal(article.source, { name: "Pikiran Rakyat", url: undefined, author: undefined });
  assert.is(article.lang, "id");
  assert.is(article.date.at.toISO(), "2023-09-05T09:10:00.000+07:00");
  assert.equal(article.relatedHeadlines, [
    "Sejumlah Ruas Jalan di Senayan Ditutup Selama KTT ASEAN, Ini Rute Alternatifnya",
    "Mengenal Peta Jalan Keanggotaan Timor-Leste di ASEAN",
  ]);

  const body = article.body;
  assert.not.match(body, "PIKIRAN RAKYAT");
  assert.not.match(body, /baca juga/i);
  assert.not.match(body, "Rute Alternatifnya");
  assert.ok(body.startsWith("Para pemimpin negara Asia Tenggara mulai berdatangan"));
  // Every other line of the paste is a paragraph of the body, byte for byte, one blank line apart.
  const kept = text
    .split("\n")
    .filter((line) => line.trim() && !/^baca juga/i.test(line))
    .map((line) => line.replace("PIKIRAN RAKYAT – ", ""));
  assert.equal(body.trim().split("\n\n"), kept);
  assert.match(body, "tema “ASEAN Matters: Epicentrum of Growth” sepanjang");
  assert.match(body, "Presiden José Ramos-Horta");
  assert.match(body, "António Guterres");
});

test("an English story with a READ MORE: line", () => {
  const { article, notes } = imported({ text: fixture("el-nino-english.txt"), topics: ["El Niño and drought in Indonesia"] });
  assert.equal(notes, [
    "Source taken from the dateline: The Jakarta Post; pass --source to change it",
    "Language detected: en (English); pass --lang to change it",
    "warning: the first sentence is too long for a title (213 characters, at most 110): used its first words as the title: Indonesia’s weather agency has told regional governments to prepare for a longer and drier; pass --title with the story's headline",
    "No date found in the story: used now, 2023-09-05T09:10; pass --date with the day it was published",
    'Removed 1 "read also" line from the text; 1 headline kept as related_headlines',
  ]);
  assert.equal(article.topics, ["el-nino-drought-indonesia"]);
  assert.is(article.lang, "en");
  assert.equal(article.relatedHeadlines, ["Farmers in Central Java turn to drought-tolerant crops"]);
  assert.is(article.body.trim().split("\n\n").length, 5);
  assert.not.match(article.body, /READ MORE|THE JAKARTA POST/);
  assert.match(article.body, "Indonesia’s weather agency");
});

test("the editor's --title, --source, --lang, --date and --url win, and nothing is said about them", () => {
  const { file, article, notes } = imported({
    text: fixture("ktt-asean-pikiran-rakyat.txt"),
    title: "KTT ASEAN ke-43 dibuka di Jakarta",
    source: "Pikiran-Rakyat.com",
    lang: "id",
    date: "2023-09-05",
    url: "https://www.pikiran-rakyat.com/ktt",
  });
  assert.equal(notes, ['Removed 2 "read also" lines from the text; 2 headlines kept as related_headlines']);
  assert.is(path.basename(file), "2023-09-05-ktt-asean-ke-43-dibuka-di-jakarta.md");
  assert.is(article.date.at.toISO(), "2023-09-05T00:00:00.000+07:00");
  assert.equal(article.source, { name: "Pikiran-Rakyat.com", url: "https://www.pikiran-rakyat.com/ktt", author: undefined });
  assert.not.match(article.body, "PIKIRAN RAKYAT"); // the dateline still leaves the text
});

test("a short first sentence is the whole title; Markdown at a line start stays text", () => {
  const { article, notes } = imported({ text: "ANTARA – Banjir surut di Jakarta. Warga kembali ke rumah.\n- 20 rumah rusak dan akan diperbaiki.\n", topics: ["asean-summit-jakarta-2023"] });
  assert.is(article.title, "Banjir surut di Jakarta");
  assert.ok(notes.includes("Title taken from the first sentence: Banjir surut di Jakarta; pass --title to change it"));
  assert.is(article.body, "Banjir surut di Jakarta. Warga kembali ke rumah.\n\n\\- 20 rumah rusak dan akan diperbaiki.\n");
});

test("without a dateline the source must be given", () => {
  assert.equal(importStory({ text: "Banjir surut di Jakarta.\n", topics: ["asean-summit-jakarta-2023"] }, context), {
    ok: false,
    error: 'no dateline names the outlet (such as "PIKIRAN RAKYAT – " before the first paragraph): pass --source "Outlet"',
  });
  const { article } = imported({ text: "Banjir surut di Jakarta dan warga pulang.\n", source: "Antara" });
  assert.is(article.source.name, "Antara");
});

test("a language it cannot tell falls back to the site's, and says so", () => {
  const { article, notes } = imported({ text: "ANTARA – ASEAN 2023: Jakarta, Laos.\n" });
  assert.is(article.lang, "en");
  assert.ok(notes.includes("Language not recognised as Indonesian or English: using the site's, en; pass --lang to change it"));
});

test("an empty story, an unknown topic or a bad URL is refused", () => {
  assert.equal(importStory({ text: "\n\nBACA JUGA: x\n", topics: [] }, context), { ok: false, error: "the story is empty: paste its text, one paragraph per line" });
  assert.equal(importStory({ text: fixture("el-nino-english.txt"), topics: ["el-nino"] }, context), {
    ok: false,
    error: 'unknown topic "el-nino": did you mean "el-nino-drought-indonesia"?',
  });
  assert.equal(importStory({ text: fixture("el-nino-english.txt"), topics: ["el-nino-drought-indonesia"], url: "javascript:alert(1)" }, context), {
    ok: false,
    error: '--url "javascript:alert(1)" is not a web address: only http:// and https:// addresses are allowed',
  });
});

test.run();
