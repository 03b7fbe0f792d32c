import { DateTime } from "luxon";
import { loadContent } from "./load.ts";
import { createMarkdownRenderer } from "./markdown.ts";
import { articleUrl, buildDigest, type Digest, type DigestOptions } from "./model.ts";
import { ContentError, type Problem } from "./problems.ts";
import type { SiteSettings } from "./site.ts";
import { validateContent, type ArticleSource } from "./validate.ts";

export interface LoadDigestOptions extends Partial<DigestOptions> {
  articlesDir: string;
  projectRoot?: string;
}

export interface LoadedDigest {
  digest: Digest;
  /** Warnings only: errors throw a ContentError instead. */
  warnings: Problem[];
}

/** Content → validated sources → rendered HTML → the digest model. Throws ContentError listing every problem. */
export async function loadDigest(settings: SiteSettings, options: LoadDigestOptions): Promise<LoadedDigest> {
  const loaded = await loadContent(options.articlesDir, options.projectRoot);
  const validated = validateContent(loaded.files, settings);
  const problems = [...loaded.problems, ...validated.problems, ...duplicateUrls(validated.articles, settings)];
  if (problems.some((p) => p.severity === "error")) throw new ContentError(problems);

  const render = createMarkdownRenderer({ siteOrigin: settings.baseUrl });
  const digest = buildDigest(
    validated.articles.map((a) => ({ ...a, html: render(a.body) })),
    validated.topics.map((t) => ({ ...t, html: render(t.body) })),
    settings,
    { now: options.now ?? DateTime.now(), includeDrafts: options.includeDrafts, includeScheduled: options.includeScheduled },
  );
  return { digest, warnings: problems };
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
        file: article.file,
        field: "slug",
        message: `same address ${url} as ${first.file}: give one of them another slug:`,
        severity: "error",
      });
  }
  return problems;
}
