import { type FeedData } from "../feeds/index.ts";
import type { Digest } from "../../model/index.ts";
import { absoluteUrl } from "../../pages/index.ts";
import type { SiteSettings } from "../../settings/index.ts";
import type { DayEmail } from "./day-email.ts";

/** How many of the newest days the editions feeds hold. */
export const editionsFeedSize = 30;

/** The inside of the email's <body>: feed readers and RSS-to-email services put it in a page of their own. */
const bodyOf = (html: string) => /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1]?.trim() ?? html;

/**
 * `/editions.xml` and `/editions.json`: one entry per day, newest first, with the day's email
 * as its content — what RSS-to-email services (Buttondown, Mailchimp's RSS campaigns) send.
 */
export function editionsFeedData(digest: Digest, settings: SiteSettings, emailOf: (day: Digest["days"][number]) => DayEmail, size = editionsFeedSize): FeedData {
  const abs = (url: string) => absoluteUrl(url, settings.baseUrl, settings.pathPrefix);
  const items = digest.days.slice(0, size).map((day) => {
    const { edition, html } = emailOf(day);
    const url = abs(day.url);
    // The day's newest article (its first group's first): the entry changes only when the day's content does.
    const updated = day.groups[0]?.articles[0]?.published ?? day.date;
    return {
      id: url,
      url,
      title: edition.subject,
      summary: edition.preheader,
      html: bodyOf(html),
      published: updated,
      updated,
      lang: settings.lang,
      author: { name: settings.title, url: abs("/") },
      topics: day.groups.map((g) => ({ title: g.topic.title, url: abs(g.topic.url) })),
    };
  });
  return {
    title: settings.title,
    description: settings.description,
    homeUrl: abs("/"),
    atomUrl: abs("/editions.xml"),
    jsonUrl: abs("/editions.json"),
    lang: settings.lang,
    updated: items[0]?.updated ?? "1970-01-01T00:00:00Z",
    items,
  };
}
