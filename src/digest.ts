import { DateTime } from "luxon";
import { checkContent } from "./check.ts";
import { createMarkdownPool } from "./markdown-pool.ts";
import { buildDigest, type Digest, type DigestOptions } from "./model.ts";
import { ContentError, type Problem } from "./problems.ts";
import type { SiteSettings } from "./site.ts";
import { stopwatch, type Timings } from "./timings.ts";

export interface LoadDigestOptions extends Partial<DigestOptions> {
  articlesDir: string;
  projectRoot?: string;
  timings?: Timings;
}

export interface LoadedDigest {
  digest: Digest;
  /** Warnings only: errors throw a ContentError instead. */
  warnings: Problem[];
}

/** Content → validated sources → rendered HTML → the digest model. Throws ContentError listing every problem. */
export async function loadDigest(settings: SiteSettings, options: LoadDigestOptions): Promise<LoadedDigest> {
  const now = options.now ?? DateTime.now();
  const checked = await checkContent(settings, { ...options, now });
  if (checked.problems.some((p) => p.severity === "error")) throw new ContentError(checked.problems);

  const lap = stopwatch(options.timings);
  const pool = createMarkdownPool({ siteOrigin: settings.baseUrl }, checked.articles.length);
  const html = await pool.renderAll([...checked.articles.map((a) => a.body), ...checked.topics.map((t) => t.body)]);
  const articles = checked.articles.map((a, i) => ({ ...a, html: html[i]! }));
  const topics = checked.topics.map((t, i) => ({ ...t, html: html[checked.articles.length + i]! }));
  lap("markdown");
  const digest = buildDigest(
    articles,
    topics,
    settings,
    { now, includeDrafts: options.includeDrafts, includeScheduled: options.includeScheduled },
  );
  lap("model");
  return { digest, warnings: checked.problems };
}
