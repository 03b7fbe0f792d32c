import { test } from "uvu";
import * as assert from "uvu/assert";
import { firstSentence, titleFromFirstSentence, wholeWordsUpTo } from "../../src/editor/first-sentence.ts";

test("the first sentence ends at . ! ? or … before a space or the end", () => {
  assert.is(firstSentence("Harga naik. Warga mengeluh."), "Harga naik.");
  assert.is(firstSentence("Is it over? Not yet."), "Is it over?");
  assert.is(firstSentence("Only one sentence here"), "Only one sentence here");
  assert.is(firstSentence("“Kami siap.” Lalu ia pergi."), "“Kami siap.”");
});

test("initials, short forms, decimals and a lower-case next word do not end it", () => {
  assert.is(firstSentence("Inflasi 3.5 persen pada Agustus. Lalu turun."), "Inflasi 3.5 persen pada Agustus.");
  assert.is(firstSentence("Dr. Siti dan Prof. Budi tiba di Jl. Sudirman. Lalu rapat."), "Dr. Siti dan Prof. Budi tiba di Jl. Sudirman.");
  assert.is(firstSentence("Joko W. Widodo met U.S. officials. Talks followed."), "Joko W. Widodo met U.S. officials.");
  assert.is(firstSentence("Harga 10 ribu per kg. naik lagi. Selesai."), "Harga 10 ribu per kg. naik lagi.");
});

test("a title too long for a headline keeps whole words, without … or a dangling function word", () => {
  const long = "Para pemimpin negara Asia Tenggara mulai berdatangan di Jakarta Convention Center pada Selasa pagi";
  assert.is(wholeWordsUpTo(long, 90), "Para pemimpin negara Asia Tenggara mulai berdatangan di Jakarta Convention Center");
  assert.is(wholeWordsUpTo("short enough", 90), "short enough");
  assert.is(wholeWordsUpTo("one two, three", 10), "one two");
  assert.is(wholeWordsUpTo("prices rose in the city", 19), "prices rose");
  assert.is(wholeWordsUpTo("abcdefghijklmnop", 10), "abcdefghij");
});

test("a title is the first sentence without its closing full stop, when it fits a headline (110 characters)", () => {
  assert.equal(titleFromFirstSentence("Harga beras naik lagi. Warga mengeluh."), { title: "Harga beras naik lagi", fits: true, length: 21 });
  assert.equal(titleFromFirstSentence("Is it over? Not yet."), { title: "Is it over?", fits: true, length: 11 });
  assert.equal(titleFromFirstSentence("Wait for it... Then go."), { title: "Wait for it...", fits: true, length: 14 });
  const fits = `${"rumah ".repeat(16)}sampai ke atas.`; // 110 characters without the full stop
  assert.equal(titleFromFirstSentence(fits), { title: fits.slice(0, -1), fits: true, length: 110 });
  const tooLong = `${"rumah ".repeat(16)}sampai ke atasx.`;
  // Whole words up to 90 characters.
  assert.equal(titleFromFirstSentence(tooLong), { title: `${"rumah ".repeat(14)}rumah`, fits: false, length: 111 });
});

test.run();
