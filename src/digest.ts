import { DateTime } from "luxon";
import { checkContent } from "./check.ts";
import { createMarkdownRenderer } from "./markdown.ts";
import { buildDigest, type Digest, type DigestOptions } from "./model.ts";
import { ContentError, type Problem } from "./problems.ts";
import type { SiteSettings } from "./site.ts";

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
  const now = options.now ?? DateTime.now();
  const checked = await checkContent(settings, { ...options, now });
  if (checked.problems.some((p) => p.severity === "error")) throw new ContentError(checked.problems);

  const render = createMarkdownRenderer({ siteOrigin: settings.baseUrl });
  const digest = buildDigest(
    checked.articles.map((a) => ({ ...a, html: render(a.body) })),
    checked.topics.map((t) => ({ ...t, html: render(t.body) })),
    settings,
    { now, includeDrafts: options.includeDrafts, includeScheduled: options.includeScheduled },
  );
  return { digest, warnings: checked.problems };
}
