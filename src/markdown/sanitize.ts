import sanitizeHtml from "sanitize-html";
import {
  allowedAttributes, allowedClasses, allowedSchemes, allowedSchemesByTag, allowedTags, meaningfulWhenEmpty, schemeAllowed, urlAttributes,
} from "./allowlist.ts";
import { maxMarkdownNesting } from "./hazards.ts";
import { maxHtmlNesting } from "./html-nesting.ts";
import type { MarkdownOptions, SanitizeHtml } from "./types.ts";
import { describeScheme, externalLinkTest, srcsetCandidates, urlScheme } from "./urls.ts";

/**
 * How deep the sanitizer's HTML parser may nest elements before it gives up. Its time per tag
 * grows with the depth (see {@link maxHtmlNesting}), so this bounds its time by the length of the
 * HTML. Room for the raw HTML the scan allows and what Markdown's own nesting adds around it
 * (lists, quotes and emphasis {@link maxMarkdownNesting} deep each, two elements a list level).
 */
export const maxSanitizedNesting = 2 * maxHtmlNesting + 4 * maxMarkdownNesting;

/** What one call of the sanitizer records while sanitize-html calls back. */
interface Pass {
  removed: Set<string>;
  /** The attribute names our transform kept, per attribute object it handed to sanitize-html. */
  kept: WeakMap<object, string[]>;
  /** Elements open in the parser right now (see {@link maxSanitizedNesting}). */
  depth: number;
}

/**
 * The allowlist sanitizer on its own, reporting what it removed. Our transform decides every
 * tag and attribute first (and records what it drops); sanitize-html then applies the same
 * allowlist again, and anything it removes beyond ours is reported too, so the report never
 * misses a removal even if the two were to disagree. Throws a RangeError on HTML nested more
 * than {@link maxSanitizedNesting} elements deep, which would take it too long to read.
 */
export function createHtmlSanitizer({ siteOrigin }: MarkdownOptions): SanitizeHtml {
  const pass: Pass = { removed: new Set(), kept: new WeakMap(), depth: 0 };
  const options = sanitizerOptions(pass, externalLinkTest(siteOrigin));
  const sanitizeOnce = (html: string) => {
    pass.depth = 0;
    return sanitizeHtml(html, options);
  };
  return (html) => {
    pass.removed = new Set();
    pass.kept = new WeakMap();
    let clean = sanitizeOnce(html);
    // Taking an element out can leave the elements around it nested as HTML does not allow
    // (`<p><svg><div>` gives `<p><div>`), which a browser, and the next pass, read differently.
    // Passes again until the output reads as it is written.
    for (let again = 0; pass.removed.size > 0 && again < 4; again++) {
      const next = sanitizeOnce(clean);
      if (next === clean) break;
      clean = next;
    }
    return { html: clean, removed: [...pass.removed] };
  };
}

function sanitizerOptions(pass: Pass, isExternal: (href: string) => boolean): sanitizeHtml.IOptions {
  return {
    allowedTags,
    allowedAttributes,
    allowedClasses,
    allowedSchemes,
    allowedSchemesByTag,
    allowedSchemesAppliedToAttributes: urlAttributes,
    allowProtocolRelative: false,
    transformTags: {
      "*": (tagName, attribs) => {
        const tag = tagName === "h1" ? "h2" : tagName;
        if (!allowedTags.includes(tag)) {
          pass.removed.add(`<${tagName}> element`);
          return { tagName: tag, attribs };
        }
        const kept = keptAttributes(tag, tagName, attribs, pass.removed, isExternal);
        pass.kept.set(kept, Object.keys(kept));
        return { tagName: tag, attribs: kept };
      },
    },
    // Called by sanitize-html for each of its parser's open and close events, so `depth` is the
    // length of the parser's stack of open elements.
    onOpenTag: () => {
      if (++pass.depth > maxSanitizedNesting) throw new RangeError(`HTML nested more than ${maxSanitizedNesting} elements deep`);
    },
    onCloseTag: () => {
      pass.depth--;
    },
    // Called as each kept element closes, with what sanitize-html left of our attributes.
    exclusiveFilter: (frame) => {
      const ours = pass.kept.get(frame.attribs);
      for (const name of ours ?? []) if (!(name in frame.attribs)) pass.removed.add(`${name} attribute on <${frame.tag}>`);
      return false;
    },
  };
}

/** The attributes of an allowed tag that the allowlist keeps, recording each one it drops. */
function keptAttributes(
  tag: string,
  tagName: string,
  attribs: sanitizeHtml.Attributes,
  removed: Set<string>,
  isExternal: (href: string) => boolean,
): sanitizeHtml.Attributes {
  const allowed = [...(allowedAttributes[tag] ?? []), ...(allowedAttributes["*"] ?? [])];
  const out: sanitizeHtml.Attributes = {};
  for (const [name, value] of Object.entries(attribs)) {
    if (!allowed.includes(name)) {
      removed.add(/^on/i.test(name) ? `${name} event handler on <${tagName}>` : `${name} attribute on <${tagName}>`);
      continue;
    }
    if (value === "" && !meaningfulWhenEmpty.includes(name)) continue; // says nothing; not worth a warning
    if (urlAttributes.includes(name) && !schemeAllowed(tag, value)) {
      removed.add(`${describeScheme(urlScheme(value)!)} in ${name} of <${tagName}>`);
      continue;
    }
    if (tag === "a" && name === "rel") continue; // ours replaces the author's, below
    const kept =
      name === "srcset" ? keptSrcset(tag, tagName, value, removed) : name === "class" ? keptClasses(tag, tagName, value, removed) : value;
    if (kept !== undefined) out[name] = kept;
  }
  if (tag === "a" && out.href && isExternal(out.href)) out.rel = "noopener noreferrer";
  return out;
}

/** A srcset without the candidates a browser would skip or the allowlist refuses; undefined if none is left. */
function keptSrcset(tag: string, tagName: string, value: string, removed: Set<string>): string | undefined {
  const good = srcsetCandidates(value).filter(({ url, descriptor }) => {
    // A browser skips a candidate whose descriptor is not a width, density or height.
    if (descriptor !== "" && !/^\d+w$|^\d*\.?\d+(?:e[+-]?\d+)?x$|^\d+h$/i.test(descriptor)) {
      removed.add(`unreadable srcset entry on <${tagName}>`);
      return false;
    }
    // A candidate with a forbidden scheme goes alone; images load only over http(s).
    if (schemeAllowed(tag, url)) return true;
    removed.add(`${describeScheme(urlScheme(url)!)} in srcset of <${tagName}>`);
    return false;
  });
  return good.length ? good.map(({ url, descriptor }) => (descriptor ? `${url} ${descriptor}` : url)).join(", ") : undefined;
}

/** The classes the allowlist keeps on this tag; undefined if none is left. */
function keptClasses(tag: string, tagName: string, value: string, removed: Set<string>): string | undefined {
  const patterns = allowedClasses[tag] ?? [];
  const classes = value.split(/\s+/).filter(Boolean);
  const good = classes.filter((c) => patterns.some((p) => p.test(c)));
  for (const c of classes) if (!good.includes(c)) removed.add(`class "${c}" on <${tagName}>`);
  return good.length ? good.join(" ") : undefined;
}
