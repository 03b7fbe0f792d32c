import { DateTime } from "luxon";
import { isoInZone } from "../content/index.ts";
import { pagePosition } from "./pager.ts";
import { dayPageUrl, periodUrl } from "./routes.ts";
import type { Article, DayEdition, DayPage, MonthArchive, PeriodRef, TopicGroup, YearArchive } from "./types.ts";

// Days, months and years, each built from the one before: all newest first.

// Per time zone, each period's ref, kept from build to build: luxon takes ~20 µs to place a day
// in a zone, and a dev-server rebuild names the same days again. Frozen, as builds share them.
const catalogues = new Map<string, Map<string, PeriodRef>>();

/** Each day, month and year once: every day names its month and year. */
export function periodCatalogue(zone: string): (key: string) => PeriodRef {
  let periods = catalogues.get(zone);
  if (!periods) catalogues.set(zone, (periods = new Map()));
  const known = periods;
  return (key) => {
    let ref = known.get(key);
    if (!ref) known.set(key, (ref = Object.freeze({ key, url: periodUrl(key), date: isoInZone(DateTime.fromISO(key, { zone })) })));
    return ref;
  };
}

/** Consecutive runs of equal keys, in input order. */
export function runs<T>(items: readonly T[], keyOf: (item: T) => string): [string, T[]][] {
  const out: [string, T[]][] = [];
  for (const item of items) {
    const key = keyOf(item);
    const last = out[out.length - 1];
    if (last && last[0] === key) last[1].push(item);
    else out.push([key, [item]]);
  }
  return out;
}

const toRef = ({ key, url, date }: PeriodRef): PeriodRef => ({ key, url, date });

function linkNeighbours<T extends PeriodRef & { previous?: PeriodRef; next?: PeriodRef }>(newestFirst: T[]): void {
  newestFirst.forEach((item, i) => {
    if (i + 1 < newestFirst.length) item.previous = toRef(newestFirst[i + 1]!);
    if (i > 0) item.next = toRef(newestFirst[i - 1]!);
  });
}

/** One edition per day, its articles grouped under their main topic; the group with the newest article first. */
export function dayEditions(newestFirst: readonly Article[], periodOf: (key: string) => PeriodRef): DayEdition[] {
  const days: DayEdition[] = runs(newestFirst, (a) => a.day.key).map(([key, items]) => {
    const groups = new Map<string, TopicGroup>();
    for (const article of items) {
      const main = article.topics[0]!;
      let group = groups.get(main.slug);
      if (!group) groups.set(main.slug, (group = { topic: main, articles: [] }));
      group.articles.push(article);
    }
    // Field by field, not `{ ...day }`: a leading spread gives each object a hidden class of its own (see timeline.ts).
    const { url, date } = items[0]!.day;
    return { key, url, date, count: items.length, groups: [...groups.values()], month: periodOf(key.slice(0, 7)), year: periodOf(key.slice(0, 4)) };
  });
  linkNeighbours(days);
  return days;
}

export function monthArchives(days: DayEdition[], periodOf: (key: string) => PeriodRef): MonthArchive[] {
  const months: MonthArchive[] = runs(days, (day) => day.key.slice(0, 7)).map(([key, monthDays]) => ({
    ...periodOf(key),
    count: monthDays.reduce((sum, day) => sum + day.count, 0),
    days: monthDays,
    year: periodOf(key.slice(0, 4)),
  }));
  linkNeighbours(months);
  return months;
}

export function yearArchives(months: MonthArchive[], periodOf: (key: string) => PeriodRef): YearArchive[] {
  const years: YearArchive[] = runs(months, (m) => m.key.slice(0, 4)).map(([key, items]) => ({
    ...periodOf(key),
    count: items.reduce((sum, m) => sum + m.count, 0),
    months: items.map((m) => ({ ...toRef(m), count: m.count })),
  }));
  linkNeighbours(years);
  return years;
}

/** A day's pages: its articles in the edition's order, `size` a page, regrouped under their topics. */
export function paginateDay(day: DayEdition, size: number): DayPage[] {
  const page = (number: number, total: number, groups: TopicGroup[]): DayPage => {
    const { url, previousUrl, nextUrl } = pagePosition(number, total, (n) => dayPageUrl(day.url, n));
    return { day, number, total, url, previousUrl, nextUrl, groups, count: groups.reduce((sum, group) => sum + group.articles.length, 0) };
  };
  if (day.count <= size) return [page(1, 1, day.groups)];
  const inOrder = day.groups.flatMap((group) => group.articles.map((article) => ({ topic: group.topic, article })));
  const total = Math.ceil(inOrder.length / size);
  const pages: DayPage[] = [];
  for (let number = 1; number <= total; number++) {
    const groups: TopicGroup[] = [];
    for (const { topic, article } of inOrder.slice((number - 1) * size, number * size)) {
      const last = groups[groups.length - 1];
      if (last?.topic === topic) last.articles.push(article);
      else groups.push({ topic, articles: [article] });
    }
    pages.push(page(number, total, groups));
  }
  return pages;
}
