import type { Digest, TopicPage } from "../../model/build.ts";
import { pageIndex } from "../../model/page-index.ts";

/** The topic timeline page at `url` (`page.url`), if it is one; a Map look-up. */
export function topicPageAt(url: string, digest: Digest): TopicPage | undefined {
  return pageIndex(digest).topicPageByUrl.get(url);
}
