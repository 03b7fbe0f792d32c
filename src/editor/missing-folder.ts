import { articlesFolderMissing, formatProblem } from "../content/index.ts";
import { displayPath } from "./paths.ts";

/**
 * check's line for an articles folder that does not exist, shown as the editor would name it from
 * `cwd`; undefined when it is there. A command asks before anything else, since a mistyped folder
 * would otherwise surface as "unknown topic" or "no articles".
 */
export function missingArticlesFolder(articlesDir: string, cwd: string): string | undefined {
  const missing = articlesFolderMissing(articlesDir, displayPath(articlesDir, cwd));
  return missing && formatProblem(missing);
}
