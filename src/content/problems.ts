/** One thing wrong with one content file, in the words an editor needs to fix it. */
export interface Problem {
  /** Path relative to the project, with forward slashes. */
  file: string;
  line?: number;
  column?: number;
  /** Frontmatter field (`source.url`), or `frontmatter` / `file` for the whole thing. */
  field: string;
  message: string;
  severity: "error" | "warning";
}

/** Thrown when content cannot be built; carries every problem found, not just the first. */
export class ContentError extends Error {
  readonly problems: Problem[];
  /** Read by Eleventy's error printer (dev server): the message is the whole story, a stack would bury it. */
  readonly skipOriginalStack = true;
  constructor(problems: Problem[]) {
    super(summarizeProblems(problems));
    this.name = "ContentError";
    this.problems = problems;
  }
}

export function compareProblems(a: Problem, b: Problem): number {
  return (
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.column ?? 0) - (b.column ?? 0) ||
    (a.field < b.field ? -1 : a.field > b.field ? 1 : 0)
  );
}

/** `articles/x.md:3:1  date  error  "soon" is not a date: …` */
export function formatProblem(p: Problem): string {
  const where = p.line ? `${p.file}:${p.line}:${p.column ?? 1}` : p.file;
  return oneLine(`${where}  ${p.field}  ${p.severity}  ${p.message}`);
}

// Messages quote the editor's own text: a line break in it would print a line of its own, which CI
// runners read as a workflow command (`::error …`), and control characters could restyle a terminal.
const controlCharacter = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
const escapes: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };
const oneLine = (text: string) =>
  text.replace(controlCharacter, (c) => escapes[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);

export function summarizeProblems(problems: Problem[]): string {
  const errors = problems.filter((p) => p.severity === "error").length;
  const warnings = problems.length - errors;
  const lines = [...problems].sort(compareProblems).map(formatProblem);
  const counts = `${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"}`;
  return `${lines.join("\n")}\n${counts}`;
}
