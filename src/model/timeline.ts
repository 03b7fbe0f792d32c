import { runs } from "./calendar.ts";
import { pagePosition, type PagePosition } from "./pager.ts";
import type { Article, DayGroup } from "./types.ts";

// Objects here are written out field by field, never `{ ...day, articles }`: V8 gives each object such a
// spread makes a hidden class of its own (80,000 day groups at 10,000 articles, ~200 bytes each, and slower lookups).
const groupByDay = (list: readonly Article[]): DayGroup[] =>
  runs(list, (a) => a.day.key).map(([, items]) => {
    const { key, url, date } = items[0]!.day;
    return { key, url, date, articles: items };
  });

/**
 * A list of articles told over time, newest first, `size` articles a page, each page's articles
 * under their days: a topic's, a tag's, an outlet's or a person's pages. Always one page, maybe empty.
 */
export function timelinePages(oldestFirst: readonly Article[], size: number, urlOf: (page: number) => string): (PagePosition & { days: DayGroup[] })[] {
  const newest = [...oldestFirst].reverse();
  const total = Math.max(1, Math.ceil(newest.length / size));
  const pages: (PagePosition & { days: DayGroup[] })[] = [];
  for (let number = 1; number <= total; number++) {
    const { url, previousUrl, nextUrl } = pagePosition(number, total, urlOf);
    pages.push({ number, total, url, previousUrl, nextUrl, days: groupByDay(newest.slice((number - 1) * size, number * size)) });
  }
  return pages;
}
