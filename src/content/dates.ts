import { DateTime } from "luxon";
import { quote } from "../text/index.ts";
import { impossibleDateReason, isoFromLocalDate, maxOffsetMinutes, minOffsetMinutes } from "./date-hints.ts";

/** When an article happened, fixed in the site's zone. */
export interface ArticleDate {
  /** The instant, expressed in the site zone (so its calendar day is the site's day). */
  at: DateTime;
  /** True when the editor gave a calendar day only: show the day, never a time. */
  allDay: boolean;
}

export const acceptedDateForms =
  "use YYYY-MM-DD (a day in the site's time zone), YYYY-MM-DDTHH:mm (site time) or YYYY-MM-DDTHH:mm+07:00 (with an offset)";

/**
 * Four-digit years are all RFC 3339 (Atom), sitemaps and the /yyyy/ archives can write; before
 * 1900 most zones kept local mean time, and no digest's news is that old.
 */
export const firstYear = 1900;
export const lastYear = 9999;

const dateOnly = /^\d{4}-\d{2}-\d{2}$/;
// Date and time, optional seconds and fraction, optional Z or ±hh:mm. A space may stand for T.
const dateTime = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|(?<sign>[+-])(?<hours>\d{2}):?(?<minutes>\d{2}))?$/;

/** Why a date string was refused; `meant` is the ISO date it surely means, when written another way (`18/09/2023`). */
export interface DateError {
  error: string;
  meant?: string;
}

/**
 * Reads a frontmatter date string. A day means that day in `zone`; a time without offset is
 * read in `zone`; a time with an offset is that instant, moved into `zone`. The machine's TZ
 * plays no part. Returns an error message instead of throwing; a date written another way that
 * surely means one day (`2023/09/18`, `18 September 2023`, `18/09/2023` read in `locale`'s order)
 * gets a did-you-mean.
 */
export function parseArticleDate(raw: string, zone: string, locale?: string): ArticleDate | DateError {
  const text = raw.trim();
  const allDay = dateOnly.test(text);
  const written = allDay ? undefined : dateTime.exec(text);
  if (!allDay && !written) {
    const meant = isoFromLocalDate(text, locale);
    // Only a guess this function accepts: not one outside the years or offsets it allows.
    if (meant && !("error" in parseArticleDate(meant, zone))) {
      return { error: `${quote(raw)} is not a date: did you mean date: "${meant}"? (dates are written YYYY-MM-DD)`, meant };
    }
    return { error: `${quote(raw)} is not a date: ${acceptedDateForms}` };
  }
  const { sign, hours, minutes } = written?.groups ?? {};
  if (sign && hours && minutes) {
    const offset = (sign === "-" ? -1 : 1) * (Number(hours) * 60 + Number(minutes));
    if (Number(minutes) > 59 || offset < minOffsetMinutes || offset > maxOffsetMinutes) {
      return { error: `${quote(raw)} has the offset ${sign}${hours}:${minutes}, but offsets run from -12:00 to +14:00: give the offset of the place, e.g. +07:00` };
    }
  }
  const parsed = withOffset(text.replace(" ", "T"), zone) ?? DateTime.fromISO(text.replace(" ", "T"), { zone, setZone: false });
  if (!parsed.isValid) {
    const reason = impossibleDateReason(text);
    if (reason) return { error: `${quote(raw)} is not a real date: ${reason}` };
    return { error: `${quote(raw)} is not a real date (${parsed.invalidExplanation ?? parsed.invalidReason}): ${acceptedDateForms}` };
  }
  const at = allDay ? firstMidnight(parsed) : parsed.setZone(zone);
  // Atom writes UTC: a site zone west of UTC can push the last day of 9999 into 10000 there.
  if (at.year < firstYear || at.year > lastYear || at.toUTC().year > lastYear) {
    return { error: `${quote(raw)} falls outside the years ${firstYear} to ${lastYear}, the dates feeds and sitemaps can write: check the year` };
  }
  if (!Number.isInteger(at.offset)) return { error: localMeanTimeError(raw, at, zone) };
  return { at, allDay };
}

const withOffsetForm = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(?:Z|([+-])(\d{2}):(\d{2}))$/;

/**
 * The common form, a time with its offset (`2023-09-06T10:30+07:00`), without luxon's ISO parser
 * (a third of the time a big site spends on dates): the instant is plain arithmetic, and luxon only
 * places it in `zone`. A time that does not come back as written (30 February, 24:00, years before
 * 1900) is left to luxon and its checks; so is every other form.
 */
function withOffset(text: string, zone: string): DateTime | undefined {
  const m = withOffsetForm.exec(text);
  if (!m) return undefined;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map((part) => Number(part ?? "0")) as [number, number, number, number, number, number];
  const offset = m[7] ? (m[7] === "-" ? -1 : 1) * (Number(m[8]) * 60 + Number(m[9])) : 0;
  const wallClock = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  const asWritten =
    year >= firstYear &&
    wallClock.getUTCFullYear() === year &&
    wallClock.getUTCMonth() === month - 1 &&
    wallClock.getUTCDate() === day &&
    wallClock.getUTCHours() === hour &&
    wallClock.getUTCMinutes() === minute &&
    wallClock.getUTCSeconds() === second;
  return asWritten ? DateTime.fromMillis(wallClock.getTime() - offset * 60_000, { zone }) : undefined;
}

/**
 * Before its first standard offset a zone kept local mean time, such as Jakarta's +07:07:12
 * until 1924: RFC 3339 offsets have no seconds, so every output would write such a time wrongly.
 * Says from which year on (1 January) the zone's offset is in whole minutes.
 */
function localMeanTimeError(raw: string, at: DateTime, zone: string): string {
  const seconds = Math.round(Math.abs(at.offset) * 60);
  const offset = `${at.offset < 0 ? "-" : "+"}${[seconds / 3600, (seconds / 60) % 60, seconds % 60].map((n) => String(Math.floor(n)).padStart(2, "0")).join(":")}`;
  let year = at.year + 1;
  while (year < lastYear && !Number.isInteger(DateTime.fromObject({ year }, { zone }).offset)) year++;
  return `${quote(raw)} falls before ${year}, when ${zone}'s clocks ran at UTC${offset}, an offset in seconds that feeds and sitemaps cannot write: use a date from ${year} on`;
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
