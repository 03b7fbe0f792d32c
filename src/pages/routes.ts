import type { Digest, ModelPageList } from "../model/index.ts";

/** Each of the model's lists of pages with its template in `layouts/_includes/`, which sees the page as `alias`. */
export const modelRoutes: Record<ModelPageList, { template: string; alias: string }> = {
  articles: { template: "pages/article.njk", alias: "article" },
  dayPages: { template: "pages/day.njk", alias: "dayPage" },
  topicPages: { template: "pages/topic.njk", alias: "topicPage" },
  months: { template: "pages/month.njk", alias: "month" },
  years: { template: "pages/year.njk", alias: "year" },
  collectionPages: { template: "pages/collection.njk", alias: "collectionPage" },
  collectionIndexes: { template: "pages/collection-index.njk", alias: "collectionIndex" },
};

export type ModelPages = Pick<Digest, ModelPageList>;
