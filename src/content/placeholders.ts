import type { ContentFile } from "./load.ts";
import type { Problem } from "./problems.ts";

/** What `npm run new` writes as an article's body, for the editor to replace. */
export const articlePlaceholder = "Write the text of the article here, in Markdown.";
/** What `npm run new -- --topic-file` writes as a topic's background. */
export const topicPlaceholder = "Write the topic's background here, in Markdown: what happened before, who is involved and why it matters.";

/**
 * Files still holding the text `npm run new` left for the editor to replace: a warning while
 * writing (`npm run check`, the dev server), an error for a build that would publish it.
 */
export function placeholderProblems(files: readonly ContentFile[], severity: Problem["severity"]): Problem[] {
  return files.flatMap(({ file, kind, parsed }) => {
    const placeholder = kind === "topic" ? topicPlaceholder : articlePlaceholder;
    const at = parsed.body.indexOf(placeholder);
    if (at === -1) return [];
    const line = (parsed.bodyLine ?? 1) + parsed.body.slice(0, at).split("\n").length - 1;
    const what = kind === "topic" ? "the topic's background" : "the article's text";
    return [{ file, line, column: 1, field: "body", message: `still holds the placeholder npm run new wrote: replace it with ${what}`, severity }];
  });
}
