import { test } from "uvu";
import * as assert from "uvu/assert";
import { readableDate, type DateStyle } from "../../../src/pages/filters/readable-date.ts";

const zone = "Asia/Jakarta";
const morning = "2023-09-05T10:30:00+07:00"; // a Tuesday in Jakarta

test("weekday style: the full date with the day of the week", () => {
  assert.is(readableDate(morning, "weekday", zone, "en-GB"), "Tuesday, 5 September 2023");
  assert.is(readableDate(morning, "weekday", zone, "id-ID"), "Selasa, 5 September 2023");
});

test("a date without a time is that day in the site zone", () => {
  assert.is(readableDate("2023-09-05", "weekday", zone, "en-GB"), "Tuesday, 5 September 2023");
  assert.is(readableDate("2023-09-05", "weekday", zone, "id-ID"), "Selasa, 5 September 2023");
});

test("day style: day, short month and year", () => {
  // CLDR spells September "Sept" in en-GB since version 38, "Sep" before.
  assert.match(readableDate(morning, "day", zone, "en-GB"), /^5 Sept? 2023$/);
  assert.is(readableDate(morning, "day", zone, "id-ID"), "5 Sep 2023");
  assert.match(readableDate("2023-12-25", "day", zone, "id-ID"), /^25 Des 2023$/);
});

test("month and year styles", () => {
  assert.is(readableDate(morning, "month", zone, "en-GB"), "September 2023");
  assert.is(readableDate("2023-08-17", "month", zone, "id-ID"), "Agustus 2023");
  assert.is(readableDate(morning, "year", zone, "en-GB"), "2023");
  assert.is(readableDate(morning, "year", zone, "id-ID"), "2023");
});

test("time style: 24-hour time in the site zone, with the zone", () => {
  assert.is(readableDate(morning, "time", zone, "en-GB"), "10:30 GMT+7");
  assert.is(readableDate(morning, "time", zone, "id-ID"), "10.30 WIB");
  assert.is(readableDate("2023-09-05T21:05:00+07:00", "time", zone, "en-GB"), "21:05 GMT+7");
});

test("an instant near midnight in another offset is shown on the site-zone day", () => {
  // 23:30 in New York on the 5th is 10:30 on the 6th in Jakarta.
  assert.is(readableDate("2023-09-05T23:30:00-04:00", "weekday", zone, "en-GB"), "Wednesday, 6 September 2023");
  assert.is(readableDate("2023-09-05T23:30:00-04:00", "weekday", zone, "id-ID"), "Rabu, 6 September 2023");
  assert.is(readableDate("2023-09-05T23:30:00-04:00", "time", zone, "en-GB"), "10:30 GMT+7");
  // 17:00 UTC is already midnight in Jakarta; one second earlier is not.
  assert.is(readableDate("2023-09-05T17:00:00Z", "weekday", zone, "en-GB"), "Wednesday, 6 September 2023");
  assert.is(readableDate("2023-09-05T16:59:59Z", "weekday", zone, "en-GB"), "Tuesday, 5 September 2023");
  // The same instant in a zone behind UTC stays on the 5th.
  assert.is(readableDate("2023-09-05T23:30:00-04:00", "weekday", "America/New_York", "en-GB"), "Tuesday, 5 September 2023");
  // New Year's Eve rolls over the month and the year.
  assert.is(readableDate("2023-12-31T20:00:00Z", "year", zone, "en-GB"), "2024");
  assert.is(readableDate("2023-12-31T20:00:00Z", "month", zone, "id-ID"), "Januari 2024");
});

test("results do not depend on the machine's TZ", () => {
  const before = process.env.TZ;
  const inputs = [morning, "2023-09-05", "2023-09-05T23:30:00-04:00", "2023-12-31T20:00:00Z"];
  const styles: DateStyle[] = ["weekday", "day", "month", "year", "time"];
  const render = () => inputs.flatMap((iso) => styles.flatMap((style) => ["en-GB", "id-ID"].map((locale) => readableDate(iso, style, zone, locale))));
  let outputs: string[][];
  try {
    outputs = ["America/Los_Angeles", "Asia/Tokyo"].map((tz) => {
      process.env.TZ = tz;
      return render();
    });
  } finally {
    if (before === undefined) delete process.env.TZ;
    else process.env.TZ = before;
  }
  assert.is(process.env.TZ, before);
  assert.equal(outputs[0], outputs[1]);
  // And they are the expected values, not merely equal to each other
  // (10 results per input: 5 styles × en-GB, id-ID).
  assert.is(outputs[0]?.[0], "Tuesday, 5 September 2023");
  assert.is(outputs[0]?.[20], "Wednesday, 6 September 2023");
  assert.is(outputs[0]?.[29], "10.30 WIB");
});

test.run();
