import { Marked, Renderer, type Token } from "marked";
import { schemeAllowed } from "./allowlist.ts";
import { flatString } from "./flat-string.ts";
import { findMarkdownHazard, type MarkdownHazard } from "./hazards.ts";
import { plainParagraphs } from "./plain-text.ts";
import { createHtmlSanitizer } from "./sanitize.ts";
import type { MarkdownOptions, RenderMarkdown, RenderMarkdownWithReport, RenderReport } from "./types.ts";
import { externalLinkTest } from "./urls.ts";

/** Every page has one h1, the page's own title: body headings start one level lower. */
function demoteHeadings(token: Token) {
  if (token.type === "heading") token.depth = Math.min(6, token.depth + 1);
}

/** Token types whose HTML marked writes itself, escaping all text and attribute values. */
const markedOwnTypes = new Set([
  "space", "paragraph", "text", "escape", "heading", "hr", "br", "blockquote", "list", "list_item",
  "code", "codespan", "strong", "em", "del", "link", "image", "table", "def",
]);

/**
 * Whether marked's HTML for these tokens is already exactly what the allowlist keeps, so
 * sanitizing it could change nothing but spelling (`&#39;` for `'`, `<br>` for `<br />`): no raw
 * HTML (marked escapes every text and attribute it writes itself), no URL the allowlist refuses or
 * an entity could disguise, nothing it drops (task-list checkboxes, code-language classes outside
 * `[\w-]`, empty URLs). Most articles are such Markdown, and sanitizing is half of rendering them.
 */
function onlyMarkedOwnHtml(tokens: Token[], marked: Marked): boolean {
  let clean = true;
  marked.walkTokens(tokens, (token) => {
    if (!clean) return;
    if (!markedOwnTypes.has(token.type)) clean = false;
    else if (token.type === "link" || token.type === "image") {
      const href: string = token.href;
      clean = href !== "" && !href.includes("&") && schemeAllowed(token.type === "link" ? "a" : "img", href);
    } else if (token.type === "code") clean = /^[\w-]*$/.test(/^\S*/.exec(token.lang ?? "")![0]);
  });
  return clean;
}

/** Our own `marked` instance (never the shared global one); links elsewhere get the rel the sanitizer would give them. */
function createMarked({ siteOrigin }: MarkdownOptions): Marked {
  const isExternal = externalLinkTest(siteOrigin);
  return new Marked({
    gfm: true,
    async: false,
    renderer: {
      // The sanitizer replaces any rel a link has, so this is the one it would write.
      link(token) {
        const html = Renderer.prototype.link.call(this, token);
        return html.startsWith("<a ") && isExternal(token.href) ? html.replace(">", ' rel="noopener noreferrer">') : html;
      },
    },
  });
}

/** Renders Markdown whose hazard (see {@link findMarkdownHazard}) is already known: plain text if there is one. */
type RenderKnown = (markdown: string, hazard: MarkdownHazard | undefined) => RenderReport;

function createKnownHazardRenderer(options: MarkdownOptions): RenderKnown {
  const marked = createMarked(options);
  const sanitize = createHtmlSanitizer(options);
  return (markdown, hazard) => {
    if (hazard) {
      return { html: plainParagraphs(markdown), removed: [`Markdown formatting, shown as plain text instead: line ${hazard.line}: ${hazard.message}`] };
    }
    try {
      const tokens = marked.lexer(markdown);
      marked.walkTokens(tokens, demoteHeadings);
      const html = marked.parser(tokens);
      // Kept for the whole build: in one piece (see flat-string.ts).
      if (onlyMarkedOwnHtml(tokens, marked)) return { html: flatString(html), removed: [] };
      const clean = sanitize(html);
      // Kept for the whole build: in one piece, not as the sanitizer's thousands of `+=` pieces.
      return { html: flatString(clean.html), removed: clean.removed };
    } catch (error) {
      // A stack overflow, or HTML nested too deep for the sanitizer, that the scan did not
      // foresee: the text is still worth showing.
      if (!(error instanceof RangeError)) throw error;
      return { html: plainParagraphs(markdown), removed: ["Markdown formatting, shown as plain text instead: it is nested too deeply to render"] };
    }
  };
}

/**
 * Like {@link createMarkdownRenderer}, and also says what was left out: every removed element,
 * attribute and URL scheme, and when hostile Markdown (see {@link findMarkdownHazard}) or a
 * renderer failure made it fall back to plain text. `npm run check` can warn with it.
 */
export function createReportingMarkdownRenderer(options: MarkdownOptions): RenderMarkdownWithReport {
  const render = createKnownHazardRenderer(options);
  return (markdown) => render(markdown, findMarkdownHazard(markdown));
}

/**
 * Our own `marked` instance followed by an allowlist sanitizer wherever marked did not write all
 * of the HTML itself (see onlyMarkedOwnHtml), so raw HTML pasted into an article can format text
 * but never run code. Never throws on any text: Markdown too deeply nested to render comes out
 * as plain paragraphs.
 */
export function createMarkdownRenderer(options: MarkdownOptions): RenderMarkdown {
  const render = createReportingMarkdownRenderer(options);
  return (markdown) => render(markdown).html;
}

/**
 * For the pool (pool.ts, worker.ts) only: renders a body, and skips the hazard scan when
 * `scanned` says it already passed it (the build scans every body while it reads the files).
 */
export function createBodyRenderer(options: MarkdownOptions): (markdown: string, scanned: boolean) => RenderReport {
  const render = createKnownHazardRenderer(options);
  return (markdown, scanned) => render(markdown, scanned ? undefined : findMarkdownHazard(markdown));
}
