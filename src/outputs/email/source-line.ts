import type { Article } from "../../model/index.ts";

/** The source under an item of the email: the outlet's name (the one place to add a coverage count). */
export function sourceLine(article: Article): string {
  return article.source.name;
}
