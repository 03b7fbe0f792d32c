import { test } from "uvu";
import * as assert from "uvu/assert";
import fc from "fast-check";
import { DateTime } from "luxon";
import { acceptedDateForms, dayKey, isoInZone, parseArticleDate, type ArticleDate } from "../../src/content/dates.ts";

const zone = "Asia/Jakarta";
function parsed(raw: string, z = zone): ArticleDate {
  const result = parseArticleDate(raw, z);
  if ("error" in result) throw new Error(result.error);
  return result;
}

test("a date alone is that calendar day in the site zone, all day", () => {
  const d = parsed("2023-09-05");
  assert.is(isoInZone(d.at), "2023-09-05T00:00:00+07:00");
  assert.is(d.allDay, true);
  assert.is(dayKey(d.at), "2023-09-05");
});

test("an instant with an offset moves into the site zone and onto its day there", () => {
  const d = parsed("2023-09-05T23:30:00-04:00");
  assert.is(isoInZone(d.at), "2023-09-06T10:30:00+07:00");
  assert.is(dayKey(d.at), "2023-09-06");
  assert.is(d.allDay, false);
});

test("Z is UTC", () => {
  assert.is(dayKey(parsed("2023-09-05T17:00:00Z").at), "2023-09-06");
  assert.is(dayKey(parsed("2023-09-05T16:59:59Z").at), "2023-09-05");
});

test("a time with its offset, read without luxon's ISO parser, is the instant and the answer luxon's parser gives", () => {
  const two = (n: number) => String(n).padStart(2, "0");
  const written = fc.record({
    year: fc.integer({ min: 1890, max: 9999 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }), // 31 April and 29 February of common years too
    hour: fc.integer({ min: 0, max: 24 }),
    minute: fc.integer({ min: 0, max: 59 }),
    second: fc.option(fc.integer({ min: 0, max: 60 })),
    offset: fc.oneof(fc.constant("Z"), fc.tuple(fc.constantFrom("+", "-"), fc.integer({ min: 0, max: 14 }), fc.constantFrom(0, 30, 45)).map(([sign, h, m]) => `${sign}${two(h)}:${two(m)}`)),
    zone: fc.constantFrom("Asia/Jakarta", "America/Havana", "Europe/London", "Pacific/Kiritimati", "America/Sao_Paulo"),
  });
  fc.assert(
    fc.property(written, ({ year, month, day, hour, minute, second, offset, zone }) => {
      const text = `${year}-${two(month)}-${two(day)}T${two(hour)}:${two(minute)}${second === null ? "" : `:${two(second)}`}${offset}`;
      const result = parseArticleDate(text, zone);
      const luxon = DateTime.fromISO(text, { zone, setZone: false });
      if (!luxon.isValid) return assert.ok("error" in result, text);
      // Refused for the reasons the tests above give: offsets past -12:00 and +14:00, years, local mean time.
      const minutes = offset === "Z" ? 0 : (offset[0] === "-" ? -1 : 1) * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4)));
      const inZone = luxon.setZone(zone);
      if ("error" in result) return assert.ok(minutes < -720 || minutes > 840 || inZone.year < 1900 || inZone.year > 9999 || luxon.toUTC().year > 9999 || !Number.isInteger(inZone.offset), `${text}: ${result.error}`);
      assert.is(result.at.toMillis(), luxon.toMillis(), text);
      assert.is(result.at.zoneName, zone, text);
      assert.is(isoInZone(result.at), luxon.toISO({ suppressMilliseconds: true }), text);
    }),
    { numRuns: 3000 },
  );
});

test("a date-time without offset is read in the site zone", () => {
  const d = parsed("2023-09-05T23:30");
  assert.is(isoInZone(d.at), "2023-09-05T23:30:00+07:00");
  assert.is(isoInZone(parsed("2023-09-05 08:15:30").at), "2023-09-05T08:15:30+07:00");
});

test("the day boundary follows the site zone, not UTC", () => {
  // 00:30 in Jakarta is still the previous day in UTC.
  assert.is(dayKey(parsed("2023-09-06T00:30:00+07:00").at), "2023-09-06");
  assert.is(dayKey(parsed("2023-09-06T00:30:00+07:00", "UTC").at), "2023-09-05");
});

test("results do not depend on the machine's TZ", () => {
  const before = process.env.TZ;
  const outputs = ["America/Los_Angeles", "Asia/Tokyo", "UTC"].map((tz) => {
    process.env.TZ = tz;
    return ["2023-09-05", "2023-09-05T23:30:00-04:00", "2023-09-05T23:30"].map((raw) => isoInZone(parsed(raw).at)).join(" ");
  });
  if (before === undefined) delete process.env.TZ;
  else process.env.TZ = before;
  assert.is(outputs[0], outputs[1]);
  assert.is(outputs[1], outputs[2]);
});

test("anything else is an error that lists the accepted forms", () => {
  for (const raw of ["yesterday", "05/09/2023", "2023-9-5", ""]) {
    const result = parseArticleDate(raw, zone);
    assert.ok("error" in result, raw);
    if ("error" in result) assert.match(result.error, "YYYY-MM-DD");
  }
});

