import type { Digest } from "../../model/build.ts";
import { pageIndex } from "../../model/page-index.ts";
import { collectionPage, newsArticle, type JsonLd } from "../../outputs/seo/structured-data.ts";
import type { SiteSettings } from "../../settings/site.ts";

/** The schema.org object for the page at `url`: NewsArticle, CollectionPage, or none. */
export function structuredData(url: string, digest: Digest, site: SiteSettings): JsonLd | undefined {
  const index = pageIndex(digest);
  const article = index.articleByUrl.get(url);
  if (article) return newsArticle(article, site);
  const topicPage = index.topicPageByUrl.get(url);
  if (topicPage) return collectionPage(topicPage, site);
  return undefined;
}
