// The dev server's banner: the content problems of the last rebuild, shown at the top of every
// page it serves, in the lines `npm run check` prints. Never part of a built site.
import { formatProblem, summarizeProblems, type Problem } from "../content/index.ts";
import { escapeText } from "../markdown/index.ts";

/** The banner's HTML, or "" when there is nothing to show. English like the messages, whatever the site's language. */
export function problemBanner(problems: readonly Problem[]): string {
  if (!problems.length) return "";
  const stopped = problems.some((p) => p.severity === "error");
  const counts = summarizeProblems([...problems]).split("\n").at(-1)!; // "1 error, 2 warnings"
  const title = stopped ? `${counts}: the site was not rebuilt` : counts;
  const advice = stopped ? "Fix the file and save: the site is rebuilt and this page reloads." : "npm run check lists them too; fix them before publishing.";
  const items = [...problems]
    .sort((a, b) => (a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1))
    .map((p) => `<li class="is-${p.severity}"><code>${escapeText(formatProblem(p))}</code></li>`);
  return (
    // Focusable, so a keyboard can scroll a long list (the banner stays in view, at most 40% of it).
    `<div class="dev-problems" role="alert" aria-labelledby="dev-problems-title" lang="en" tabindex="0">` +
    `<h2 id="dev-problems-title">${escapeText(title)}</h2><ul>${items.join("")}</ul><p>${escapeText(advice)}</p></div>`
  );
}

/** `html` with the banner first in its body (or first of all, for a page without one). */
export function withProblemBanner(html: string, problems: readonly Problem[]): string {
  const banner = problemBanner(problems);
  if (!banner) return html;
  const body = /<body\b[^>]*>/i.exec(html);
  if (!body) return banner + html;
  const end = body.index + body[0].length;
  return html.slice(0, end) + banner + html.slice(end);
}