test("a day or time that cannot exist says why in plain words, not luxon's", () => {
  assert.equal(parseArticleDate("2023-02-30", zone), { error: '"2023-02-30" is not a real date: February 2023 has 28 days' });
  assert.equal(parseArticleDate("2024-02-30", zone), { error: '"2024-02-30" is not a real date: February 2024 has 29 days' });
  assert.equal(parseArticleDate("2023-09-31", zone), { error: '"2023-09-31" is not a real date: September 2023 has 30 days' });
  assert.equal(parseArticleDate("2023-09-05T25:00", zone), { error: '"2023-09-05T25:00" is not a real date: there is no hour 25; hours run from 00 to 23' });
  assert.equal(parseArticleDate("2023-09-05T10:60", zone), { error: '"2023-09-05T10:60" is not a real date: there is no minute 60; minutes run from 00 to 59' });
});

/** The error for `raw`; fails the test when it parses. */
function error(raw: string, z = zone): string {
  const result = parseArticleDate(raw, z);
  if (!("error" in result)) throw new Error(`${raw} parsed as ${isoInZone(result.at)}`);
  return result.error;
}

test("offsets run from -12:00 to +14:00, both included", () => {
  assert.is(isoInZone(parsed("2023-09-05T10:00+14:00").at), "2023-09-05T03:00:00+07:00");
  assert.is(isoInZone(parsed("2023-09-05T10:00-12:00").at), "2023-09-06T05:00:00+07:00");
  assert.is(error("2023-09-05T10:00+99:99"), '"2023-09-05T10:00+99:99" has the offset +99:99, but offsets run from -12:00 to +14:00: give the offset of the place, e.g. +07:00');
  assert.is(error("2023-09-05T10:00+24:00"), '"2023-09-05T10:00+24:00" has the offset +24:00, but offsets run from -12:00 to +14:00: give the offset of the place, e.g. +07:00');
  assert.is(error("2023-09-05T10:00+14:01"), '"2023-09-05T10:00+14:01" has the offset +14:01, but offsets run from -12:00 to +14:00: give the offset of the place, e.g. +07:00');
  assert.is(error("2023-09-05T10:00-2400"), '"2023-09-05T10:00-2400" has the offset -24:00, but offsets run from -12:00 to +14:00: give the offset of the place, e.g. +07:00');
  assert.is(error("2023-09-05T10:00-12:01"), '"2023-09-05T10:00-12:01" has the offset -12:01, but offsets run from -12:00 to +14:00: give the offset of the place, e.g. +07:00');
  assert.is(error("2023-09-05T10:00+07:60"), '"2023-09-05T10:00+07:60" has the offset +07:60, but offsets run from -12:00 to +14:00: give the offset of the place, e.g. +07:00');
});

test("years run from 1900 to 9999, in the site zone and in UTC", () => {
  const outside = (raw: string) => `"${raw}" falls outside the years 1900 to 9999, the dates feeds and sitemaps can write: check the year`;
  for (const raw of ["0000-01-01", "0999-12-31", "1000-01-01", "1899-12-31"]) assert.is(error(raw, "UTC"), outside(raw));
  assert.is(isoInZone(parsed("1900-01-01", "UTC").at), "1900-01-01T00:00:00Z");
  assert.is(isoInZone(parsed("9999-12-31T23:59", "UTC").at), "9999-12-31T23:59:00Z");
  // 23:00 at -12:00 on the last day of 9999 is already 10000 in Jakarta.
  assert.is(error("9999-12-31T23:00-12:00"), outside("9999-12-31T23:00-12:00"));
  // Late on 31 December 9999 in New York is 10000 in UTC, which Atom would write as +010000.
  assert.is(error("9999-12-31T22:00", "America/New_York"), outside("9999-12-31T22:00"));
});

test("a time when the site zone's offset had seconds (local mean time) is refused, with the year it ended", () => {
  // Jakarta kept +07:07:12 until the last day of 1923; from 1 January 1924 it was +07:20.
  assert.is(
    error("1923-12-31T12:00"),
    '"1923-12-31T12:00" falls before 1924, when Asia/Jakarta\'s clocks ran at UTC+07:07:12, an offset in seconds that feeds and sitemaps cannot write: use a date from 1924 on',
  );
  assert.is(
    error("1910-05-01T08:00+07:00"),
    '"1910-05-01T08:00+07:00" falls before 1924, when Asia/Jakarta\'s clocks ran at UTC+07:07:12, an offset in seconds that feeds and sitemaps cannot write: use a date from 1924 on',
  );
  assert.is(isoInZone(parsed("1924-01-01").at), "1924-01-01T00:00:00+07:20");
  // Monrovia's -00:44:30 lasted until 1972.
  assert.is(
    error("1960-01-01", "Africa/Monrovia"),
    '"1960-01-01" falls before 1973, when Africa/Monrovia\'s clocks ran at UTC-00:44:30, an offset in seconds that feeds and sitemaps cannot write: use a date from 1973 on',
  );
});

test("a long date is quoted in its error cut to 80 characters", () => {
  const raw = `2023-09-05 ${"x".repeat(5000)}`;
  assert.is(error(raw), `"${raw.slice(0, 79)}…" is not a date: ${acceptedDateForms}`);
});

test.run();
