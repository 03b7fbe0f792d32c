import { test } from "uvu";
import * as assert from "uvu/assert";
import { DateTime } from "luxon";
import { dateField } from "../../src/editor/article-date.ts";

const zone = "Asia/Jakarta";
const now = DateTime.fromISO("2023-09-05T20:45:31Z"); // 6 September, 03:45 in Jakarta

test("without a date the article is dated now, to the minute, in site time", () => {
  const field = dateField(undefined, now, zone);
  if ("error" in field) throw new Error(field.error);
  assert.is(field.text, "2023-09-06T03:45");
  assert.is(field.at.toISO(), "2023-09-06T03:45:00.000+07:00");
});

test("a given date is kept as written and read as the frontmatter reads it", () => {
  for (const [raw, day] of [
    ["2023-09-05", "2023-09-05"],
    ["2023-09-05T10:00", "2023-09-05"],
    ["2023-09-05T23:30:00-04:00", "2023-09-06"],
    [" 2023-09-05 ", "2023-09-05"],
  ] as const) {
    const field = dateField(raw, now, zone);
    if ("error" in field) throw new Error(field.error);
    assert.is(field.text, raw.trim());
    assert.is(field.at.toFormat("yyyy-MM-dd"), day, raw);
    assert.is(field.at.zoneName, zone);
  }
});

test("a date the frontmatter would refuse is refused with its words", () => {
  assert.equal(dateField("tomorrow", now, zone), {
    error: `--date "tomorrow" is not a date: use YYYY-MM-DD (a day in the site's time zone), YYYY-MM-DDTHH:mm (site time) or YYYY-MM-DDTHH:mm+07:00 (with an offset)`,
  });
  const impossible = dateField("2023-02-30", now, zone);
  assert.ok("error" in impossible && impossible.error.startsWith('--date "2023-02-30" is not a real date'));
});

test("a day written another unambiguous way suggests the --date to give, with its time", () => {
  const meant = (raw: string, iso: string) => ({ error: `--date "${raw}" is not a date: did you mean --date ${iso}? (dates are written YYYY-MM-DD)` });
  for (const raw of ["18/09/2023", "2023/09/18", "2023-9-18", "18 September 2023", "September 18, 2023", "18 Sep 2023", "18-09-2023"]) {
    assert.equal(dateField(raw, now, zone), meant(raw, "2023-09-18"));
  }
  assert.equal(dateField("18 Agustus 2023", now, zone), meant("18 Agustus 2023", "2023-08-18"));
  assert.equal(dateField("2023/09/18 14:30", now, zone), meant("2023/09/18 14:30", "2023-09-18T14:30"));
  // Without the site's locale, 09/10/2023 is 9 October or 10 September: no guess; with it, the locale's order.
  assert.equal(dateField("09/10/2023", now, zone), {
    error: `--date "09/10/2023" is not a date: use YYYY-MM-DD (a day in the site's time zone), YYYY-MM-DDTHH:mm (site time) or YYYY-MM-DDTHH:mm+07:00 (with an offset)`,
  });
  assert.equal(dateField("09/10/2023", now, zone, "en-GB"), meant("09/10/2023", "2023-10-09"));
  assert.equal(dateField("09/10/2023", now, zone, "en-US"), meant("09/10/2023", "2023-09-10"));
});

test.run();
