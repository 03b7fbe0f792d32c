import { wordsFor } from "../../settings/index.ts";
import type { EmailEdition } from "./edition.ts";
import { textWidth, wrapText } from "./wrap-text.ts";

/** The plain-text part: the same edition as the HTML, every line at most 72 characters (a URL alone may run longer). */
export function emailText(edition: EmailEdition): string {
  const words = wordsFor(edition.lang);
  const rule = "_".repeat(textWidth);
  const out: string[] = [wrapText(edition.siteTitle), wrapText(edition.date), rule, "", wrapText(`${words.emailWebEdition}:`), edition.webUrl, ""];
  for (const group of edition.groups) {
    out.push("", wrapText(group.title.toUpperCase()), "-".repeat(Math.min(textWidth, [...group.title].length)), "");
    for (const item of group.items) {
      out.push(wrapText(item.title, textWidth, ""));
      if (item.summary) out.push(wrapText(item.summary, textWidth, "  "));
      out.push(wrapText(`${words.source}: ${item.source}`, textWidth, "  "), `  ${item.url}`, "");
    }
    if (group.more) out.push(wrapText(`${words.emailMoreInTopic(group.more)}:`), edition.webUrl, "");
  }
  if (edition.moreArticles) out.push(wrapText(`${words.emailMoreArticles(edition.moreArticles)}:`), edition.webUrl, "");
  out.push(rule, wrapText(edition.siteTitle), edition.siteUrl, wrapText(`${words.emailUnsubscribe}: ${edition.unsubscribe}`), "");
  return out.join("\n");
}
