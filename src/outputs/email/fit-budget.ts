import type { DayEdition } from "../../model/index.ts";
import type { SiteSettings } from "../../settings/index.ts";
import { emailEdition, type EditionLimits, type EmailEdition } from "./edition.ts";

/** Gmail clips a message past 102 KB; this leaves room for the headers a newsletter service adds. */
export const emailBudget = 100 * 1024;

/**
 * The day's edition with its email HTML, under `budget` bytes: as the settings cap it, or on a
 * busy day with fewer articles per topic, then fewer topics, each cut saying how many more the
 * web edition holds.
 */
export function fitToBudget(day: DayEdition, settings: SiteSettings, html: (edition: EmailEdition) => string, budget = emailBudget): { edition: EmailEdition; html: string } {
  let limits: EditionLimits = { perTopic: settings.emailItemsPerTopic, topics: day.groups.length };
  for (;;) {
    const edition = emailEdition(day, settings, limits);
    const out = html(edition);
    if (Buffer.byteLength(out) <= budget) return { edition, html: out };
    if (limits.perTopic > 1) limits = { ...limits, perTopic: Math.ceil(limits.perTopic / 2) };
    else if (limits.topics > 1) limits = { ...limits, topics: Math.ceil(limits.topics / 2) };
    else throw new Error(`the email of ${day.key} is over ${budget} bytes with one article: its headline or summary is too long`);
  }
}
