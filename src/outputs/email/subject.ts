import { readableDate } from "../../pages/index.ts";
import type { SiteSettings } from "../../settings/index.ts";

/** `News Digest · Wednesday 6 September 2023`: the site's title and the day in its language. */
export function editionSubject(dayDate: string, settings: SiteSettings): string {
  return `${settings.title} · ${readableDate(dayDate, "weekday", settings.timeZone, settings.locale)}`;
}
