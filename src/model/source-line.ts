import type { Words } from "../settings/index.ts";
import type { Article } from "./types.ts";

/** "Reuters + 3 outlets": the story's source and how many other outlets reported it, as lists (and the email) show it. */
export function sourceLine(article: Pick<Article, "outlets">, words: Pick<Words, "sourceLine">): string {
  return words.sourceLine(article.outlets[0]!.name, article.outlets.length - 1);
}
