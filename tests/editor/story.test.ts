import { test } from "uvu";
import * as assert from "uvu/assert";
import { parseStory } from "../../src/editor/story.ts";

test("one paragraph per line, with or without blank lines between, kept exactly", () => {
  const text = "\uFEFFPertama “kutipan” dengan é.\r\n\r\nKedua,  dua spasi.\nKetiga\u00a0di sini.   \n\n\n";
  assert.equal(parseStory(text), {
    paragraphs: ["Pertama “kutipan” dengan é.", "Kedua,  dua spasi.", "Ketiga\u00a0di sini."],
    relatedHeadlines: [],
    removed: {},
    dateLines: [],
    split: { long: 0, into: 0 },
  });
});

test("the dateline is split off the first paragraph", () => {
  const story = parseStory("PIKIRAN RAKYAT – Pemerintah menetapkan.\nKedua.\n");
  assert.equal(story.dateline, { outlet: "PIKIRAN RAKYAT" });
  assert.equal(story.paragraphs, ["Pemerintah menetapkan.", "Kedua."]);
});

test("a dateline on a line of its own goes with its line", () => {
  const story = parseStory("JAKARTA, KOMPAS.com —\n\nPemerintah menetapkan.\n");
  assert.equal(story.dateline, { outlet: "KOMPAS.com", place: "JAKARTA" });
  assert.equal(story.paragraphs, ["Pemerintah menetapkan."]);
});

test("a dash later in the text is not a dateline", () => {
  const story = parseStory("Pertama.\nPIKIRAN RAKYAT – bukan dateline di sini.\n");
  assert.is(story.dateline, undefined);
  assert.is(story.paragraphs.length, 2);
});

test("read-also lines leave the text; their headlines are kept once, in order", () => {
  const story = parseStory(
    [
      "BACA JUGA: Sebelum dateline",
      "PIKIRAN RAKYAT – Pertama.",
      "Baca juga:Judul Satu",
      "Kedua.",
      "READ MORE:",
      "Judul Dua di Baris Berikutnya",
      "Ketiga.",
      "Related: Judul Satu",
      "BACA JUGA:",
      "Paragraf biasa yang berakhir dengan titik.",
    ].join("\n"),
  );
  assert.equal(story.paragraphs, ["Pertama.", "Kedua.", "Ketiga.", "Paragraf biasa yang berakhir dengan titik."]);
  assert.equal(story.relatedHeadlines, ["Sebelum dateline", "Judul Satu", "Judul Dua di Baris Berikutnya"]);
  assert.equal(story.removed, { "read also": 5 });
  assert.equal(story.dateline, { outlet: "PIKIRAN RAKYAT" });
});

test("an empty paste has no paragraphs", () => {
  assert.equal(parseStory(" \n\n\t\n").paragraphs, []);
});

test("Word's line and page breaks end a paragraph; other characters a feed cannot carry are removed", () => {
  const story = parseStory("Pertama\u000BKedua.\u000CKetiga\u0001 dan\u001f empat\uFFFE.\n");
  assert.equal(story.paragraphs, ["Pertama", "Kedua.", "Ketiga dan empat."]);
});

test("the page's date line above the dateline leaves the text and is kept for the date; the dateline is still found", () => {
  const story = parseStory("Judul Berita Pagi Ini\nKompas.com - 02/10/2023, 14:20 WIB\nJAKARTA, KOMPAS.com - Pemerintah menetapkan.\nKedua.\n");
  assert.is(story.headline, "Judul Berita Pagi Ini");
  assert.equal(story.dateline, { outlet: "KOMPAS.com", place: "JAKARTA" });
  assert.equal(story.dateLines, ["Kompas.com - 02/10/2023, 14:20 WIB"]);
  assert.equal(story.paragraphs, ["Pemerintah menetapkan.", "Kedua."]);
  assert.equal(story.removed, { "date line": 1 });
});

test("a story pasted as one line that opens with the page's date line: the date line leaves the text, the dateline is found after it", () => {
  const rest = "JAKARTA, KOMPAS.com - Pemerintah menyatakan tarif bus kota tidak naik tahun ini. Kalimat kedua menyebut subsidi tetap diberikan.";
  for (const dateLine of ["Kompas.com - 02/10/2023, 14:20 WIB", "Senin, 2 Oktober 2023 14:20 WIB"]) {
    const story = parseStory(`${dateLine} ${rest}\n`);
    assert.equal(story.dateLines, [dateLine], dateLine);
    assert.equal(story.dateline, { outlet: "KOMPAS.com", place: "JAKARTA" }, dateLine);
    assert.equal(story.paragraphs, ["Pemerintah menyatakan tarif bus kota tidak naik tahun ini. Kalimat kedua menyebut subsidi tetap diberikan."], dateLine);
    assert.equal(story.removed, { "date line": 1 }, dateLine);
  }
});

test.run();
