import type { ParsedFile } from "./frontmatter.ts";
import type { Problem } from "./problems.ts";

/** A file as read, as far as this check needs it (load.ts's ContentFile, which imports this module). */
interface ReadFile {
  file: string;
  kind: string;
  bodyFacts: { placeholderLine?: number };
}

/** What `npm run new` writes as an article's body, for the editor to replace. */
export const articlePlaceholder = "Write the text of the article here, in Markdown.";
/** What `npm run new -- --topic-file` writes as a topic's background. */
export const topicPlaceholder = "Write the topic's background here, in Markdown: what happened before, who is involved and why it matters.";

/**
 * Files still holding the text `npm run new` left for the editor to replace: a warning while
 * writing (`npm run check`, the dev server), an error for a build that would publish it.
 */
export function placeholderProblems(files: readonly ReadFile[], severity: Problem["severity"]): Problem[] {
  return files.flatMap(({ file, kind, bodyFacts: { placeholderLine: line } }) => {
    if (line === undefined) return [];
    const what = kind === "topic" ? "the topic's background" : "the article's text";
    // A warning says what it will become, so a clean-looking check is not read as ready to publish.
    const later = severity === "warning" ? " (npm run build refuses to publish it until then)" : "";
    return [{ file, line, column: 1, field: "body", message: `still holds the placeholder npm run new wrote: replace it with ${what}${later}`, severity }];
  });
}

/** The file line where the body holds the placeholder `npm run new` wrote for this kind of file, if it does. */
export function placeholderLine(kind: string, parsed: ParsedFile): number | undefined {
  const at = parsed.body.indexOf(kind === "topic" ? topicPlaceholder : articlePlaceholder);
  return at === -1 ? undefined : (parsed.bodyLine ?? 1) + parsed.body.slice(0, at).split("\n").length - 1;
}
