import { test } from "uvu";
import * as assert from "uvu/assert";
import { firstSentence, shortenAtWord, titleFromFirstSentence } from "../../src/editor/first-sentence.ts";

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

test("shortening cuts at a word boundary and ends in …, within the limit", () => {
  assert.equal(shortenAtWord("short enough", 90), { text: "short enough", shortened: false });
  const long = "Para pemimpin negara Asia Tenggara mulai berdatangan di Jakarta Convention Center pada Selasa pagi";
  const { text, shortened } = shortenAtWord(long, 90);
  assert.ok(shortened);
  assert.is(text, "Para pemimpin negara Asia Tenggara mulai berdatangan di Jakarta Convention Center pada…");
  assert.ok(Array.from(text).length <= 90);
  assert.is(shortenAtWord("one two, three", 10).text, "one two…");
  assert.is(shortenAtWord("abcdefghijklmnop", 10).text, "abcdefghi…");
  assert.is(shortenAtWord("ab cd ééééé", 8).text, "ab cd…");
});

test("a title is the first sentence without its closing full stop", () => {
  assert.equal(titleFromFirstSentence("Harga beras naik lagi. Warga mengeluh."), { title: "Harga beras naik lagi", shortened: false });
  assert.equal(titleFromFirstSentence("Is it over? Not yet."), { title: "Is it over?", shortened: false });
  assert.equal(titleFromFirstSentence("Wait for it... Then go."), { title: "Wait for it...", shortened: false });
});

test.run();
