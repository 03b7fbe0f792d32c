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

/**
 * Two articles with the same day and slug would overwrite each other's page. The error goes to the
 * newer file (`modifiedMs`; by path when as new), the one that made the clash, at its slug: line,
 * or its date: line when the slug comes from the file name.
 */
export function duplicateUrls(articles: readonly ArticleSource[], settings: SiteSettings, modifiedMs: (file: string) => number = () => 0): Problem[] {
  const byUrl = new Map<string, ArticleSource[]>();
  for (const article of articles) {
    const url = articleUrl(article.date.at.setZone(settings.timeZone), article.slug);
    const same = byUrl.get(url);
    if (same) same.push(article);
    else byUrl.set(url, [article]);
  }
  const problems: Problem[] = [];
  for (const [url, same] of byUrl) {
    if (same.length < 2) continue;
    const [first, ...newer] = [...same].sort((a, b) => modifiedMs(a.file) - modifiedMs(b.file) || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    for (const article of newer) {
      const hasSlug = article.frontmatterLines.some((line) => /^slug\s*:/.test(line));
      problems.push({
        ...fieldAt(article, hasSlug ? "slug" : "date"),
        message: hasSlug
          ? `same address ${url} as ${first!.file}: change this slug, e.g. slug: ${article.slug}-2`
          : `same address ${url} as ${first!.file} (the slug comes from the file name): add slug: with another name, e.g. slug: ${article.slug}-2`,
        severity: "error",
      });
    }
  }
  return problems;
}
