import { test } from "uvu";
import * as assert from "uvu/assert";
import { splitDateline } from "../../src/editor/dateline.ts";

test("an outlet in capitals, then a dash with spaces around it", () => {
  assert.equal(splitDateline("PIKIRAN RAKYAT – Pemerintah resmi menetapkan."), { dateline: { outlet: "PIKIRAN RAKYAT" }, rest: "Pemerintah resmi menetapkan." });
  assert.equal(splitDateline("ANTARA — Hujan turun."), { dateline: { outlet: "ANTARA" }, rest: "Hujan turun." });
  assert.equal(splitDateline("CNN INDONESIA - Harga beras naik."), { dateline: { outlet: "CNN INDONESIA" }, rest: "Harga beras naik." });
  assert.equal(splitDateline("BBC NEWS -- Talks resumed."), { dateline: { outlet: "BBC NEWS" }, rest: "Talks resumed." });
});

test("a web address as the outlet, in any case", () => {
  assert.equal(splitDateline("KOMPAS.com - Presiden tiba."), { dateline: { outlet: "KOMPAS.com" }, rest: "Presiden tiba." });
  assert.equal(splitDateline("TEMPO.CO – Presiden tiba."), { dateline: { outlet: "TEMPO.CO" }, rest: "Presiden tiba." });
});

test("the place before a comma is not the outlet", () => {
  assert.equal(splitDateline("JAKARTA, KOMPAS.com — Presiden tiba."), { dateline: { outlet: "KOMPAS.com", place: "JAKARTA" }, rest: "Presiden tiba." });
  assert.equal(splitDateline("BANDUNG, PIKIRAN RAKYAT – Hujan."), { dateline: { outlet: "PIKIRAN RAKYAT", place: "BANDUNG" }, rest: "Hujan." });
  assert.equal(splitDateline("Liputan6.com, Jakarta - Hujan."), { dateline: { outlet: "Liputan6.com", place: "Jakarta" }, rest: "Hujan." });
});

test("an outlet in brackets after the place", () => {
  assert.equal(splitDateline("JAKARTA (ANTARA) - Hujan."), { dateline: { outlet: "ANTARA", place: "JAKARTA" }, rest: "Hujan." });
  assert.equal(splitDateline("JAKARTA, Sept 5 (Reuters) - Leaders met."), { dateline: { outlet: "Reuters", place: "JAKARTA", day: "Sept 5" }, rest: "Leaders met." });
  assert.equal(splitDateline("Jakarta (ANTARA) - Hujan."), { dateline: { outlet: "ANTARA", place: "Jakarta" }, rest: "Hujan." });
  assert.equal(splitDateline("SEOUL, Sept 13 (Reuters) - Kim arrived."), { dateline: { outlet: "Reuters", place: "SEOUL", day: "Sept 13" }, rest: "Kim arrived." });
  assert.equal(splitDateline("SEOUL, Sept. 13 (Yonhap) -- Kim arrived."), { dateline: { outlet: "Yonhap", place: "SEOUL", day: "Sept. 13" }, rest: "Kim arrived." });
  assert.equal(splitDateline("WASHINGTON (AP) — Talks resumed."), { dateline: { outlet: "AP", place: "WASHINGTON" }, rest: "Talks resumed." });
});

test("the real forms of Indonesian outlets' datelines, with -, – or —", () => {
  assert.equal(splitDateline("JAKARTA, KOMPAS.com - Presiden tiba."), { dateline: { outlet: "KOMPAS.com", place: "JAKARTA" }, rest: "Presiden tiba." });
  assert.equal(splitDateline("TEMPO.CO, Jakarta - Presiden tiba."), { dateline: { outlet: "TEMPO.CO", place: "Jakarta" }, rest: "Presiden tiba." });
  assert.equal(splitDateline("Liputan6.com, Jakarta – Presiden tiba."), { dateline: { outlet: "Liputan6.com", place: "Jakarta" }, rest: "Presiden tiba." });
  assert.equal(splitDateline("Jakarta, CNN Indonesia — Presiden tiba."), { dateline: { outlet: "CNN Indonesia", place: "Jakarta" }, rest: "Presiden tiba." });
  assert.equal(splitDateline("JABAR EKSPRES – Hujan deras."), { dateline: { outlet: "JABAR EKSPRES" }, rest: "Hujan deras." });
});

test("a place alone is not an outlet: one word no table knows as an outlet", () => {
  assert.equal(splitDateline("JAKARTA – Hujan deras turun."), { dateline: { place: "JAKARTA" }, rest: "Hujan deras turun." });
  assert.equal(splitDateline("Jakarta - Presiden tiba."), { dateline: { place: "Jakarta" }, rest: "Presiden tiba." });
  assert.equal(splitDateline("ANTARA – Hujan deras turun."), { dateline: { outlet: "ANTARA" }, rest: "Hujan deras turun." });
  // The outlet registry can teach it a one-word outlet.
  assert.equal(splitDateline("SUARA – Hujan.", { "Suara.com": ["SUARA"] }), { dateline: { outlet: "SUARA" }, rest: "Hujan." });
  // A capitalised word before a dash and a lower-case word is the start of a sentence.
  assert.is(splitDateline("Presiden – yang baru tiba – menyambut tamu."), undefined);
});

test("a dateline standing alone leaves an empty rest", () => {
  assert.equal(splitDateline("PIKIRAN RAKYAT –"), { dateline: { outlet: "PIKIRAN RAKYAT" }, rest: "" });
});

test("ordinary first sentences are not datelines", () => {
  for (const text of [
    "Presiden Joko Widodo – yang baru tiba – menyambut tamu.",
    "Pada Senin, Presiden Jokowi - didampingi menteri - tiba.",
    "The talks — held behind closed doors — ended late.",
    "PIKIRAN RAKYAT–Pemerintah tanpa spasi.",
    "2023 – tahun yang panas.",
    "Harga naik 5 - 10 persen.",
  ]) {
    assert.is(splitDateline(text), undefined, text);
  }
});

test.run();
