import { test } from "uvu";
import * as assert from "uvu/assert";
import { isoFromLocalDate } from "../../src/content/date-hints.ts";

test("a day written another unambiguous way gives the ISO day it means, whatever the locale", () => {
  for (const locale of ["en-GB", "en-US", "id-ID", undefined]) {
    for (const written of [
      "2023/09/18",
      "2023.09.18",
      "2023-9-18",
      "2023/9/18",
      "18 September 2023",
      "18 september 2023",
      "18 Sep 2023",
      "18 Sept. 2023",
      "18-Sep-2023",
      "18th September 2023",
      "September 18, 2023",
      "Sep 18 2023",
      "Sept. 18th, 2023",
      "Senin, 18 September 2023",
      "Monday, September 18, 2023",
    ]) {
      assert.is(isoFromLocalDate(written, locale), "2023-09-18", `${written} (${locale})`);
    }
    assert.is(isoFromLocalDate("18 Agustus 2023", locale), "2023-08-18");
    assert.is(isoFromLocalDate("5 Okt 2023", locale), "2023-10-05");
    assert.is(isoFromLocalDate("1 Mei 2024", locale), "2024-05-01");
    assert.is(isoFromLocalDate("18 Desember 2023", locale), "2023-12-18");
  }
});

test("a time after the day is kept, with its offset or Indonesian zone", () => {
  assert.is(isoFromLocalDate("2023/09/18 14:30", "en-GB"), "2023-09-18T14:30");
  assert.is(isoFromLocalDate("2023-9-18T9:05", "en-GB"), "2023-09-18T09:05");
  assert.is(isoFromLocalDate("18/09/2023 14:30:15", "en-GB"), "2023-09-18T14:30:15");
  assert.is(isoFromLocalDate("18/09/2023, 14.30 WIB", "en-GB"), "2023-09-18T14:30+07:00");
  assert.is(isoFromLocalDate("18 September 2023 pukul 08:30 WITA", "en-GB"), "2023-09-18T08:30+08:00");
  assert.is(isoFromLocalDate("September 18, 2023 14:30 +0900", "en-GB"), "2023-09-18T14:30+09:00");
  assert.is(isoFromLocalDate("2023/09/18 14:30Z", "en-GB"), "2023-09-18T14:30Z");
});

test("day and month in numbers follow the site locale's order; one that cannot be a month settles it", () => {
  assert.is(isoFromLocalDate("09/10/2023", "en-GB"), "2023-10-09");
  assert.is(isoFromLocalDate("09/10/2023", "id-ID"), "2023-10-09");
  assert.is(isoFromLocalDate("09/10/2023", "en-US"), "2023-09-10");
  assert.is(isoFromLocalDate("18/09/2023", "en-GB"), "2023-09-18");
  assert.is(isoFromLocalDate("18-09-2023", "id-ID"), "2023-09-18");
  assert.is(isoFromLocalDate("18.09.2023", "en-GB"), "2023-09-18");
  // 18 is no month: the only reading, in any order.
  assert.is(isoFromLocalDate("18/09/2023", "en-US"), "2023-09-18");
  assert.is(isoFromLocalDate("09/18/2023", "en-GB"), "2023-09-18");
  assert.is(isoFromLocalDate("18/09/2023", undefined), "2023-09-18");
  assert.is(isoFromLocalDate("5/5/2023", undefined), "2023-05-05");
});

test("no guess where the reading is not certain", () => {
  // Without a locale (or one that writes the year first), 09/10/2023 is 9 October or 10 September.
  assert.is(isoFromLocalDate("09/10/2023", undefined), undefined);
  assert.is(isoFromLocalDate("09/10/2023", "ja-JP"), undefined);
  assert.is(isoFromLocalDate("18/09/2023", "ja-JP"), "2023-09-18");
  for (const written of [
    "18/09/23", // which century, and which is the day
    "2023/18/09", // no month 18
    "31/09/2023", // no 31 September
    "18/09-2023", // two separators
    "September 2023", // no day
    "18 September", // no year
    "18 Foo 2023",
    "Selasa, 18 September 2023", // 18 September 2023 was a Monday
    "2023/09/18 25:00",
    "2023/09/18 2:30 PM",
    "yesterday",
    "",
  ]) {
    assert.is(isoFromLocalDate(written, "en-GB"), undefined, written);
  }
});

test.run();
