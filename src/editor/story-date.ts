import { DateTime } from "luxon";
import { monthNumbers, utcOffset } from "../content/index.ts";

/** A calendar day found in a story, and the words it was read from. */
export interface FoundDate {
  /** `YYYY-MM-DD`. */
  day: string;
  /** As the story writes it: `Selasa (5/9/2023)`, `Sept 13`, `5 Agustus 2023`. */
  written: string;
  from: "the dateline" | "the page's date line" | "the text";
  /** The time too, when the page's date line gives it with its zone: `2023-10-02T14:20+07:00`. */
  time?: string;
}

const month = `(?<month>${[...monthNumbers.keys()].sort((a, b) => b.length - a.length).join("|")})\\.?`;
const days = "(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad|monday|tuesday|wednesday|thursday|friday|saturday|sunday)";

// `Selasa (5/9/2023)`, `(7/9/2023)`: day/month/year, as Indonesian outlets write it.
const slashDate = new RegExp(`(?:${days},? )?\\((?<day>\\d{1,2})\\/(?<monthNumber>\\d{1,2})\\/(?<year>\\d{4})\\)`, "iu");
// `5 September 2023`, `Selasa, 5 Agustus 2023`.
const dayMonthYear = new RegExp(`\\b(?<day>\\d{1,2}) ${month} (?<year>\\d{4})\\b`, "iu");
// `September 5, 2023`, `Sept. 5, 2023`.
const monthDayYear = new RegExp(`\\b${month} (?<day>\\d{1,2}),? (?<year>\\d{4})\\b`, "iu");
// `02/10/2023` without brackets: day/month/year, read only on a page's date line and with a time after it
// (`Kompas.com - 02/10/2023, 14:20 WIB`).
const bareSlashDate = /(?<![\d/])(?<day>\d{1,2})\/(?<monthNumber>\d{1,2})\/(?<year>\d{4})(?![\d/])/u;
// The time after the date on a page's date line, and its zone when one follows: `, 14:20 WIB`, ` | 14.20 WITA`,
// ` pukul 08:30 WIT`, `, 14:20 GMT+7`, ` 14:20 UTC+08:00`, ` 14:20 GMT+0700`, ` 07:20 GMT`, and on a 12-hour clock ` 6:40 AM GMT+7`.
const clockAfterDate =
  /^(?:\s*[,|–—-]\s*|\s+)(?:pukul\s+)?(?<hour>[01]?\d|2[0-3])[:.](?<minute>[0-5]\d)(?:\s*(?<half>[AaPp])\.?[Mm]\.?(?![\p{L}\d]))?(?:\s*(?<zone>WITA|WIT|WIB|(?:GMT|UTC)(?:\s?[+\-−](?:\d{4}|\d{1,2}(?::\d{2})?))?))?(?![\p{L}\d])/u;
// A wire dateline's day without a year: `Sept 13`, `13 Sept`.
const wireDay = new RegExp(`^(?:${month} (?<day>\\d{1,2})|(?<day2>\\d{1,2}) ${month.replace("<month>", "<month2>")})$`, "iu");

function calendarDay(year: number, monthNumber: number, day: number): DateTime | undefined {
  const date = DateTime.fromObject({ year, month: monthNumber, day }, { zone: "UTC" });
  return date.isValid ? date : undefined;
}

/** A full date found in text; `time` when a page's date line gives the time and zone after it. */
export interface TextDate {
  at: DateTime;
  written: string;
  /** `2023-10-02T14:20+07:00`. */
  time?: string;
}

/** A date found in text, where it starts, and where it ends with the time after it (zone or not). */
interface DateAt extends TextDate {
  index: number;
  end: number;
  /** Whether a time follows the date. */
  clocked: boolean;
}

/** 0–23 from a 24-hour clock, or from 1–12 with `a` or `p` (AM, PM); undefined for an hour that clock has not. */
function hourOfDay(hour: number, half: string | undefined): number | undefined {
  if (half === undefined) return hour;
  if (hour < 1 || hour > 12) return undefined;
  return (hour % 12) + (half.toLowerCase() === "p" ? 12 : 0);
}

