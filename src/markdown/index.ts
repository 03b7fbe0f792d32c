// Markdown: render, sanitize, hazards, and the pool that renders on other cores.
export { createMarkdownPool, type MarkdownPool } from "./pool.ts";
export { createReportingMarkdownRenderer, findMarkdownHazard } from "./render.ts";
export { hazardProblem, sanitizedProblems } from "./body-problems.ts";
