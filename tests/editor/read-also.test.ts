import { test } from "uvu";
import * as assert from "uvu/assert";
import { readAlsoHeadline } from "../../src/editor/read-also.ts";

test("read-also labels in any case and spacing give their headline", () => {
  assert.is(readAlsoHeadline("BACA JUGA: Harga Beras Naik Lagi"), "Harga Beras Naik Lagi");
  assert.is(readAlsoHeadline("Baca Juga: Harga Beras Naik Lagi"), "Harga Beras Naik Lagi");
  assert.is(readAlsoHeadline("Baca juga:Harga Beras Naik Lagi"), "Harga Beras Naik Lagi");
  assert.is(readAlsoHeadline("BACA JUGA : Harga Beras Naik Lagi "), "Harga Beras Naik Lagi");
  assert.is(readAlsoHeadline("bacajuga: x"), "x");
  assert.is(readAlsoHeadline("Read also: Rice prices rise"), "Rice prices rise");
  assert.is(readAlsoHeadline("READ MORE: Rice prices rise"), "Rice prices rise");
  assert.is(readAlsoHeadline("Related: Rice prices rise"), "Rice prices rise");
  assert.is(readAlsoHeadline("Simak juga: Video banjir"), "Video banjir");
});

test("a label alone gives an empty headline", () => {
  assert.is(readAlsoHeadline("BACA JUGA:"), "");
  assert.is(readAlsoHeadline("Read more :"), "");
});

test("other lines are not read-also lines", () => {
  assert.is(readAlsoHeadline("Baca juga berita lainnya di situs kami."), undefined);
  assert.is(readAlsoHeadline("He said: read also the report."), undefined);
  assert.is(readAlsoHeadline("Related news came later: prices rose."), undefined);
});

test("Baca Juga without a colon, before a capitalised headline, is a read-also line", () => {
  assert.is(readAlsoHeadline("Baca Juga Pemkot Bekasi Tutup Sekolah"), "Pemkot Bekasi Tutup Sekolah");
  assert.is(readAlsoHeadline("BACA JUGA Harga Beras Naik Lagi"), "Harga Beras Naik Lagi");
  assert.is(readAlsoHeadline("Baca juga Harga beras naik lagi"), "Harga beras naik lagi");
  // A sentence that starts with the words is not one.
  assert.is(readAlsoHeadline("Baca juga Pasal 5 undang-undang itu."), undefined);
  assert.is(readAlsoHeadline("baca juga Harga Naik"), undefined);
});

test.run();
