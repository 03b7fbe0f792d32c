import { DateTime } from "luxon";

const monthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** What is impossible in an ISO-shaped date or time (`2023-09-31` → "September 2023 has 30 days"), or undefined. */
export function impossibleDateReason(text: string): string | undefined {
  const parts = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?/.exec(text);
  if (!parts) return undefined;
  const [year, month, day, hour, minute, second] = parts.slice(1).map((n) => (n === undefined ? undefined : Number(n)));
  if (month! < 1 || month! > 12) return `there is no month ${month}; months run from 01 to 12`;
  const days = DateTime.utc(year!, month!).daysInMonth!;
  if (day! < 1 || day! > days) return `${monthNames[month! - 1]} ${year} has ${days} days`;
  if (hour !== undefined && hour > 23) return `there is no hour ${hour}; hours run from 00 to 23`;
  if (minute !== undefined && minute > 59) return `there is no minute ${minute}; minutes run from 00 to 59`;
  if (second !== undefined && second > 59) return `there is no second ${second}; seconds run from 00 to 59`;
  return undefined;
}

/** English and Indonesian month names and their usual short forms, lower case, as the numbers 1–12 (the import reads stories with them too). */
export const monthNumbers = new Map<string, number>();
[
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
  ["november", "nopember", "nov", "nop"],
  ["december", "desember", "dec", "des"],
].forEach((names, index) => names.forEach((name) => monthNumbers.set(name, index + 1)));

// Day names, as luxon numbers them (Monday 1 to Sunday 7): a date may be written after one.
const weekdayNumbers = new Map<string, number>();
[
  ["monday", "mon", "senin"],
  ["tuesday", "tue", "tues", "selasa"],
  ["wednesday", "wed", "rabu"],
  ["thursday", "thu", "thurs", "kamis"],
  ["friday", "fri", "jumat", "jum'at"],
  ["saturday", "sat", "sabtu"],
  ["sunday", "sun", "minggu", "ahad"],
].forEach((names, index) => names.forEach((name) => weekdayNumbers.set(name, index + 1)));

const weekday = String.raw`(?:(?<weekday>[a-z']+)\.?,?\s+)?`;
const monthName = String.raw`(?<monthName>[a-z]+)\.?`;
const ordinal = "(?:st|nd|rd|th)?";
// A time after the day: `14:30`, `, 14.30 WIB`, ` pukul 08:30`, `T14:30:15+0700`.
const time = String.raw`(?:(?:\s*,\s*|\s+|T)(?:pukul\s+)?(?<hour>\d{1,2})[:.](?<minute>\d{2})(?::(?<seconds>\d{2}))?(?:\s*(?<zone>Z|[+-]\d{2}:?\d{2}|WITA|WIT|WIB))?)?`;
const writtenDates = [
  // 2023/09/18, 2023.9.18, 2023-9-18: the year first is always year, month, day.
  String.raw`(?<year>\d{4})(?<sep>[-/.])(?<month>\d{1,2})\k<sep>(?<day>\d{1,2})`,
  // 18/09/2023, 18.09.2023, 18-09-2023: day and month in the order the locale writes them.
  String.raw`(?<first>\d{1,2})(?<sep>[-/.])(?<second>\d{1,2})\k<sep>(?<year>\d{4})`,
  // 18 September 2023, Senin, 18 Agustus 2023, 18-Sep-2023.
  String.raw`${weekday}(?<day>\d{1,2})${ordinal}(?:\s+|-)${monthName}(?:,?\s+|-)(?<year>\d{4})`,
  // September 18, 2023, Monday, Sept. 18th 2023.
  String.raw`${weekday}${monthName}\s+(?<day>\d{1,2})${ordinal},?\s+(?<year>\d{4})`,
].map((date) => new RegExp(`^${date}${time}$`, "iu"));
/** Indonesia's time zones as outlets write them after a time, as UTC offsets (the import reads them too). */
export const zoneOffsets: Readonly<Record<string, string>> = { WIB: "+07:00", WITA: "+08:00", WIT: "+09:00" };

/** The offsets places use: UTC-12:00 (Baker Island) to UTC+14:00 (Kiribati). */
export const minOffsetMinutes = -12 * 60;
export const maxOffsetMinutes = 14 * 60;

