import { DateTime } from "luxon";
import { fieldLine } from "./frontmatter.ts";
import { loadContent, type LoadCache } from "./load.ts";
import { createReportingMarkdownRenderer } from "../markdown/index.ts";
import { articleUrl, topicUrl } from "../model/index.ts";
import type { Problem } from "./problems.ts";
import { shorten } from "../text/index.ts";
import type { SiteSettings } from "../settings/index.ts";
import { stopwatch, type Timings } from "../model/index.ts";
import { validateContent, type ArticleSource, type TopicSource, type ValidateCache, type ValidatedContent } from "./validate.ts";

export interface CheckOptions {
  articlesDir: string;
  projectRoot?: string;
  /** Articles dated after this are reported as scheduled. */
  now?: DateTime;
  timings?: Timings;
  /** Also render every body and warn about what sanitizing removed (`npm run check`; the build renders once, later). */
  reportSanitized?: boolean;
  /** Files unchanged since the last call are not read again (the dev server's rebuilds). */
  loadCache?: LoadCache;
  /** Files unchanged since the last call are not validated again. */
  validateCache?: ValidateCache;
  /** Called with each body found safe to render as soon as its file is read (see load.ts). */
  renderAhead?: (body: string) => void;
}

/**
 * Everything `npm run check` and the build verify, in one place so both say the same:
 * each file on its own (validate.ts), then what only shows across files.
 */
export async function checkContent(settings: SiteSettings, options: CheckOptions): Promise<ValidatedContent> {
  const lap = stopwatch(options.timings);
  const loaded = await loadContent(options.articlesDir, options.projectRoot, options.loadCache, options.renderAhead);
  lap("load");
  const validated = validateContent(loaded.files, settings, options.validateCache);
  const now = options.now ?? DateTime.now();
  const problems = [
    ...loaded.problems,
    ...validated.problems,
    ...duplicateTopics(validated.topics),
    ...duplicateUrls(validated.articles, settings),
    ...duplicateSources(validated.articles),
    ...scheduled(validated.articles, now),
    ...(options.reportSanitized ? sanitized(validated, settings, new Set(loaded.problems.filter((p) => p.field === "body").map((p) => p.file))) : []),
  ];
  lap("validate");
  return { ...validated, problems };
}

function at(article: ArticleSource, field: string): Pick<Problem, "file" | "line" | "column" | "field"> {
  return { file: article.file, line: fieldLine(article.frontmatterLines, field.split(".")), column: 1, field };
}

/**
 * Topic files whose names differ only in case or punctuation (`T.md` and `t.md`, `a_b.md` and
 * `a-b.md`) get the same slug, and the second page would overwrite the first.
 */
function duplicateTopics(topics: TopicSource[]): Problem[] {
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
function duplicateUrls(articles: ArticleSource[], settings: SiteSettings): Problem[] {
  const firstByUrl = new Map<string, ArticleSource>();
  const problems: Problem[] = [];
  for (const article of articles) {
    const url = articleUrl(article.date.at.setZone(settings.timeZone), article.slug);
    const first = firstByUrl.get(url);
    if (!first) firstByUrl.set(url, article);
    else
      problems.push({
        ...at(article, "slug"),
        message: `same address ${url} as ${first.file}: give one of them another slug`,
        severity: "error",
      });
  }
  return problems;
}

/** The same story curated twice is usually a slip, but may be deliberate (a correction): warn. */
function duplicateSources(articles: ArticleSource[]): Problem[] {
  const firstByUrl = new Map<string, ArticleSource>();
  const problems: Problem[] = [];
  for (const article of articles) {
    const url = article.source.url;
    if (!url) continue;
    const key = url.replace(/\/+$/, "").toLowerCase();
    const first = firstByUrl.get(key);
    if (!first) firstByUrl.set(key, article);
    else problems.push({ ...at(article, "source.url"), message: `${shorten(url)} is already curated in ${first.file}`, severity: "warning" });
  }
  return problems;
}

/**
 * Pasted HTML that lost scripts, handlers or unsafe links: the editor should know what readers
 * won't see. A body already refused (`refused`, by file) is not rendered: it would repeat its error.
 */
function sanitized({ articles, topics }: Pick<ValidatedContent, "articles" | "topics">, settings: SiteSettings, refused: Set<string>): Problem[] {
  const render = createReportingMarkdownRenderer({ siteOrigin: settings.baseUrl });
  return [...articles, ...topics].flatMap(({ file, body }) => {
    if (refused.has(file)) return [];
    const { removed } = render(body);
    return removed.length ? [{ file, field: "body", message: `removed from the page: ${removed.map((r) => shorten(r)).join("; ")}`, severity: "warning" as const }] : [];
  });
}

function scheduled(articles: ArticleSource[], now: DateTime): Problem[] {
  return articles
    .filter((a) => a.date.at > now)
    .map((a) => ({
      ...at(a, "date"),
      message: `${a.date.at.toISO({ suppressMilliseconds: true })} is in the future: the article is held back until then (build with --scheduled to include it)`,
      severity: "warning" as const,
    }));
}
