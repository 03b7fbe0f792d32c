import { test } from "uvu";
import * as assert from "uvu/assert";
import { DateTime } from "luxon";
import { storyDate } from "../../src/editor/story-date.ts";

const today = DateTime.fromISO("2024-03-10T09:00", { zone: "Asia/Jakarta" });

test("Indonesian day/month/year in brackets, with or without the day's name", () => {
  assert.equal(storyDate(undefined, ["Presiden tiba di Bandung, Selasa (5/9/2023) pagi."], today), { day: "2023-09-05", written: "Selasa (5/9/2023)", from: "the text" });
  assert.equal(storyDate(undefined, ["kata dia di Jakarta, (7/9/2023)."], today), { day: "2023-09-07", written: "(7/9/2023)", from: "the text" });
});

test("day, month name and year, in Indonesian and English; month, day, year", () => {
  assert.equal(storyDate(undefined, ["Rapat digelar pada 5 Agustus 2023 di Jakarta."], today)?.day, "2023-08-05");
  assert.equal(storyDate(undefined, ["The talks began on 5 September 2023."], today)?.day, "2023-09-05");
  assert.equal(storyDate(undefined, ["Pada Kamis, 12 Desember 2023."], today)?.day, "2023-12-12");
  assert.equal(storyDate(undefined, ["It opened on Sept. 12, 2023, in Seoul."], today)?.day, "2023-09-12");
});

test("the first date in reading order that is not after today; an impossible date is no date", () => {
  assert.equal(storyDate(undefined, ["Acara pada 31 Maret 2024 ditunda.", "Diumumkan Senin (4/3/2024)."], today)?.written, "Senin (4/3/2024)");
  assert.is(storyDate(undefined, ["Tanggal (31/9/2023) tidak ada."], today), undefined);
  assert.is(storyDate(undefined, ["Tidak ada tanggal di sini, hanya tahun 2023."], today), undefined);
});

test("a wire dateline's day takes its year from a full date in the text", () => {
  assert.equal(storyDate("Sept 13", ["Kim left on Sept. 12, 2023, by train."], today), { day: "2023-09-13", written: "Sept 13", from: "the dateline" });
});

test("a year in the text that would put the day after today is passed over", () => {
  assert.equal(storyDate("March 11", ["The next summit is due on 5 January 2025."], today)?.day, "2023-03-11");
  assert.equal(storyDate("March 9", ["The next summit is due on 5 January 2025, after one on 1 June 2022."], today)?.day, "2022-03-09");
});

test("without a year in the text, a wire dateline's day is the latest such day not after today", () => {
  assert.equal(storyDate("March 10", ["No year here."], today)?.day, "2024-03-10");
  assert.equal(storyDate("March 11", ["No year here."], today)?.day, "2023-03-11");
  assert.equal(storyDate("Sept 13", [], today)?.day, "2023-09-13");
  assert.equal(storyDate("Feb 29", [], today)?.day, "2024-02-29");
  assert.equal(storyDate("Feb 29", [], DateTime.fromISO("2027-01-01", { zone: "Asia/Jakarta" }))?.day, "2024-02-29");
});

test("the page's date line: its day first, and its time in WIB, WITA or WIT; a bare 02/10/2023 only with a time", () => {
  const day = DateTime.fromISO("2023-10-02T16:00", { zone: "Asia/Jakarta" });
  const text = ["Rapat digelar Jumat (29/9/2023) di Jakarta."];
  assert.equal(storyDate(undefined, text, day, ["Kompas.com - 02/10/2023, 14:20 WIB"]), {
    day: "2023-10-02",
    written: "02/10/2023, 14:20 WIB",
    from: "the page's date line",
    time: "2023-10-02T14:20+07:00",
  });
  assert.equal(storyDate(undefined, text, day, ["Senin, 2 Oktober 2023 14.20 WITA"])?.time, "2023-10-02T14:20+08:00");
  assert.equal(storyDate(undefined, text, day, ["Senin, 02 Okt 2023 | 08:05 WIT"])?.time, "2023-10-02T08:05+09:00");
  // No zone, no time: the day alone.
  assert.equal(storyDate(undefined, text, day, ["Senin, 2 Oktober 2023 14:20"]), { day: "2023-10-02", written: "2 Oktober 2023", from: "the page's date line" });
  // Without a time a bare day/month/year may be a number, not the page's date: the text's date is used.
  assert.equal(storyDate(undefined, text, day, ["02/10/2023"])?.written, "Jumat (29/9/2023)");
  // A date line after today is passed over, as a date in the text is.
  assert.equal(storyDate(undefined, text, day, ["03/10/2023, 14:20 WIB"])?.from, "the text");
  // The time after a date in the story's own text is when something happened, not when the story was published.
  assert.equal(storyDate(undefined, ["Rapat dimulai Senin (2/10/2023) pukul 09.00 WIB."], day), { day: "2023-10-02", written: "Senin (2/10/2023)", from: "the text" });
});

test.run();
