import { isoInZone } from "../content/index.ts";
import { compareText } from "./compare-text.ts";
import type { Article, CollectionRef, Coverage, RenderedArticle, Update } from "./types.ts";

/**
 * What an article adds to its own report: its outlet, other outlets' reports (by date, undated
 * last, then name), the outlets counted once, and its updates up to `untilMs` (later ones are held back).
 */
export function storyOf(
  source: RenderedArticle,
  zone: string,
  untilMs: number,
  outletOf: (name: string) => CollectionRef,
): Pick<Article, "outlet" | "coverage" | "outlets" | "updates" | "updated"> {
  const outlet = outletOf(source.source.name);
  // Most articles have neither: no arrays sorted and copied for them.
  if (!source.coverage?.length && !source.updates?.length) return { outlet, coverage: [], outlets: [outlet], updates: [] };
  const coverage = (source.coverage ?? [])
    .map((c) => ({ c, ms: c.date?.at.toMillis() ?? Infinity }))
    .sort((a, b) => a.ms - b.ms || compareText(a.c.name, b.c.name) || compareText(a.c.url, b.c.url))
    .map(({ c }): Coverage => ({
      name: c.name,
      url: c.url,
      ...(c.title && { title: c.title }),
      ...(c.lang && { lang: c.lang }),
      ...(c.date && { date: isoInZone(c.date.at.setZone(zone)), allDay: c.date.allDay }),
      outlet: outletOf(c.name),
    }));
  const outlets = [...new Set([outlet, ...coverage.map((c) => c.outlet)])];
  const updates = (source.updates ?? [])
    .filter((u) => u.date.at.toMillis() <= untilMs)
    .sort((a, b) => a.date.at.toMillis() - b.date.at.toMillis())
    .map((u): Update => ({ date: isoInZone(u.date.at.setZone(zone)), allDay: u.date.allDay, kind: u.kind, note: u.note, html: u.html }));
  return { outlet, coverage, outlets, updates, ...(updates.length && { updated: updates[updates.length - 1]!.date }) };
}
