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

/**
 * `05/09/2023` (or with dots or hyphens) read in the order the site's locale writes day and month:
 * the ISO day it means, or undefined when `text` is no such date.
 */
export function isoFromLocalDate(text: string, locale: string): string | undefined {
  const parts = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text.trim());
  if (!parts) return undefined;
  const order = new Intl.DateTimeFormat(locale, { day: "numeric", month: "numeric", year: "numeric" }).formatToParts(new Date(Date.UTC(2023, 8, 5)));
  const dayFirst = order.findIndex((p) => p.type === "day") < order.findIndex((p) => p.type === "month");
  const [first, second, year] = [parts[1]!, parts[2]!, parts[3]!];
  const [day, month] = dayFirst ? [first, second] : [second, first];
  const iso = `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`;
  return impossibleDateReason(iso) ? undefined : iso;
}
