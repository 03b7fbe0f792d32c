import type { Article, Digest } from "../../model/build.ts";
import { pageIndex } from "../../model/page-index.ts";

/** The article whose page is at `url` (`page.url`), if it is an article page; a Map look-up. */
export function articleAt(url: string, digest: Digest): Article | undefined {
  return pageIndex(digest).articleByUrl.get(url);
}
