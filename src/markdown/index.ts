// Markdown: render, sanitize, hazards, and the pool that renders on other cores.
export { escapeText } from "./escape.ts";
export { findMarkdownHazard, type MarkdownHazard } from "./hazards.ts";
export { createMarkdownPool, type MarkdownPool } from "./pool.ts";
export { createReportingMarkdownRenderer } from "./render.ts";
export { hazardProblem, noteHazards, sanitizedProblems } from "./body-problems.ts";
