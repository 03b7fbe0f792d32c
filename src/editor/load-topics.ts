import { loadContent, type ContentFile } from "../content/index.ts";
import type { SiteSettings } from "../settings/index.ts";
import { validateContent, type TopicSource } from "../content/index.ts";

export interface KnownTopics {
  /** The valid topics, as the validator reads them. */
  topics: TopicSource[];
  /** Their files, to validate a new article against. */
  files: ContentFile[];
}

/** The topics under `articlesDir`, read and checked exactly as the build does. */
export async function loadTopics(articlesDir: string, settings: SiteSettings, projectRoot = process.cwd()): Promise<KnownTopics> {
  const { files } = await loadContent(articlesDir, projectRoot);
  const topicFiles = files.filter((f) => f.kind === "topic");
  const { topics } = validateContent(topicFiles, settings);
  const valid = new Set(topics.map((t) => t.file));
  return { topics, files: topicFiles.filter((f) => valid.has(f.file)) };
}
