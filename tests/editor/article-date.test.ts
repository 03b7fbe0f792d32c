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

test.run();
