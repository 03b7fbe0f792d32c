import path from "node:path";
import type { DateTime } from "luxon";

/** `<articles>/2023/2023-09-05-<slug>.md`: the sample's layout, dated by the day of `at` in its own zone. */
export function articleFilePath(articlesDir: string, at: DateTime, slug: string): string {
  return path.join(articlesDir, at.toFormat("yyyy"), `${at.toFormat("yyyy-MM-dd")}-${slug}.md`);
}

/** `<articles>/topics/<slug>.md`. */
export function topicFilePath(articlesDir: string, slug: string): string {
  return path.join(articlesDir, "topics", `${slug}.md`);
}

/** How a path is shown to the editor: relative to the working folder when inside it, otherwise absolute. */
export function displayPath(file: string, cwd: string): string {
  const absolute = path.resolve(cwd, file);
  const relative = path.relative(cwd, absolute);
  return relative && !relative.startsWith("..") && !path.isAbsolute(relative) ? relative.split(path.sep).join("/") : absolute;
}
