import { DateTime } from "luxon";

export type DateStyle = "weekday" | "day" | "month" | "year" | "time";

const formats: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  weekday: DateTime.DATE_HUGE, // Selasa, 5 September 2023
  day: DateTime.DATE_MED, // 5 Sep 2023
  month: { month: "long", year: "numeric" }, // September 2023
  year: { year: "numeric" },
  time: { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZoneName: "short" }, // 10:30 WIB
};

/** An ISO date from the model, shown in the site's zone and locale. */
export function readableDate(iso: string, style: DateStyle, zone: string, locale: string): string {
  return DateTime.fromISO(iso, { zone }).setLocale(locale).toLocaleString(formats[style]);
}
