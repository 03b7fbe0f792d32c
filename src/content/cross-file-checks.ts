import type { DateTime } from "luxon";
import { shorten } from "../text/index.ts";
import { fieldName } from "./field-name.ts";
import { fieldLine } from "./frontmatter.ts";
import type { Problem } from "./problems.ts";
import type { ArticleSource } from "./validate.ts";

/** Where a field of an article is, for a problem about it: `"source.url"`, or a path such as `["coverage", 0, "url"]`. */
export function fieldAt(article: ArticleSource, field: string | readonly (string | number)[]): Pick<Problem, "file" | "line" | "column" | "field"> {
  const path = typeof field === "string" ? field.split(".") : field;
  return { file: article.file, line: fieldLine(article.frontmatterLines, path), column: 1, field: fieldName(path) };
}

/**
 * The same story curated twice is usually a slip, but may be deliberate (a correction): warn.
 * A URL that is one article's source or coverage and another's is the same report in both.
 */
export function duplicateSources(articles: readonly ArticleSource[]): Problem[] {
  const firstByUrl = new Map<string, ArticleSource>();
  const problems: Problem[] = [];
  for (const article of articles) {
    const urls: { url: string | undefined; field: (string | number)[] }[] = [
      { url: article.source.url, field: ["source", "url"] },
      ...(article.coverage ?? []).map((c, i) => ({ url: c.url, field: ["coverage", i, "url"] })),
    ];
    for (const { url, field } of urls) {
      if (!url) continue;
      const key = url.replace(/\/+$/, "").toLowerCase();
      const first = firstByUrl.get(key);
      if (!first) firstByUrl.set(key, article);
      else if (first !== article) {
        const where = fieldAt(article, field);
        const message = field[0] === "source" && first.source.url?.replace(/\/+$/, "").toLowerCase() === key ? `${shorten(url)} is already curated in ${first.file}` : `${shorten(url)} is also the source or coverage of ${first.file}: probably the same story written twice; keep one article`;
        problems.push({ ...where, message, severity: "warning" });
      }
    }
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

/** Updates dated after `now` are held back like a scheduled article: warn, so nobody is surprised. */
export function scheduledUpdates(articles: readonly ArticleSource[], now: DateTime): Problem[] {
  return articles.flatMap((article) =>
    (article.updates ?? []).flatMap((update, i) =>
      update.date.at > now
        ? [{
            ...fieldAt(article, ["updates", i, "date"]),
            message: `${update.date.at.toISO({ suppressMilliseconds: true })} is in the future: the ${update.kind} is held back until then (build with --scheduled to include it)`,
            severity: "warning" as const,
          }]
        : [],
    ),
  );
}
