import { test } from "uvu";
import * as assert from "uvu/assert";
import { dayKey, isoInZone, parseArticleDate, type ArticleDate } from "../../src/content/dates.ts";

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
  for (const raw of ["yesterday", "05/09/2023", "2023-9-5", "2023-09-05T25:00", "2023-02-30", ""]) {
    const result = parseArticleDate(raw, zone);
    assert.ok("error" in result, raw);
    if ("error" in result) assert.match(result.error, "YYYY-MM-DD");
  }
  const invalid = parseArticleDate("2023-02-30", zone);
  assert.ok("error" in invalid && invalid.error.includes("not a real date"));
});

test.run();
