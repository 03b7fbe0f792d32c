import type { SiteSettings } from "../../settings/index.ts";
import { DateTime } from "luxon";

export type DateStyle = "weekday" | "day" | "month" | "year" | "time";

const formats: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  weekday: DateTime.DATE_HUGE, // Selasa, 5 September 2023
  day: DateTime.DATE_MED, // 5 Sep 2023
  month: { month: "long", year: "numeric" }, // September 2023
  year: { year: "numeric" },
  time: { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZoneName: "short" }, // 10:30 WIB
};

const hasOffset = /(?:Z|[+-]\d{2}:?\d{2})$/;

// Pages show the same dates many times over (a day's date on each of its articles' pages, an
// article's time on its own page, its day and its topics): each text is formatted once. One
// table per style, zone and locale, keyed by the model's own ISO string: a string caches its
// hash, so a lookup costs no new key. Bounded, so a big site's build does not keep every text.
interface DateTexts {
  format: Intl.DateTimeFormat;
  texts: Map<string, string>;
}
const tables = new Map<string, DateTexts>();
const maxTexts = 50_000;

function dateTexts(style: DateStyle, zone: string, locale: string): DateTexts {
  const key = `${style}|${zone}|${locale}`;
  let table = tables.get(key);
  // Building an Intl.DateTimeFormat costs far more than using one: one per style, zone and locale.
  if (!table) tables.set(key, (table = { format: new Intl.DateTimeFormat(locale, { ...formats[style], timeZone: zone }), texts: new Map() }));
  return table;
}

function dateText({ format, texts }: DateTexts, iso: string, zone: string): string {
  let text = texts.get(iso);
  if (text === undefined) {
    // The model's dates carry their offset, so the instant is unambiguous; a bare date or time is read in the zone.
    const ms = hasOffset.test(iso) ? Date.parse(iso) : DateTime.fromISO(iso, { zone }).toMillis();
    text = Number.isNaN(ms) ? iso : format.format(ms);
    if (texts.size === maxTexts) texts.clear();
    texts.set(iso, text);
  }
  return text;
}

/** An ISO date from the model, shown in the site's zone and locale (the same text luxon gives). */
export function readableDate(iso: string, style: DateStyle, zone: string, locale: string): string {
  return dateText(dateTexts(style, zone, locale), iso, zone);
}

/** The `readableDate` filter: `{{ iso | readableDate("day") }}` in the site's zone and locale. */
export function readableDateFilter({ timeZone, locale }: SiteSettings): (iso: string, style?: DateStyle) => string {
  // Safe process-wide: a formatter is immutable and each text is keyed by everything that shapes it.
  const byStyle: Partial<Record<DateStyle, DateTexts>> = {};
  return (iso, style = "weekday") => dateText((byStyle[style] ??= dateTexts(style, timeZone, locale)), iso, timeZone);
}