/** The date `match` found, with the time after it when `dateLine` and one follows. */
function dateAt(match: RegExpMatchArray, text: string, dateLine: boolean): DateAt | undefined {
  const g = match.groups!;
  const monthNumber = g.monthNumber ? Number(g.monthNumber) : monthNumbers.get(g.month!.toLowerCase())!;
  const at = calendarDay(Number(g.year), monthNumber, Number(g.day));
  if (!at) return undefined;
  const index = match.index!;
  const dateEnd = index + match[0].length;
  const clock = dateLine ? clockAfterDate.exec(text.slice(dateEnd)) : null;
  if (!clock?.groups) return { at, written: match[0], index, end: dateEnd, clocked: false };
  const { minute, zone, half } = clock.groups as { hour: string; minute: string; zone?: string; half?: string };
  const hour = hourOfDay(Number(clock.groups.hour), half);
  const end = dateEnd + clock[0].length;
  // `13:05 PM` is no time: the day alone.
  if (hour === undefined) return { at, written: match[0], index, end, clocked: true };
  const offset = zone === undefined ? undefined : utcOffset(zone);
  // Without a zone the time cannot be placed: the day alone, and only the date as what was read.
  if (offset === undefined) return { at, written: match[0], index, end, clocked: true };
  const time = `${at.toISODate()}T${String(hour).padStart(2, "0")}:${minute}${offset}`;
  return { at, written: `${match[0]}${clock[0].trimEnd()}`, time, index, end, clocked: true };
}

/** The full dates in `text` in reading order, each where it is (see `datesInText`). */
function datesAt(text: string, dateLine: boolean): DateAt[] {
  const found: DateAt[] = [];
  for (const pattern of dateLine ? [slashDate, bareSlashDate, dayMonthYear, monthDayYear] : [slashDate, dayMonthYear, monthDayYear]) {
    for (const match of text.matchAll(new RegExp(pattern.source, "giu"))) {
      const date = dateAt(match, text, dateLine);
      // A bare `5/10/2023` with no time after it may be a number (`Nomor 5/10/2023`) rather than the page's date.
      if (date && (pattern !== bareSlashDate || date.clocked)) found.push(date);
    }
  }
  found.sort((a, b) => a.index - b.index);
  // `(5/9/2023)` holds a bare `5/9/2023` too: a date inside one already found is the same date.
  return found.filter((date, i) => !found.slice(0, i).some((other) => date.index < other.index + other.written.length));
}

/**
 * The full dates (with a year) in `text`, in reading order. On a page's date line (`dateLine`) a
 * bare `02/10/2023` is a date too when a time follows it, and a time after a date goes with it
 * when its zone is written: WIB, WITA, WIT, or a numeric one (`GMT+7`, `UTC+08:00`).
 */
export function datesInText(text: string, dateLine = false): TextDate[] {
  return datesAt(text, dateLine).map(({ at, written, time }) => ({ at, written, ...(time && { time }) }));
}

/**
 * Where the first date on a page's date line starts in `text`, and where the time after it ends
 * (with its zone, when written); undefined when `text` has no date with a time after it.
 */
export function firstDateWithTime(text: string): { start: number; end: number } | undefined {
  const first = datesAt(text, true)[0];
  return first?.clocked ? { start: first.index, end: first.end } : undefined;
}

/** The wire dateline's day (`Sept 13`) in the first of `years` that does not put it after `last`. */
function wireDate(datelineDay: string, years: number[], last: DateTime): FoundDate | undefined {
  const wire = wireDay.exec(datelineDay.trim());
  if (!wire?.groups) return undefined;
  const monthNumber = monthNumbers.get((wire.groups.month ?? wire.groups.month2)!.toLowerCase())!;
  const day = Number(wire.groups.day ?? wire.groups.day2);
  for (const year of years) {
    const at = calendarDay(year, monthNumber, day);
    if (at && at <= last) return { day: at.toISODate()!, written: datelineDay.trim(), from: "the dateline" };
  }
  return undefined;
}

/**
 * The day a story was published: the first full date not after `today` in the page's own date
 * lines (`dateLines`, with the time when they give it with its zone: the outlet's own, most
 * precise); otherwise the dateline's day (`Sept 13`), in the year of a full date in the page's
 * date lines or the text, or else the latest such day, never after `today`; otherwise the first
 * full date not after `today` in the text. `today` is the site zone's calendar day.
 */
export function storyDate(datelineDay: string | undefined, paragraphs: string[], today: DateTime, dateLines: string[] = []): FoundDate | undefined {
  const last = DateTime.fromObject({ year: today.year, month: today.month, day: today.day }, { zone: "UTC" });
  const onPage = dateLines.flatMap((line) => datesInText(line, true));
  const inText = datesInText(paragraphs.join("\n"));
  const page = onPage.find(({ at }) => at <= last);
  if (page) return { day: page.at.toISODate()!, written: page.written, from: "the page's date line", ...(page.time && { time: page.time }) };
  // The years of the full dates first, then this year and the four before (for 29 February).
  const years = [...[...onPage, ...inText].map(({ at }) => at.year), ...[0, 1, 2, 3, 4].map((back) => last.year - back)];
  const wire = datelineDay === undefined ? undefined : wireDate(datelineDay, years, last);
  if (wire) return wire;
  const first = inText.find(({ at }) => at <= last);
  return first ? { day: first.at.toISODate()!, written: first.written, from: "the text" } : undefined;
}
