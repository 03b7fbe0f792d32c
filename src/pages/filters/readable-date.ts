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

// Building an Intl.DateTimeFormat costs far more than using one, and a big site formats
// tens of thousands of dates with the same few: keep one per style, zone and locale.
// Safe process-wide: a formatter is immutable and keyed by everything that shapes it; so is each text below.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(style: DateStyle, zone: string, locale: string): Intl.DateTimeFormat {
  const key = `${style}|${zone}|${locale}`;
  let format = formatters.get(key);
  if (!format) formatters.set(key, (format = new Intl.DateTimeFormat(locale, { ...formats[style], timeZone: zone })));
  return format;
}

const hasOffset = /(?:Z|[+-]\d{2}:?\d{2})$/;

// Pages show the same dates many times over (a day's date on each of its articles' pages, an
// article's time on its own page, its day and its topics): each text is formatted once. Bounded,
// so a big site's build does not keep every text.
const texts = new Map<string, string>();
const maxTexts = 50_000;

/** An ISO date from the model, shown in the site's zone and locale (the same text luxon gives). */
export function readableDate(iso: string, style: DateStyle, zone: string, locale: string): string {
  const key = `${iso}|${style}|${zone}|${locale}`;
  let text = texts.get(key);
  if (text === undefined) {
    // The model's dates carry their offset, so the instant is unambiguous; a bare date or time is read in the zone.
    const ms = hasOffset.test(iso) ? Date.parse(iso) : DateTime.fromISO(iso, { zone }).toMillis();
    text = Number.isNaN(ms) ? iso : formatter(style, zone, locale).format(ms);
    if (texts.size === maxTexts) texts.clear();
    texts.set(key, text);
  }
  return text;
}

/** The `readableDate` filter: `{{ iso | readableDate("day") }}` in the site's zone and locale. */
export const readableDateFilter = (settings: SiteSettings) => (iso: string, style: DateStyle = "weekday") => readableDate(iso, style, settings.timeZone, settings.locale);
