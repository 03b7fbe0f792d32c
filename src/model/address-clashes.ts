import { fieldAt, type ArticleSource, type Problem, type TopicSource } from "../content/index.ts";
import type { SiteSettings } from "../settings/index.ts";
import { articleUrl, topicUrl } from "./routes.ts";

/**
 * Topic files whose names differ only in case or punctuation (`T.md` and `t.md`, `a_b.md` and
 * `a-b.md`) get the same slug, and the second page would overwrite the first.
 */
export function duplicateTopics(topics: readonly TopicSource[]): Problem[] {
  const firstBySlug = new Map<string, TopicSource>();
  const problems: Problem[] = [];
  for (const topic of topics) {
    const first = firstBySlug.get(topic.slug);
    if (!first) firstBySlug.set(topic.slug, topic);
    else
      problems.push({
        file: topic.file,
        field: "file",
        message: `same topic address ${topicUrl(topic.slug)} as ${first.file}: rename one of the two files`,
        severity: "error",
      });
  }
  return problems;
}

/** Two articles with the same day and slug would overwrite each other's page. */
export function duplicateUrls(articles: readonly ArticleSource[], settings: SiteSettings): Problem[] {
  const firstByUrl = new Map<string, ArticleSource>();
  const problems: Problem[] = [];
  for (const article of articles) {
    const url = articleUrl(article.date.at.setZone(settings.timeZone), article.slug);
    const first = firstByUrl.get(url);
    if (!first) firstByUrl.set(url, article);
    else
      problems.push({
        ...fieldAt(article, "slug"),
        message: `same address ${url} as ${first.file}: give one of them another slug`,
        severity: "error",
      });
  }
  return problems;
}
