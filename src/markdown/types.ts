export interface MarkdownOptions {
  /** Origin of the site (`https://example.org`): links elsewhere get rel="noopener noreferrer". */
  siteOrigin: string;
}

/** Rendered HTML and, in an editor's words, everything sanitizing (or a fallback) left out. */
export interface RenderReport {
  html: string;
  /** One entry per kind of thing removed, in order of first appearance; empty when nothing was. */
  removed: string[];
}

export type RenderMarkdown = (markdown: string) => string;
export type RenderMarkdownWithReport = (markdown: string) => RenderReport;
export type SanitizeHtml = (html: string) => RenderReport;
