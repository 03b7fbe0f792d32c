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

test("the page's full date line wins over a wire dateline's day, with its time; the wire day only when no date line gives a date", () => {
  const text = ["Kim left on Sept. 12, 2023, by train."];
  // The outlet's own date and time is more precise than the wire's day without a year.
  assert.equal(storyDate("Sept 13", text, today, ["13/09/2023, 06:40 WIB"]), {
    day: "2023-09-13",
    written: "13/09/2023, 06:40 WIB",
    from: "the page's date line",
    time: "2023-09-13T06:40+07:00",
  });
  assert.equal(storyDate("Sept 13", text, today, ["September 12, 2023"]), { day: "2023-09-12", written: "September 12, 2023", from: "the page's date line" });
  // A date line without a date, or with one after today, leaves the wire's day, its year still from the text.
  assert.equal(storyDate("Sept 13", text, today, ["Updated 3 hours ago"]), { day: "2023-09-13", written: "Sept 13", from: "the dateline" });
  assert.equal(storyDate("Sept 13", text, today, ["Senin, 11 Maret 2024 10:00 WIB"]), { day: "2023-09-13", written: "Sept 13", from: "the dateline" });
});

test("a time on the page's date line in a numeric zone: GMT+7, GMT+07:00, UTC+8, GMT+0700, minus offsets", () => {
  const day = DateTime.fromISO("2023-10-02T16:00", { zone: "Asia/Jakarta" });
  const text = ["Rapat digelar Jumat (29/9/2023) di Jakarta."];
  assert.equal(storyDate(undefined, text, day, ["Kompas.com - 02/10/2023, 14:20 GMT+7"]), {
    day: "2023-10-02",
    written: "02/10/2023, 14:20 GMT+7",
    from: "the page's date line",
    time: "2023-10-02T14:20+07:00",
  });
  assert.equal(storyDate(undefined, text, day, ["Senin, 2 Oktober 2023 14:20 GMT+07:00"])?.time, "2023-10-02T14:20+07:00");
  assert.equal(storyDate(undefined, text, day, ["Senin, 2 Oktober 2023 | 14.20 UTC+8"])?.time, "2023-10-02T14:20+08:00");
  assert.equal(storyDate(undefined, text, day, ["02/10/2023, 14:20 GMT+0700"])?.time, "2023-10-02T14:20+07:00");
  assert.equal(storyDate(undefined, text, day, ["October 1, 2023 21:05 GMT-5"])?.time, "2023-10-01T21:05-05:00");
  assert.equal(storyDate(undefined, text, day, ["October 1, 2023 21:05 UTC-03:30"])?.time, "2023-10-01T21:05-03:30");
  assert.equal(storyDate(undefined, text, day, ["October 2, 2023 08:05 GMT+0"])?.time, "2023-10-02T08:05+00:00");
  // No place is 15 hours ahead of UTC: the day alone.
  assert.equal(storyDate(undefined, text, day, ["Senin, 2 Oktober 2023 14:20 GMT+15"]), { day: "2023-10-02", written: "2 Oktober 2023", from: "the page's date line" });
});

test("a time with no zone on the page's date line gives the day alone, and the time is not in what was read", () => {
  const day = DateTime.fromISO("2023-10-02T16:00", { zone: "Asia/Jakarta" });
  const text = ["Rapat digelar Jumat (29/9/2023) di Jakarta."];
  // With a time after it, even without a zone, a bare day/month/year is the page's date, not a number.
  assert.equal(storyDate(undefined, text, day, ["Kompas.com - 02/10/2023, 14:20"]), { day: "2023-10-02", written: "02/10/2023", from: "the page's date line" });
  assert.equal(storyDate(undefined, text, day, ["02/10/2023 | 14.20"]), { day: "2023-10-02", written: "02/10/2023", from: "the page's date line" });
  // A 12-hour time without a zone: the day alone too.
  assert.equal(storyDate(undefined, text, day, ["October 2, 2023 6:40 AM"]), { day: "2023-10-02", written: "October 2, 2023", from: "the page's date line" });
});

test("a 12-hour time with its zone on the page's date line, as Reuters writes it, dates the story to the minute", () => {
  const day = DateTime.fromISO("2023-10-03T16:00", { zone: "Asia/Jakarta" });
  const text = ["Rapat digelar Jumat (29/9/2023) di Jakarta."];
  assert.equal(storyDate("Oct 2", text, day, ["October 2, 2023 6:40 AM GMT+7 Updated 2 hours ago"]), {
    day: "2023-10-02",
    written: "October 2, 2023 6:40 AM GMT+7",
    from: "the page's date line",
    time: "2023-10-02T06:40+07:00",
  });
  assert.equal(storyDate(undefined, text, day, ["October 2, 2023 6:40 p.m. GMT+7"])?.time, "2023-10-02T18:40+07:00");
  assert.equal(storyDate(undefined, text, day, ["October 2, 2023 12:05 AM UTC"])?.time, "2023-10-02T00:05+00:00");
  assert.equal(storyDate(undefined, text, day, ["October 1, 2023 23:40 GMT"])?.time, "2023-10-01T23:40+00:00");
  assert.equal(storyDate(undefined, text, day, ["October 2, 2023 12:05 AM GMT+0"])?.time, "2023-10-02T00:05+00:00");
  assert.equal(storyDate(undefined, text, day, ["October 2, 2023 12:30 PM GMT+7"])?.time, "2023-10-02T12:30+07:00");
  // No 13 o'clock on a 12-hour clock: the day alone.
  assert.equal(storyDate(undefined, text, day, ["October 2, 2023 13:05 PM GMT+7"]), { day: "2023-10-02", written: "October 2, 2023", from: "the page's date line" });
});

test.run();
