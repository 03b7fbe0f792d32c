import type { FeedData } from "./feed-data.ts";

/**
 * A JSON Feed 1.1 document (https://jsonfeed.org/version/1.1). Built here rather than by the
 * `feed` library, whose json1() writes version 1 without `language` or `authors`.
 */
export function jsonFeed(data: FeedData): string {
  const feed = {
    version: "https://jsonfeed.org/version/1.1",
    title: data.title,
    home_page_url: data.homeUrl,
    feed_url: data.jsonUrl,
    description: data.description,
    language: data.lang,
    items: data.items.map((item) => ({
      id: item.id,
      url: item.url,
      title: item.title,
      ...(item.summary && { summary: item.summary }),
      content_html: item.html,
      ...(item.image && { image: item.image.url }),
      date_published: item.published,
      date_modified: item.updated,
      authors: [{ name: item.author.name, ...(item.author.url && { url: item.author.url }) }],
      language: item.lang,
      tags: item.topics.map((topic) => topic.title),
    })),
  };
  return JSON.stringify(feed, null, 2);
}
