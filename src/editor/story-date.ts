import { DateTime } from "luxon";
import { monthNumbers, zoneOffsets } from "../content/index.ts";

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
// The time after the date on a page's date line, in an Indonesian zone: `, 14:20 WIB`, ` | 14.20 WITA`, ` pukul 08:30 WIT`.
const clockAfterDate = /^(?:\s*[,|–—-]\s*|\s+)(?:pukul\s+)?(?<hour>[01]?\d|2[0-3])[:.](?<minute>[0-5]\d)\s*(?<zone>WITA|WIT|WIB)(?![\p{L}\d])/u;
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

/**
 * The full dates (with a year) in `text`, in reading order. On a page's date line (`dateLine`) a
 * bare `02/10/2023` is a date too, and a time in WIB, WITA or WIT after a date goes with it.
 */
export function datesInText(text: string, dateLine = false): TextDate[] {
  const found: (TextDate & { index: number })[] = [];
  for (const pattern of dateLine ? [slashDate, bareSlashDate, dayMonthYear, monthDayYear] : [slashDate, dayMonthYear, monthDayYear]) {
    const global = new RegExp(pattern.source, "giu");
    for (const match of text.matchAll(global)) {
      const g = match.groups!;
      const monthNumber = g.monthNumber ? Number(g.monthNumber) : monthNumbers.get(g.month!.toLowerCase())!;
      const at = calendarDay(Number(g.year), monthNumber, Number(g.day));
      if (!at) continue;
      const clock = dateLine ? clockAfterDate.exec(text.slice(match.index + match[0].length)) : null;
      if (!clock?.groups) {
        // A bare `5/10/2023` with no time after it may be a number (`Nomor 5/10/2023`) rather than the page's date.
        if (pattern === bareSlashDate) continue;
        found.push({ at, written: match[0], index: match.index });
        continue;
      }
      const { hour, minute, zone } = clock.groups as { hour: string; minute: string; zone: string };
      const time = `${at.toISODate()}T${hour.padStart(2, "0")}:${minute}${zoneOffsets[zone]}`;
      found.push({ at, written: `${match[0]}${clock[0].trimEnd()}`, time, index: match.index });
    }
  }
  found.sort((a, b) => a.index - b.index);
  // `(5/9/2023)` holds a bare `5/9/2023` too: a date inside one already found is the same date.
  const kept = found.filter((date, i) => !found.slice(0, i).some((other) => date.index < other.index + other.written.length));
  return kept.map(({ index: _, ...date }) => date);
}

/**
 * The day a story was published: the dateline's day (`Sept 13`), in the year of a full date in the
 * page's date lines or the text, or else the latest such day, never after `today`; otherwise the
 * first full date not after `today` in the page's own date lines (`dateLines`, with the time when
 * they give it in WIB, WITA or WIT), then in the text. `today` is the site zone's calendar day.
 */
export function storyDate(datelineDay: string | undefined, paragraphs: string[], today: DateTime, dateLines: string[] = []): FoundDate | undefined {
  const last = DateTime.fromObject({ year: today.year, month: today.month, day: today.day }, { zone: "UTC" });
  const onPage = dateLines.flatMap((line) => datesInText(line, true));
  const inText = datesInText(paragraphs.join("\n"));
  const wire = datelineDay === undefined ? undefined : wireDay.exec(datelineDay.trim());
  if (wire?.groups) {
    const monthNumber = monthNumbers.get((wire.groups.month ?? wire.groups.month2)!.toLowerCase())!;
    const day = Number(wire.groups.day ?? wire.groups.day2);
    // The years of the full dates first, then this year and the four before (for 29 February).
    const years = [...[...onPage, ...inText].map(({ at }) => at.year), ...[0, 1, 2, 3, 4].map((back) => last.year - back)];
    for (const year of years) {
      const at = calendarDay(year, monthNumber, day);
      if (at && at <= last) return { day: at.toISODate()!, written: datelineDay!.trim(), from: "the dateline" };
    }
  }
  const page = onPage.find(({ at }) => at <= last);
  if (page) return { day: page.at.toISODate()!, written: page.written, from: "the page's date line", ...(page.time && { time: page.time }) };
  const first = inText.find(({ at }) => at <= last);
  return first ? { day: first.at.toISODate()!, written: first.written, from: "the text" } : undefined;
}
