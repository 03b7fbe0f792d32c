// Markdown: render, sanitize, hazards, and the pool that renders on other cores.
export { escapeText } from "./escape.ts";
export { createMarkdownPool, type MarkdownPool } from "./pool.ts";
export { createReportingMarkdownRenderer, findMarkdownHazard } from "./render.ts";
