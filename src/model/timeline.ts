import { runs } from "./calendar.ts";
import { pagePosition, type PagePosition } from "./pager.ts";
import type { Article, DayGroup } from "./types.ts";

const groupByDay = (list: readonly Article[]): DayGroup[] => runs(list, (a) => a.day.key).map(([, items]) => ({ ...items[0]!.day, articles: items }));

/**
 * A list of articles told over time, newest first, `size` articles a page, each page's articles
 * under their days: a topic's, a tag's, an outlet's or a person's pages. Always one page, maybe empty.
 */
export function timelinePages(oldestFirst: readonly Article[], size: number, urlOf: (page: number) => string): (PagePosition & { days: DayGroup[] })[] {
  const newest = [...oldestFirst].reverse();
  const total = Math.max(1, Math.ceil(newest.length / size));
  const pages: (PagePosition & { days: DayGroup[] })[] = [];
  for (let number = 1; number <= total; number++) {
    pages.push({ ...pagePosition(number, total, urlOf), days: groupByDay(newest.slice((number - 1) * size, number * size)) });
  }
  return pages;
}
