import type { DateTime } from "luxon";
import { shorten } from "../text/index.ts";
import { fieldLine } from "./frontmatter.ts";
import type { Problem } from "./problems.ts";
import type { ArticleSource } from "./validate.ts";

/** Where a field of an article is, for a problem about it. */
export function fieldAt(article: ArticleSource, field: string): Pick<Problem, "file" | "line" | "column" | "field"> {
  return { file: article.file, line: fieldLine(article.frontmatterLines, field.split(".")), column: 1, field };
}

/** The same story curated twice is usually a slip, but may be deliberate (a correction): warn. */
export function duplicateSources(articles: readonly ArticleSource[]): Problem[] {
  const firstByUrl = new Map<string, ArticleSource>();
  const problems: Problem[] = [];
  for (const article of articles) {
    const url = article.source.url;
    if (!url) continue;
    const key = url.replace(/\/+$/, "").toLowerCase();
    const first = firstByUrl.get(key);
    if (!first) firstByUrl.set(key, article);
    else problems.push({ ...fieldAt(article, "source.url"), message: `${shorten(url)} is already curated in ${first.file}`, severity: "warning" });
  }
  return problems;
}

/** Articles dated after `now` are held back: warn, so nobody is surprised. */
export function scheduled(articles: readonly ArticleSource[], now: DateTime): Problem[] {
  return articles
    .filter((a) => a.date.at > now)
    .map((a) => ({
      ...fieldAt(a, "date"),
      message: `${a.date.at.toISO({ suppressMilliseconds: true })} is in the future: the article is held back until then (build with --scheduled to include it)`,
      severity: "warning" as const,
    }));
}
