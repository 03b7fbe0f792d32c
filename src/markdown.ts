import { Marked, type Token } from "marked";
import sanitizeHtml from "sanitize-html";

export interface MarkdownOptions {
  /** Origin of the site (`https://example.org`): links elsewhere get rel="noopener noreferrer". */
  siteOrigin: string;
}

/** Every page has one h1, the page's own title: body headings start one level lower. */
function demoteHeadings(token: Token) {
  if (token.type === "heading") token.depth = Math.min(6, token.depth + 1);
}

function sanitizeOptions({ siteOrigin }: MarkdownOptions): sanitizeHtml.IOptions {
  const ownOrigin = new URL(siteOrigin).origin;
  const isExternal = (href: string) => {
    if (!/^https?:/i.test(href)) return false;
    try {
      return new URL(href).origin !== ownOrigin;
    } catch {
      return true;
    }
  };
  return {
    // Formatting, tables and figures stay; scripts, styles, frames, forms and landmarks go.
    allowedTags: [
      ...sanitizeHtml.defaults.allowedTags.filter((tag) => !["main", "nav", "header", "footer", "article", "aside"].includes(tag)),
      "img", "del", "ins", "details", "summary",
    ],
    allowedAttributes: {
      a: ["href", "title", "rel", "hreflang"],
      img: ["src", "srcset", "alt", "title", "width", "height", "loading"],
      td: ["align", "colspan", "rowspan"],
      th: ["align", "colspan", "rowspan", "scope"],
      ol: ["start", "reversed"],
      code: ["class"],
      time: ["datetime"],
      "*": ["lang", "dir"],
    },
    allowedClasses: { code: [/^language-[\w-]+$/] },
    allowedSchemes: ["http", "https", "mailto"],
    allowedSchemesByTag: { img: ["http", "https"] },
    allowProtocolRelative: false,
    transformTags: {
      h1: "h2",
      a: (tagName, attribs) => {
        const { rel: _ignored, ...rest } = attribs;
        return { tagName, attribs: rest.href && isExternal(rest.href) ? { ...rest, rel: "noopener noreferrer" } : rest };
      },
    },
  };
}

export type RenderMarkdown = (markdown: string) => string;

/**
 * Our own `marked` instance (never the shared global one) followed by an allowlist sanitizer,
 * so raw HTML pasted into an article can format text but never run code.
 */
export function createMarkdownRenderer(options: MarkdownOptions): RenderMarkdown {
  const marked = new Marked({ gfm: true, async: false, walkTokens: demoteHeadings });
  const sanitize = sanitizeOptions(options);
  return (markdown) => sanitizeHtml(marked.parse(markdown, { async: false }), sanitize);
}
