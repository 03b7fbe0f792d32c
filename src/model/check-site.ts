import { DateTime } from "luxon";
import { checkPictures, createValidateCache, duplicateSources, entityConflicts, unregisteredEntityNames, validateEntities, type EntitySource, loadContent, placeholderProblems, scheduled, scheduledUpdates, unregisteredOutletNames, validateContent, type ContentFile, type LoadCache, type PictureCache, type Problem, type ValidateCache, type ValidatedContent } from "../content/index.ts";
import { hazardProblem, noteHazards, sanitizedProblems } from "../markdown/index.ts";
import type { SiteSettings } from "../settings/index.ts";
import { duplicateTopics, duplicateUrls } from "./address-clashes.ts";
import { stopwatch, type Timings } from "./timings.ts";

export interface CheckSiteOptions {
  articlesDir: string;
  projectRoot?: string;
  /** Articles dated after this are reported as scheduled. */
  now?: DateTime;
  /** Also render every body and warn about what sanitizing removed (`npm run check`; the build renders once, later). */
  reportSanitized?: boolean;
  /** How text `npm run new` left to replace counts: a warning while writing (the default), an error for a build. */
  placeholders?: Problem["severity"];
  timings?: Timings;
  /** Picture headers from earlier builds (the build keeps them in the picture cache): unchanged files are not opened. */
  pictureHeaders?: PictureCache;
}

/** What the dev server keeps between rebuilds, so only files saved since are read, validated and scanned again. */
export interface ContentCache {
  files: LoadCache;
  validated: ValidateCache;
  /** Each file's Markdown hazard, by the loaded file (the load cache hands back the same object while the file is unchanged). */
  hazards: WeakMap<ContentFile, Problem | undefined>;
  /** Each picture file's header, by path, size and time of change. */
  pictures?: PictureCache;
}

export const createContentCache = (): ContentCache => ({ files: new Map(), validated: createValidateCache(), hazards: new WeakMap(), pictures: new Map() });

/**
 * Everything `npm run check` and the build verify, in one place so both say the same: each file
 * on its own (content/validate.ts), its Markdown (markdown/body-problems.ts), then what only
 * shows across files. `onSafeBody` hears of each body safe to render as soon as its file is read,
 * and answers whether it took the body for good (rendered ahead under the file's path): the
 * checks after it then read the file's body facts, not its body.
 */
export async function checkSite(
  settings: SiteSettings,
  options: CheckSiteOptions,
  { cache = createContentCache(), onSafeBody }: { cache?: ContentCache; onSafeBody?: (body: string, file: string) => boolean } = {},
): Promise<ValidatedContent & { entities: EntitySource[] }> {
  const lap = stopwatch(options.timings);
  const hazardOf = (file: ContentFile) => {
    if (!cache.hazards.has(file)) cache.hazards.set(file, hazardProblem(file));
    return cache.hazards.get(file);
  };
  const loaded = await loadContent(options.articlesDir, options.projectRoot, {
    cache: cache.files,
    onRead: (file) => !hazardOf(file) && (onSafeBody?.(file.parsed.body, file.file) ?? false),
  });
  lap("load");
  const hazards = loaded.files.flatMap((file) => hazardOf(file) ?? []);
  const checked = validateContent(loaded.files, settings, cache.validated, loaded.unreadTopics);
  // Only articles with pictures pay for this: their files' headers are read, never decoded.
  const pictures = await checkPictures(checked.articles, { articlesDir: options.articlesDir, projectRoot: options.projectRoot, cache: options.pictureHeaders ?? cache.pictures });
  const validated = { ...checked, articles: pictures.articles, problems: [...checked.problems, ...pictures.problems] };
  const registry = validateEntities(loaded.files);
  const modified = new Map(loaded.files.map((f) => [f.file, f.modifiedMs ?? 0]));
  const refused = new Set(hazards.map((p) => p.file)); // rendering those would only repeat their error
  const problems = [
    ...loaded.problems,
    ...hazards,
    ...placeholderProblems(loaded.files, options.placeholders ?? "warning"),
    ...validated.problems,
    ...registry.problems,
    ...entityConflicts(registry.claims),
    ...unregisteredEntityNames(validated.articles, registry.entities),
    ...duplicateTopics(validated.topics),
    ...duplicateUrls(validated.articles, settings, (file) => modified.get(file) ?? 0),
    ...duplicateSources(validated.articles),
    ...scheduled(validated.articles, options.now ?? DateTime.now()),
    ...noteHazards(validated.articles),
    ...scheduledUpdates(validated.articles, options.now ?? DateTime.now()),
    ...unregisteredOutletNames(validated.articles, validated.outlets ?? []),
    ...(options.reportSanitized ? sanitizedProblems([...validated.articles, ...validated.topics, ...registry.entities].filter((f) => !refused.has(f.file)), settings.baseUrl) : []),
  ];
  lap("validate");
  return { ...validated, entities: registry.entities, problems };
}
