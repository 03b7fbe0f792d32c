import { DateTime } from "luxon";

/** When an article happened, fixed in the site's zone. */
export interface ArticleDate {
  /** The instant, expressed in the site zone (so its calendar day is the site's day). */
  at: DateTime;
  /** True when the editor gave a calendar day only: show the day, never a time. */
  allDay: boolean;
}

export const acceptedDateForms =
  "use YYYY-MM-DD (a day in the site's time zone), YYYY-MM-DDTHH:mm (site time) or YYYY-MM-DDTHH:mm+07:00 (with an offset)";

const dateOnly = /^\d{4}-\d{2}-\d{2}$/;
// Date and time, optional seconds and fraction, optional Z or ±hh:mm. A space may stand for T.
const dateTime = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * Reads a frontmatter date string. A day means that day in `zone`; a time without offset is
 * read in `zone`; a time with an offset is that instant, moved into `zone`. The machine's TZ
 * plays no part. Returns an error message instead of throwing.
 */
export function parseArticleDate(raw: string, zone: string): ArticleDate | { error: string } {
  const text = raw.trim();
  const allDay = dateOnly.test(text);
  if (!allDay && !dateTime.test(text)) {
    return { error: `"${raw}" is not a date: ${acceptedDateForms}` };
  }
  const at = DateTime.fromISO(text.replace(" ", "T"), { zone, setZone: false });
  if (!at.isValid) {
    return { error: `"${raw}" is not a real date (${at.invalidExplanation ?? at.invalidReason}): ${acceptedDateForms}` };
  }
  return { at: allDay ? firstMidnight(at) : at.setZone(zone), allDay };
}

/**
 * Where the clocks went back over midnight (Havana's last hour of summer time is 00:00–01:00),
 * midnight came twice and luxon takes the later: the day began at the first. Read midnight with
 * the offset in force just before luxon's answer; if that reading is a real midnight, it is it.
 */
function firstMidnight(at: DateTime): DateTime {
  const before = at.minus(1);
  const earlier = DateTime.fromMillis(Date.UTC(at.year, at.month - 1, at.day) - before.offset * 60_000, { zone: at.zone });
  return earlier < at && earlier.offset === before.offset && earlier.hour === 0 && earlier.minute === 0 && earlier.toISODate() === at.toISODate() ? earlier : at;
}

// luxon's formatting is the costliest part of building the model; the dev server hands back the
// same validated dates on every rebuild, so each instant's texts are worked out once.
// Safe process-wide: a DateTime is immutable, its texts depend on it alone, and they go with it (WeakMap).
const texts = new WeakMap<DateTime, { day: string; iso: string }>();
function textsOf(at: DateTime): { day: string; iso: string } {
  let known = texts.get(at);
  if (!known) texts.set(at, (known = { day: at.toFormat("yyyy-MM-dd"), iso: at.toISO({ suppressMilliseconds: true, includeOffset: true }) ?? "" }));
  return known;
}

/** `2023-09-06`: the calendar day of an instant in its zone (the site zone, for articles). */
export function dayKey(at: DateTime): string {
  return textsOf(at).day;
}

/** ISO 8601 with the site-zone offset and no milliseconds: stable text for output and sorting. */
export function isoInZone(at: DateTime): string {
  return textsOf(at).iso;
}

/** The latest of ISO times, compared as instants: in a zone with summer time their offsets differ. */
export function latestTime(times: readonly (string | undefined)[]): string | undefined {
  let latest: string | undefined;
  for (const time of times) if (time && (!latest || Date.parse(time) > Date.parse(latest))) latest = time;
  return latest;
}
