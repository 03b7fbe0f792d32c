import { contentFile, parseContentFile } from "../content/index.ts";
import type { ContentFile } from "../content/index.ts";
import { formatProblem } from "../content/index.ts";
import type { SiteSettings } from "../settings/index.ts";
import { validateContent } from "../content/index.ts";

/**
 * The errors the validator would report in a file before it is written (`file` is where it
 * goes, `topicFiles` the topics it may name), one formatted line each; none when it is valid.
 * The last guard against writing something that would stop the build.
 */
export function problemsInNewFile(
  file: string,
  kind: ContentFile["kind"],
  text: string,
  topicFiles: ContentFile[],
  settings: SiteSettings,
): string[] {
  const parsed = parseContentFile(new TextEncoder().encode(text));
  if ("message" in parsed) return [`${file}  frontmatter  error  ${parsed.message}`];
  const others = topicFiles.filter((t) => t.file !== file);
  const { problems } = validateContent([...others, contentFile(file, kind, parsed)], settings);
  return problems.filter((p) => p.file === file && p.severity === "error").map(formatProblem);
}
