import { DateTime } from "luxon";

/** A calendar day found in a story, and the words it was read from. */
export interface FoundDate {
  /** `YYYY-MM-DD`. */
  day: string;
  /** As the story writes it: `Selasa (5/9/2023)`, `Sept 13`, `5 Agustus 2023`. */
  written: string;
  from: "the dateline" | "the text";
}

// English and Indonesian month names and their short forms, as the numbers 1–12.
const monthNumbers: Record<string, number> = {};
const monthNames = [
  ["january", "januari", "jan"],
  ["february", "februari", "feb", "peb"],
  ["march", "maret", "mar"],
  ["april", "apr"],
  ["may", "mei"],
  ["june", "juni", "jun"],
  ["july", "juli", "jul"],
  ["august", "agustus", "aug", "agu", "agt", "ags"],
  ["september", "sept", "sep"],
  ["october", "oktober", "oct", "okt"],
  ["november", "nov", "nop", "nopember"],
  ["december", "desember", "dec", "des"],
];
monthNames.forEach((names, index) => names.forEach((name) => (monthNumbers[name] = index + 1)));
const month = `(?<month>${Object.keys(monthNumbers).sort((a, b) => b.length - a.length).join("|")})\\.?`;
const days = "(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad|monday|tuesday|wednesday|thursday|friday|saturday|sunday)";

// `Selasa (5/9/2023)`, `(7/9/2023)`: day/month/year, as Indonesian outlets write it.
const slashDate = new RegExp(`(?:${days},? )?\\((?<day>\\d{1,2})\\/(?<monthNumber>\\d{1,2})\\/(?<year>\\d{4})\\)`, "iu");
// `5 September 2023`, `Selasa, 5 Agustus 2023`.
const dayMonthYear = new RegExp(`\\b(?<day>\\d{1,2}) ${month} (?<year>\\d{4})\\b`, "iu");
// `September 5, 2023`, `Sept. 5, 2023`.
const monthDayYear = new RegExp(`\\b${month} (?<day>\\d{1,2}),? (?<year>\\d{4})\\b`, "iu");
// A wire dateline's day without a year: `Sept 13`, `13 Sept`.
const wireDay = new RegExp(`^(?:${month} (?<day>\\d{1,2})|(?<day2>\\d{1,2}) ${month.replace("<month>", "<month2>")})$`, "iu");

function calendarDay(year: number, monthNumber: number, day: number): DateTime | undefined {
  const date = DateTime.fromObject({ year, month: monthNumber, day }, { zone: "UTC" });
  return date.isValid ? date : undefined;
}

/** The full dates (with a year) in `text`, in reading order. */
export function datesInText(text: string): { at: DateTime; written: string }[] {
  const found: { at: DateTime; written: string; index: number }[] = [];
  for (const pattern of [slashDate, dayMonthYear, monthDayYear]) {
    const global = new RegExp(pattern.source, "giu");
    for (const match of text.matchAll(global)) {
      const g = match.groups!;
      const monthNumber = g.monthNumber ? Number(g.monthNumber) : monthNumbers[g.month!.toLowerCase()]!;
      const at = calendarDay(Number(g.year), monthNumber, Number(g.day));
      if (at) found.push({ at, written: match[0], index: match.index });
    }
  }
  return found.sort((a, b) => a.index - b.index).map(({ at, written }) => ({ at, written }));
}

/**
 * The day a story was published: the dateline's day (`Sept 13`), in the year of a full date in the
 * text or else the latest such day, never after `today`; otherwise the first full date in the
 * text that is not after `today`. `today` is the site zone's calendar day.
 */
export function storyDate(datelineDay: string | undefined, paragraphs: string[], today: DateTime): FoundDate | undefined {
  const last = DateTime.fromObject({ year: today.year, month: today.month, day: today.day }, { zone: "UTC" });
  const inText = datesInText(paragraphs.join("\n"));
  const wire = datelineDay === undefined ? undefined : wireDay.exec(datelineDay.trim());
  if (wire?.groups) {
    const monthNumber = monthNumbers[(wire.groups.month ?? wire.groups.month2)!.toLowerCase()]!;
    const day = Number(wire.groups.day ?? wire.groups.day2);
    // The years of the text's full dates first, then this year and the four before (for 29 February).
    const years = [...inText.map(({ at }) => at.year), ...[0, 1, 2, 3, 4].map((back) => last.year - back)];
    for (const year of years) {
      const at = calendarDay(year, monthNumber, day);
      if (at && at <= last) return { day: at.toISODate()!, written: datelineDay!.trim(), from: "the dateline" };
    }
  }
  const first = inText.find(({ at }) => at <= last);
  return first ? { day: first.at.toISODate()!, written: first.written, from: "the text" } : undefined;
}
