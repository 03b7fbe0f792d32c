import { parseArticleDate, type ArticleDate } from "./dates.ts";
import { canonicalLanguageTag } from "./language-tag.ts";

/** Another outlet's report of the same story. */
export interface CoverageSource {
  name: string;
  url: string;
  title?: string;
  lang?: string;
  date?: ArticleDate;
}

type Report = (field: readonly (string | number)[], message: string) => void;

/**
 * The `coverage:` entries with their dates read like the article's own (a guess at a date written
 * another way reads numbers in `locale`'s order); the schema checks the other fields, so entries
 * it refuses are left to its messages here.
 */
export function coverageOf(value: unknown, zone: string, report: Report, locale?: string): CoverageSource[] {
  if (!Array.isArray(value)) return [];
  const entries: CoverageSource[] = [];
  value.forEach((entry: unknown, i) => {
    if (!entry || typeof entry !== "object") return;
    const { name, url, title, lang, date } = entry as Record<string, unknown>;
    const at = typeof date === "string" ? parseArticleDate(date, zone, locale) : undefined;
    if (at && "error" in at) report(["coverage", i, "date"], at.error);
    if (typeof name !== "string" || typeof url !== "string") return;
    entries.push({
      name: name.trim(),
      url: url.trim(),
      ...(typeof title === "string" && title.trim() && { title: title.trim() }),
      ...(typeof lang === "string" && canonicalLanguageTag(lang) && { lang: canonicalLanguageTag(lang) }),
      ...(at && !("error" in at) && { date: at }),
    });
  });
  return entries;
}
