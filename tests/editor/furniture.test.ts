import { test } from "uvu";
import * as assert from "uvu/assert";
import { furnitureKind } from "../../src/editor/furniture.ts";

test("photo captions: a credit at the end, or FILE - at the start", () => {
  for (const line of [
    "Petugas membersihkan saluran air di Jakarta Pusat. (KOMPAS.com/ANDI PUTRA)",
    "Warga antre membeli beras murah. ANTARA FOTO/Rudi Hartono/foc.",
    "Suasana sidang di gedung DPR. TEMPO/Siti Aminah",
    "A ship waits off the port. (AP Photo/Budi Santoso)",
    "Smoke rises over the hills in this handout picture. Fire Agency/Handout via REUTERS",
    "FILE - Leaders pose for a photo at a summit in Jakarta.",
    "Pengunjung melihat pameran di Bandung. (ANTARA/Dewi Lestari)",
  ]) {
    assert.is(furnitureKind(line), "photo caption", line);
  }
});

test("bylines and credits", () => {
  for (const line of [
    "Penulis: Andi Putra",
    "Penulis : Andi Putra",
    "Editor: Siti Aminah",
    "Pewarta: Rudi Hartono",
    "Reporter: Dewi Lestari",
    "Reporting by Ann Lee in Seoul; Editing by Tom Reed",
    "Associated Press writer Budi Santoso in Jakarta contributed to this report.",
    "By Ann Lee and Tom Reed",
    "Ani Putri - detikNews",
  ]) {
    assert.is(furnitureKind(line), "byline", line);
  }
});

test("footers and the page's own date line", () => {
  assert.is(furnitureKind("COPYRIGHT © ANTARA 2023"), "footer");
  assert.is(furnitureKind("Copyright © 2023 Pikiran Rakyat"), "footer");
  assert.is(furnitureKind("___"), "footer");
  assert.is(furnitureKind("Our Standards: The Thomson Reuters Trust Principles."), "footer");
  assert.is(furnitureKind("Selasa, 5 September 2023 08:30 WIB"), "date line");
  assert.is(furnitureKind("September 13, 2023 6:40 AM GMT+7 Updated 3 hours ago"), "date line");
  assert.is(furnitureKind("Selasa, 05 Sep 2023 10:15 WIB"), "date line");
});

test("the story's own sentences are not furniture", () => {
  for (const line of [
    "Editor senior itu mengatakan bahwa redaksi akan memeriksa ulang data tersebut.",
    "Harga cabai naik 10/kg di beberapa pasar (data 1/2).",
    "By the end of the week, prices had fallen again.",
    "The agency said the file would be released on 5 September 2023, after the summit ended.",
    "Menurut dia, pertemuan berikutnya digelar pada 5 September 2023 di Jakarta.",
    "Kedua partai (Golkar dan PDIP) sepakat.",
  ]) {
    assert.is(furnitureKind(line), undefined, line);
  }
});

test("the page's date line in Kompas's form, with or without the outlet before it", () => {
  for (const line of [
    "Kompas.com - 02/10/2023, 14:20 WIB",
    "02/10/2023, 14:20 WIB",
    "Senin, 2 Oktober 2023 14:20 WIB",
    "Pikiran-Rakyat.com - Senin, 2 Oktober 2023 | 14.20 WITA",
    "Kompas.com - 02/10/2023, 14:20 WIT",
  ]) {
    assert.is(furnitureKind(line), "date line", line);
  }
  for (const line of ["PIKIRAN RAKYAT – Senin, 2 Oktober 2023 banjir merendam dua desa.", "Surat Nomor 5/10/2023", "Kompas.com - Pemerintah menaikkan tarif pada 02/10/2023, 14:20 WIB."]) {
    assert.is(furnitureKind(line), undefined, line);
  }
});

test.run();