/**
 * The UTC offset a zone written after a time means: `+07:00` for `WIB` (from `zoneOffsets`),
 * `GMT+7`, `GMT+07:00` or `GMT+0700`; `-05:00` for `UTC-5`; `+00:00` for `GMT` or `UTC` alone.
 * Undefined for an offset no place uses.
 */
export function utcOffset(zone: string): string | undefined {
  if (zoneOffsets[zone]) return zoneOffsets[zone];
  if (zone === "GMT" || zone === "UTC") return "+00:00";
  const numeric = /^(?:GMT|UTC)\s?(?<sign>[+\-−])(?<digits>\d{4}|\d{1,2}(?::\d{2})?)$/u.exec(zone)?.groups;
  if (!numeric) return undefined;
  const digits = numeric.digits!.replace(":", "");
  const [hours, minutes] = digits.length <= 2 ? [Number(digits), 0] : [Number(digits.slice(0, -2)), Number(digits.slice(-2))];
  const offset = (numeric.sign === "+" ? 1 : -1) * (hours * 60 + minutes);
  if (minutes > 59 || offset < minOffsetMinutes || offset > maxOffsetMinutes) return undefined;
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${offset < 0 ? "-" : "+"}${pad(hours)}:${pad(minutes)}`;
}

/**
 * The ISO date (`2023-09-18`, with the time when one is written: `2023-09-18T14:30`) that a date
 * written another way means for certain: `2023/09/18`, `2023-9-18`, `18 September 2023`,
 * `September 18, 2023`, `18 Agustus 2023`, `18/09/2023`. Day and month in numbers are read in the
 * order `locale` writes them; without a locale that writes the year last, only when one of them
 * cannot be a month (or both readings are the same day). Undefined when there is no such date.
 */
export function isoFromLocalDate(text: string, locale?: string): string | undefined {
  const g = writtenDates.map((form) => form.exec(text.trim())).find((match) => match)?.groups;
  if (!g) return undefined;
  const year = g.year!;
  const clock = g.hour === undefined ? "" : `T${g.hour.padStart(2, "0")}:${g.minute}${g.seconds ? `:${g.seconds}` : ""}${offsetOf(g.zone)}`;
  const day = (month: string | number, day: string): string | undefined => {
    const iso = `${year}-${String(month).padStart(2, "0")}-${day.padStart(2, "0")}${clock}`;
    return impossibleDateReason(iso) ? undefined : iso;
  };
  if (g.month) return day(g.month, g.day!);
  if (g.monthName) {
    const month = monthNumbers.get(g.monthName.toLowerCase());
    const iso = month === undefined ? undefined : day(month, g.day!);
    if (!iso || g.weekday === undefined) return iso;
    // A day name that is not that day's leaves it unclear which of the two was meant.
    return weekdayNumbers.get(g.weekday.toLowerCase()) === DateTime.fromISO(iso.slice(0, 10), { zone: "UTC" }).weekday ? iso : undefined;
  }
  const dayFirst = day(g.second!, g.first!);
  const monthFirst = day(g.first!, g.second!);
  const order = locale === undefined ? undefined : dayMonthOrder(locale);
  if (order === "day") return dayFirst ?? monthFirst;
  if (order === "month") return monthFirst ?? dayFirst;
  // No order to go by: only a reading that is the one real date, or the same either way.
  if (dayFirst && monthFirst && dayFirst !== monthFirst) return undefined;
  return dayFirst ?? monthFirst;
}

/** `+07:00` for `WIB`, `+0700` or `+07:00`; `Z` for `Z`. */
function offsetOf(zone: string | undefined): string {
  if (!zone) return "";
  const upper = zone.toUpperCase();
  if (upper === "Z") return "Z";
  return zoneOffsets[upper] ?? `${zone.slice(0, 3)}:${zone.slice(-2)}`;
}

/** Whether `locale` writes the day or the month first in a date with the year last; undefined for a locale that writes the year first. */
function dayMonthOrder(locale: string): "day" | "month" | undefined {
  const types = new Intl.DateTimeFormat(locale, { day: "numeric", month: "numeric", year: "numeric" })
    .formatToParts(new Date(Date.UTC(2023, 8, 5)))
    .map((part) => part.type);
  const [year, day, month] = [types.indexOf("year"), types.indexOf("day"), types.indexOf("month")];
  if (year < day || year < month) return undefined;
  return day < month ? "day" : "month";
}
