import { test } from "uvu";
import * as assert from "uvu/assert";
import { splitLeadingDateLine, splitLongParagraph, splitRunTogether } from "../../src/editor/one-line-paste.ts";

test("a read-also label inside running text goes on a line of its own with its title-case headline", () => {
  assert.equal(splitRunTogether("Hujan turun sejak pagi. Baca Juga: Banjir Rendam Dua Kelurahan di Bekasi Warga diminta waspada.").lines, [
    "Hujan turun sejak pagi.",
    "Baca Juga: Banjir Rendam Dua Kelurahan di Bekasi",
    "Warga diminta waspada.",
  ]);
  assert.equal(splitRunTogether("Prices rose. READ MORE: Rice Stocks Fall in Java Traders said supplies were short.").lines, [
    "Prices rose.",
    "READ MORE: Rice Stocks Fall in Java",
    "Traders said supplies were short.",
  ]);
  // The headline ends the line.
  assert.equal(splitRunTogether("Hujan turun sejak pagi. BACA JUGA: Banjir Rendam Dua Kelurahan").lines, ["Hujan turun sejak pagi.", "BACA JUGA: Banjir Rendam Dua Kelurahan"]);
});

test("a closing byline is cut off a one-line paste", () => {
  assert.equal(splitRunTogether("Rapat selesai sore hari. Penulis: Andi Putra Editor: Siti Aminah").lines, ["Rapat selesai sore hari.", "Penulis: Andi Putra Editor: Siti Aminah"]);
});

test("a line without a label, or a label at its start, is left as it is", () => {
  assert.equal(splitRunTogether("Editor senior itu tiba. Lalu rapat dimulai.").lines, ["Editor senior itu tiba. Lalu rapat dimulai."]);
  assert.equal(splitRunTogether("Baca juga: Banjir di Kemang").lines, ["Baca juga: Banjir di Kemang"]);
});

test("a long paragraph is split at sentence ends, not after Jl., Dr., U.S. or inside 1.5", () => {
  const s1 = "Dr. Ani Lestari dari sebuah lembaga riset di Jl. Sudirman mengatakan inflasi naik 1.5 persen pada bulan lalu, lebih tinggi dari perkiraan banyak ekonom di Jakarta.";
  const s2 = "Officials in the U.S. said the figure matched what they had expected from the region this year, given the dry season and higher fuel costs for farmers.";
  const s3 = "Menurut dia, pemerintah perlu menambah pasokan beras di pasar tradisional sebelum harga naik lebih jauh menjelang akhir tahun ini.";
  const s4 = "Ia juga meminta pemerintah daerah memantau harga setiap hari.";
  const text = `${s1} ${s2} ${s3} ${s4}`;
  assert.equal(splitLongParagraph(text, 400), [`${s1} ${s2}`, `${s3} ${s4}`]);
  assert.equal(splitLongParagraph(text), [text]); // under 800 characters: kept as pasted
});

test("Baca Juga without a colon inside running text is a label too, and where its headline ends is reported as a guess", () => {
  assert.equal(splitRunTogether("Air dihentikan dua hari, kata dia. Baca Juga Pemkot Bekasi Tutup Sekolah Direktur PDAM mengatakan stok cukup."), {
    lines: ["Air dihentikan dua hari, kata dia.", "Baca Juga: Pemkot Bekasi Tutup Sekolah Direktur", "PDAM mengatakan stok cukup."],
    guessed: [{ headline: "Pemkot Bekasi Tutup Sekolah Direktur", next: "PDAM mengatakan stok cukup." }],
  });
  // Before a lower-case word it is the text's own words; a label later on is still found.
  assert.equal(splitRunTogether("Hujan turun. Baca juga berita lain di sini. BACA JUGA Banjir Rendam Bekasi Warga mengungsi."), {
    lines: ["Hujan turun. Baca juga berita lain di sini.", "BACA JUGA: Banjir Rendam Bekasi", "Warga mengungsi."],
    guessed: [{ headline: "Banjir Rendam Bekasi", next: "Warga mengungsi." }],
  });
  // A headline that ends the line is no guess.
  assert.equal(splitRunTogether("Hujan turun sejak pagi. BACA JUGA: Banjir Rendam Dua Kelurahan").guessed, []);
});

test("a label opening a line splits it only when a sentence runs on after the headline", () => {
  assert.equal(splitRunTogether("BACA JUGA: Pipa Bocor Ganggu Layanan Air Bersih Petugas memasang pipa baru."), {
    lines: ["BACA JUGA: Pipa Bocor Ganggu Layanan Air Bersih", "Petugas memasang pipa baru."],
    guessed: [{ headline: "Pipa Bocor Ganggu Layanan Air Bersih", next: "Petugas memasang pipa baru." }],
  });
  for (const line of ["Read also: Farmers in Central Java turn to drought-tolerant crops", "Baca juga: Mengapa Harga Beras Naik?", "Baca Juga Warga Antre Air dari Truk Tangki"]) {
    assert.equal(splitRunTogether(line), { lines: [line], guessed: [] }, line);
  }
});

test("a page's date line with its time opening a line goes on a line of its own", () => {
  const rest = "JAKARTA, KOMPAS.com - Pemerintah menyatakan tarif bus kota tidak naik tahun ini. Subsidi tetap diberikan.";
  for (const dateLine of [
    "Kompas.com - 02/10/2023, 14:20 WIB",
    "Senin, 2 Oktober 2023 14:20 WIB",
    "Pikiran-Rakyat.com - Senin, 2 Oktober 2023 | 14.20 WITA",
    "02/10/2023, 14:20 GMT+7",
    "Kompas.com - 02/10/2023, 14:20", // no zone: still the page's date line
  ]) {
    assert.equal(splitLeadingDateLine(`${dateLine} ${rest}`), [dateLine, rest], dateLine);
  }
});

test("a line is left as it is when no date line with a time opens it", () => {
  for (const line of [
    "JAKARTA, KOMPAS.com - Pemerintah menyatakan pada Senin, 2 Oktober 2023 14:20 WIB tarif tidak naik.",
    "Menurut dia 2 Oktober 2023 14:20 WIB Pemerintah menetapkan tarif baru.",
    "Pada Kamis (5/10/2023) pukul 14.00 WIB Presiden tiba di Bandung.",
    "Senin, 2 Oktober 2023 Pemerintah menetapkan tarif baru.", // a date alone may open the text's first sentence
    "PIKIRAN RAKYAT – Senin, 2 Oktober 2023 14:20 WIB banjir merendam dua desa.",
    "Kompas.com - 02/10/2023, 14:20 WIB",
  ]) {
    assert.equal(splitLeadingDateLine(line), [line], line);
  }
});

test.run();
