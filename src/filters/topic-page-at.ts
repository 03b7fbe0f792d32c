import type { Digest, TopicPage } from "../model.ts";
import { pageIndex } from "../seo/page-index.ts";

/** The topic timeline page at `url` (`page.url`), if it is one; a Map look-up. */
export function topicPageAt(url: string, digest: Digest): TopicPage | undefined {
  return pageIndex(digest).topicPageByUrl.get(url);
}
