import { DateTime } from "luxon";
import { ContentError, type PictureCache, type Problem } from "../content/index.ts";
import { createMarkdownPool, type MarkdownPool } from "../markdown/index.ts";
import { collectGarbageBetweenPhases, type SiteSettings } from "../settings/index.ts";
import { buildDigest } from "./build.ts";
import { checkSite, createContentCache, type ContentCache } from "./check-site.ts";
import { stopwatch, type Timings } from "./timings.ts";
import type { Digest, DigestOptions, RenderedArticle, RenderedEntity, RenderedOutlet, RenderedTopic } from "./types.ts";

export interface LoadDigestOptions extends Partial<DigestOptions> {
  articlesDir: string;
  projectRoot?: string;
  timings?: Timings;
  /** Kept between the dev server's rebuilds, so only what changed is read and rendered again. */
  cache?: DigestCache;
  /** Text `npm run new` left to replace: an error for a build that publishes, a warning in the dev server. */
  placeholders?: Problem["severity"];
  /** Picture headers from earlier builds (see checkSite). */
  pictureHeaders?: PictureCache;
}

export interface DigestCache extends ContentCache {
  /** Rendered HTML by Markdown body (the same string objects the file cache holds). */
  html: Map<string, string>;
}

export const createDigestCache = (): DigestCache => ({ ...createContentCache(), html: new Map() });

export interface LoadedDigest {
  digest: Digest;
  /** Warnings only: errors throw a ContentError instead. */
  warnings: Problem[];
}

/** Content → validated sources → rendered HTML → the digest model. Throws ContentError listing every problem. */
export async function loadDigest(settings: SiteSettings, options: LoadDigestOptions): Promise<LoadedDigest> {
  const now = options.now ?? DateTime.now();
  const { articles, topics, entities, outlets, problems } = await renderedContent(settings, { ...options, now });
  const lap = stopwatch(options.timings);
  // A one-off build has just let go of every file's Markdown (the dev server keeps them, in its cache).
  if (!options.cache) collectGarbageBetweenPhases();
  const digest = buildDigest(articles, topics, settings, { now, includeDrafts: options.includeDrafts, includeScheduled: options.includeScheduled }, { entities, outlets });
  lap("model");
  return { digest, warnings: problems };
}

/**
 * The checked articles and topics with their HTML. Their Markdown is left behind here, so a big
 * site's bodies can be freed before the model and the pages are built.
 */
async function renderedContent(
  settings: SiteSettings,
  options: LoadDigestOptions & { now: DateTime },
): Promise<{ articles: RenderedArticle[]; topics: RenderedTopic[]; entities: RenderedEntity[]; outlets: RenderedOutlet[]; problems: Problem[] }> {
  const cache = options.cache;
  const pool = createMarkdownPool({ siteOrigin: settings.baseUrl });
  try {
    const checked = await checkSite(settings, options, {
      cache,
      // Bodies start rendering on the other core while the rest of the files are read and checked.
      // A one-off build then asks for their HTML by file and lets the Markdown go; the dev server
      // keeps every body, as its key to the HTML it rendered before.
      onSafeBody: (body, file) => {
        if (!cache) pool.renderAhead(body, file);
        else if (!cache.html.has(body)) pool.renderAhead(body);
        return !cache;
      },
    });
    if (checked.problems.some((p) => p.severity === "error")) throw new ContentError(checked.problems);

    const lap = stopwatch(options.timings);
    // Registry bodies and update notes are Markdown too: rendered and sanitized with the bodies, after them.
    const outletSources = checked.outlets ?? [];
    const notes = checked.articles.flatMap((a) => (a.updates ?? []).map((u, i) => ({ text: u.note, key: `${a.file}\0${i}` })));
    const files = [...checked.articles, ...checked.topics, ...checked.entities, ...outletSources];
    const bodies = files.map((file) => file.body);
    const html = cache
      ? await renderBodies([...bodies, ...notes.map((n) => n.text)], pool, cache.html)
      : await pool.renderAll([...bodies, ...notes.map((n) => n.text)], [...files.map((f) => f.file), ...notes.map((n) => n.key)]);
    let next = bodies.length;
    const articles = checked.articles.map(({ body: _body, frontmatterLines: _lines, updates, ...a }, i): RenderedArticle => ({
      ...a,
      html: html[i]!,
      ...(updates && { updates: updates.map((u) => ({ ...u, html: html[next++]! })) }),
    }));
    const topics = checked.topics.map(({ body: _body, ...t }, i) => ({ ...t, html: html[checked.articles.length + i]! }));
    const entityStart = checked.articles.length + checked.topics.length;
    const entities = checked.entities.map(({ body: _body, frontmatterLines: _lines, ...e }, i) => ({ ...e, html: html[entityStart + i]! }));
    const outletStart = entityStart + checked.entities.length;
    const outlets = outletSources.map(({ body: _body, frontmatterLines: _lines, ...o }, i) => ({ ...o, html: html[outletStart + i]! }));
    lap("markdown");
    return { articles, topics, entities, outlets, problems: checked.problems };
  } finally {
    await pool.close();
  }
}

/** Every body's HTML, in order; only bodies not rendered before are rendered. */
async function renderBodies(bodies: string[], pool: MarkdownPool, cache: Map<string, string>): Promise<string[]> {
  const toRender = [...new Set(bodies.filter((body) => !cache.has(body)))];
  const rendered = await pool.renderAll(toRender);
  toRender.forEach((body, i) => cache.set(body, rendered[i]!));
  const inUse = new Set(bodies);
  for (const body of cache.keys()) if (!inUse.has(body)) cache.delete(body); // edits must not pile up
  return bodies.map((body) => cache.get(body)!);
}
