import { fieldAt, type ArticleSource, type ContentFile, type Problem } from "../content/index.ts";
import { shorten } from "../text/index.ts";
import { findMarkdownHazard } from "./hazards.ts";
import { createReportingMarkdownRenderer } from "./render.ts";

/**
 * Markdown that would crash or stall the renderer: an error at its line, like any other
 * problem; the file still goes on to validation, so every other problem shows too.
 */
export function hazardProblem({ file, parsed }: ContentFile): Problem | undefined {
  const hazard = findMarkdownHazard(parsed.body);
  return hazard && { file, line: (parsed.bodyLine ?? 1) + hazard.line - 1, column: 1, field: "body", message: hazard.message, severity: "error" };
}

/**
 * Pasted HTML that lost scripts, handlers or unsafe links: the editor should know what readers
 * won't see (`npm run check`; a build renders once, later).
 */
export function sanitizedProblems(bodies: readonly { file: string; body: string }[], siteOrigin: string): Problem[] {
  const render = createReportingMarkdownRenderer({ siteOrigin });
  return bodies.flatMap(({ file, body }) => {
    const { removed } = render(body);
    return removed.length ? [{ file, field: "body", message: `removed from the page: ${removed.map((r) => shorten(r)).join("; ")}`, severity: "warning" as const }] : [];
  });
}

/** An update's note is Markdown too: what would stall the renderer is an error at the note's line. */
export function noteHazards(articles: readonly ArticleSource[]): Problem[] {
  return articles.flatMap((article) =>
    (article.updates ?? []).flatMap((update, i) => {
      const hazard = findMarkdownHazard(update.note);
      return hazard ? [{ ...fieldAt(article, ["updates", i, "note"]), message: hazard.message, severity: "error" as const }] : [];
    }),
  );
}
