import { test } from "uvu";
import * as assert from "uvu/assert";
import { guessedHeadlineNotes, removedNotes, splitNote } from "../../src/editor/import-notes.ts";

test("one line for each kind of line taken out, in the order met, counted in words that agree", () => {
  assert.equal(removedNotes({ footer: 2, "photo caption": 3, "date line": 2, byline: 1, "read also": 2 }, 1), [
    "Removed 2 footer lines from the text",
    "Removed 3 photo captions from the text",
    "Removed 2 date lines from the text",
    "Removed 1 byline from the text",
    'Removed 2 "read also" lines from the text; 1 headline kept as related_headlines',
  ]);
  assert.equal(removedNotes({}, 0), []);
});

test("split paragraphs are reported so the editor checks the breaks; none, no line", () => {
  assert.equal(splitNote({ long: 1, into: 5 }), ["Split 1 long paragraph into 5 at sentence ends (pasted without line breaks?): check where the paragraphs break"]);
  assert.equal(splitNote({ long: 0, into: 0 }), []);
});

test("a guessed end of a run-together read-also headline is pointed out, with the first words after it", () => {
  assert.equal(guessedHeadlineNotes([{ headline: "Pemkot Bekasi Tutup Sekolah Direktur", next: "PDAM mengatakan stok air cukup sampai Rabu." }]), [
    'Guessed where a "read also" headline ends in text pasted without line breaks: "Pemkot Bekasi Tutup Sekolah Direktur", then "PDAM mengatakan stok air cukup sampai …": check that sentence and related_headlines',
  ]);
  assert.equal(guessedHeadlineNotes([{ headline: "Banjir Rendam Bekasi", next: "Warga mengungsi." }])[0], 'Guessed where a "read also" headline ends in text pasted without line breaks: "Banjir Rendam Bekasi", then "Warga mengungsi.": check that sentence and related_headlines');
  assert.equal(guessedHeadlineNotes(undefined), []);
});

test.run();
