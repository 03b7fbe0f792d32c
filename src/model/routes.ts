import type { DateTime } from "luxon";
import { dayKey } from "../content/index.ts";

// The site's URL scheme for the model's pages, in one place.

export function articleUrl(at: DateTime, slug: string): string {
  return `/${dayKey(at).replaceAll("-", "/")}/${slug}/`;
}

export function topicUrl(slug: string, page = 1): string {
  return page === 1 ? `/topics/${slug}/` : `/topics/${slug}/page/${page}/`;
}

export function collectionUrl(kind: string, slug: string, page = 1): string {
  return page === 1 ? `/${kind}/${slug}/` : `/${kind}/${slug}/page/${page}/`;
}

/** `page` is why no article may have the slug "page" (see content/validate.ts). */
export function dayPageUrl(dayUrl: string, page: number): string {
  return page === 1 ? dayUrl : `${dayUrl}page/${page}/`;
}

/** `2023`, `2023-09` or `2023-09-06` → `/2023/`, `/2023/09/`, `/2023/09/06/`. */
export function periodUrl(key: string): string {
  return `/${key.replaceAll("-", "/")}/`;
}

/** The model's lists of pages, each a route of its own: the one list every writer and counter of pages follows. */
export const modelPageLists = ["articles", "dayPages", "topicPages", "months", "years", "collectionPages", "collectionIndexes"] as const;
export type ModelPageList = (typeof modelPageLists)[number];
