import { Marked, Renderer, type Token } from "marked";
import sanitizeHtml from "sanitize-html";
import { flatString } from "./flat-string.ts";
import { HtmlNesting, maxHtmlNesting } from "./html-nesting.ts";

export interface MarkdownOptions {
  /** Origin of the site (`https://example.org`): links elsewhere get rel="noopener noreferrer". */
  siteOrigin: string;
}

/**
 * `scanned`: the caller already ran {@link findMarkdownHazard} on this text and it found nothing
 * (the build does, while reading files), so it is not scanned twice.
 */
export type RenderMarkdown = (markdown: string, scanned?: boolean) => string;

/** Rendered HTML and, in an editor's words, everything sanitizing (or a fallback) left out. */
export interface RenderReport {
  html: string;
  /** One entry per kind of thing removed, in order of first appearance; empty when nothing was. */
  removed: string[];
}

export type RenderMarkdownWithReport = (markdown: string, scanned?: boolean) => RenderReport;
export type SanitizeHtml = (html: string) => RenderReport;

/** Every page has one h1, the page's own title: body headings start one level lower. */
function demoteHeadings(token: Token) {
  if (token.type === "heading") token.depth = Math.min(6, token.depth + 1);
}

// ------------------------------------------------------------------ the allowlist

const allowedTags = [
  ...sanitizeHtml.defaults.allowedTags.filter((tag) => !["main", "nav", "header", "footer", "article", "aside"].includes(tag)),
  "img", "del", "ins", "details", "summary",
];
const allowedAttributes: Record<string, string[]> = {
  a: ["href", "title", "rel", "hreflang"],
  img: ["src", "srcset", "alt", "title", "width", "height", "loading"],
  td: ["align", "colspan", "rowspan"],
  th: ["align", "colspan", "rowspan", "scope"],
  ol: ["start", "reversed"],
  code: ["class"],
  time: ["datetime"],
  "*": ["lang", "dir"],
};
const allowedClasses: Record<string, RegExp[]> = { code: [/^language-[\w-]+$/] };
/** Links may also write mail; images load only from the web. */
const allowedSchemes = ["http", "https", "mailto"];
const allowedSchemesByTag: Record<string, string[]> = { img: ["http", "https"] };
const urlAttributes = ["href", "src"];
/** Attributes whose empty value means something; sanitize-html drops other empty ones, and so do we. */
const meaningfulWhenEmpty = ["alt", "reversed"];

/**
 * The scheme of a URL as a browser reads it, lower case: `javascript` for `  JaVa\tScRiPt:x`.
 * Entities are already decoded by the HTML parser. Browsers drop control characters and spaces
 * around a URL and tabs and newlines inside it; dropping all of them (and HTML comments, as
 * sanitize-html does) is stricter. `//host` and `\\host` count as a scheme of their own,
 * "protocol-relative": they leave the site without saying how.
 */
export function urlScheme(value: string): string | undefined {
  let cleaned = value.replace(/[\u0000-\u0020\u007f]+/g, "");
  for (let start = cleaned.indexOf("<!--"); start !== -1; start = cleaned.indexOf("<!--")) {
    const end = cleaned.indexOf("-->", start + 4);
    if (end === -1) break;
    cleaned = cleaned.slice(0, start) + cleaned.slice(end + 3);
  }
  if (/^[/\\]{2}/.test(cleaned)) return "protocol-relative";
  return /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase();
}

/** A URL as a browser starts reading it: no control characters or spaces around it, no tabs or newlines in it. */
function browserUrl(value: string): string {
  return value.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, "").replace(/[\t\n\r]/g, "");
}

/**
 * The candidates of a `srcset`, split as the HTML standard does: a URL runs to the next
 * whitespace (trailing commas end the candidate), then descriptors run to the next comma.
 */
function srcsetCandidates(value: string): { url: string; descriptor: string }[] {
  const candidates: { url: string; descriptor: string }[] = [];
  let i = 0;
  const space = (c: string | undefined) => c === " " || c === "\t" || c === "\n" || c === "\r" || c === "\f";
  while (i < value.length) {
    while (i < value.length && (space(value[i]) || value[i] === ",")) i++;
    if (i >= value.length) break;
    const start = i;
    while (i < value.length && !space(value[i])) i++;
    let url = value.slice(start, i);
    let descriptor = "";
    if (url.endsWith(",")) url = url.replace(/,+$/, "");
    else {
      const from = i;
      let inParens = false;
      for (; i < value.length; i++) {
        const c = value[i];
        if (c === "(") inParens = true;
        else if (c === ")") inParens = false;
        else if (c === "," && !inParens) break;
      }
      descriptor = value.slice(from, i).trim();
      i++;
    }
    candidates.push({ url, descriptor });
  }
  return candidates;
}

function describeScheme(scheme: string): string {
  return scheme === "protocol-relative" ? "protocol-relative (//…) URL" : `${scheme}: URL`;
}

// ------------------------------------------------------------------ sanitizing with a report

/** Whether a link leaves the site: it then gets rel="noopener noreferrer". */
function externalLinkTest(siteOrigin: string): (href: string) => boolean {
  const ownOrigin = new URL(siteOrigin).origin;
  return (href) => {
    const url = browserUrl(href);
    if (!/^https?:/i.test(url)) return false;
    try {
      return new URL(url).origin !== ownOrigin;
    } catch {
      return true;
    }
  };
}

/** Whether the allowlist lets `tag` (`a` or `img`) point at this URL. */
function schemeAllowed(tag: string, value: string): boolean {
  const scheme = urlScheme(value);
  return scheme === undefined || (allowedSchemesByTag[tag] ?? allowedSchemes).includes(scheme);
}

/**
 * The allowlist sanitizer on its own, reporting what it removed. Our transform decides every
 * tag and attribute first (and records what it drops); sanitize-html then applies the same
 * allowlist again, and anything it removes beyond ours is reported too, so the report never
 * misses a removal even if the two were to disagree. Throws a RangeError on HTML nested more
 * than {@link maxSanitizedNesting} elements deep, which would take it too long to read.
 */
export function createHtmlSanitizer({ siteOrigin }: MarkdownOptions): SanitizeHtml {
  const isExternal = externalLinkTest(siteOrigin);

  let removed = new Set<string>();
  /** The attribute names our transform kept, per attribute object it handed to sanitize-html. */
  let kept = new WeakMap<object, string[]>();

  const transform = (tagName: string, attribs: sanitizeHtml.Attributes): sanitizeHtml.Tag => {
    const tag = tagName === "h1" ? "h2" : tagName;
    if (!allowedTags.includes(tag)) {
      removed.add(`<${tagName}> element`);
      return { tagName: tag, attribs };
    }
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
      if (name === "srcset") {
        // A candidate with a forbidden scheme goes alone; images load only over http(s).
        const good = srcsetCandidates(value).filter(({ url, descriptor }) => {
          // A browser skips a candidate whose descriptor is not a width, density or height.
          if (descriptor !== "" && !/^\d+w$|^\d*\.?\d+(?:e[+-]?\d+)?x$|^\d+h$/i.test(descriptor)) {
            removed.add(`unreadable srcset entry on <${tagName}>`);
            return false;
          }
          if (schemeAllowed(tag, url)) return true;
          removed.add(`${describeScheme(urlScheme(url)!)} in srcset of <${tagName}>`);
          return false;
        });
        if (good.length) out[name] = good.map(({ url, descriptor }) => (descriptor ? `${url} ${descriptor}` : url)).join(", ");
        continue;
      }
      if (name === "class") {
        const patterns = allowedClasses[tag] ?? [];
        const classes = value.split(/\s+/).filter(Boolean);
        const good = classes.filter((c) => patterns.some((p) => p.test(c)));
        for (const c of classes) if (!good.includes(c)) removed.add(`class "${c}" on <${tagName}>`);
        if (good.length) out[name] = good.join(" ");
        continue;
      }
      if (tag === "a" && name === "rel") continue; // ours replaces the author's, below
      out[name] = value;
    }
    if (tag === "a" && out.href && isExternal(out.href)) out.rel = "noopener noreferrer";
    kept.set(out, Object.keys(out));
    return { tagName: tag, attribs: out };
  };

  /** Elements open in the parser right now (see {@link maxSanitizedNesting}). */
  let depth = 0;

  const options: sanitizeHtml.IOptions = {
    // Formatting, tables and figures stay; scripts, styles, frames, forms and landmarks go.
    allowedTags,
    allowedAttributes,
    allowedClasses,
    allowedSchemes,
    allowedSchemesByTag,
    allowedSchemesAppliedToAttributes: urlAttributes,
    allowProtocolRelative: false,
    transformTags: { "*": transform },
    // Called by sanitize-html for each of its parser's open and close events, so `depth` is the
    // length of the parser's stack of open elements.
    onOpenTag: () => {
      if (++depth > maxSanitizedNesting) throw new RangeError(`HTML nested more than ${maxSanitizedNesting} elements deep`);
    },
    onCloseTag: () => {
      depth--;
    },
    // Called as each kept element closes, with what sanitize-html left of our attributes.
    exclusiveFilter: (frame) => {
      const ours = kept.get(frame.attribs);
      for (const name of ours ?? []) if (!(name in frame.attribs)) removed.add(`${name} attribute on <${frame.tag}>`);
      return false;
    },
  };

  const sanitizeOnce = (html: string) => {
    depth = 0;
    return sanitizeHtml(html, options);
  };

  return (html) => {
    removed = new Set();
    kept = new WeakMap();
    let clean = sanitizeOnce(html);
    // Taking an element out can leave the elements around it nested as HTML does not allow
    // (`<p><svg><div>` gives `<p><div>`), which a browser, and the next pass, read differently.
    // Passes again until the output reads as it is written.
    for (let pass = 0; removed.size > 0 && pass < 4; pass++) {
      const again = sanitizeOnce(clean);
      if (again === clean) break;
      clean = again;
    }
    return { html: clean, removed: [...removed] };
  };
}

// ------------------------------------------------------------------ hostile Markdown
//
// marked is fast on ordinary text, but some shapes of text make it recurse until the stack
// overflows or rescan the same text over and over (measured with marked 18): a paragraph of
// 200 kB of `_a_a _a_a …` takes 40 seconds, of `*(*a …` seven minutes, 80 kB of `a\n--\n`
// ten seconds. Each limit below bounds one of those ways; each is far above what an article
// needs. The scan errs on the side of counting too much (it reads no HTML, sees code spans as
// text, and assumes no emphasis ever closes when it counts steps), never on missing depth or cost.

/**
 * How deep lists, block quotes and emphasis may nest. marked parses nesting by recursion and
 * overflows the stack near a thousand levels; long before that its time grows with the depth
 * times the text. Nobody writes more than a handful of levels.
 */
export const maxMarkdownNesting = 16;
/**
 * Levels of nesting beyond the first, summed over all lines: marked lexes a line again at each
 * level, so 5 MB of 16-deep lists takes 40 seconds. Half a million is 200,000 lines nested
 * 3 deep, or a few seconds of rendering.
 */
export const maxNestingWork = 500_000;
/**
 * How many runs of `*`, `_`, `~` or backticks, or single `!`, one unbroken word may hold. marked
 * rescans the rest of such a word at each of them (its e-mail autolink look-ahead), so 100 kB of
 * `_a_a_a…`, `a~$a~$…` or `!!!…` takes seconds to tens of seconds. Real words hold a few.
 */
export const maxMarksPerWord = 64;
/**
 * How many runs of `*`, `_` or `~` marked may step over, in all, while it looks for the mark
 * that closes each emphasis or strike-through it opens: for each opener it steps over every later
 * run of the same mark up to the last one that could close it. Two million steps take a few
 * tenths of a second.
 */
export const maxEmphasisScan = 2_000_000;
/** Steps a paragraph may take before they count against {@link maxEmphasisScan}: ordinary paragraphs never do. */
const emphasisScanPerParagraph = 500;
/**
 * Bytes marked may reread, in all: from each line that might underline a heading or start a
 * table (`--`, `|-|`) to the end of its run of non-blank lines, and a whole list item or block
 * quote at each line that continues it. A hundred million is about a second.
 */
export const maxRescanBytes = 100_000_000;

/**
 * How deep the sanitizer's HTML parser may nest elements before it gives up. Its time per tag
 * grows with the depth (see {@link maxHtmlNesting}), so this bounds its time by the length of the
 * HTML. Room for the raw HTML the scan allows and what Markdown's own nesting adds around it
 * (lists, quotes and emphasis {@link maxMarkdownNesting} deep each, two elements a list level).
 */
export const maxSanitizedNesting = 2 * maxHtmlNesting + 4 * maxMarkdownNesting;

export interface MarkdownHazard {
  /** 1-based line in the Markdown. */
  line: number;
  message: string;
}

const thematicBreak = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const listMarker = /^(?:[-+*]|\d{1,9}[.)])(?=[ \t]|$)/;
const fenceOpen = /^(`{3,}|~{3,})/;
const underlineLike = /^[ \t>]*[-=|:][-=|: \t]*$/;
/** Characters of an e-mail local part: what marked's autolink look-ahead scans over. */
const wordChars = new Uint8Array(128);
for (const c of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.!#$%&'*+/=?_`{|}~-") wordChars[c.charCodeAt(0)] = 1;
/** What marked counts as whitespace before a mark (for the last mark that could close). */
const isBlank = (c: string | undefined) => c === undefined || c === " " || c === "\t" || c === "\n" || c === "\r" || c === "\f";
const isSpace = (c: string | undefined) => c === undefined || /\s/u.test(c);
const isPunctOrSpace = (c: string) => /[\s\p{P}\p{S}]/u.test(c);
const isLetterOrDigit = (c: string) => /[\p{L}\p{N}]/u.test(c);

type Mark = "*" | "_" | "~";
const marks: readonly Mark[] = ["*", "_", "~"];
const perMark = <T>(make: () => T) => ({ "*": make(), _: make(), "~": make() }) as Record<Mark, T>;

/** Emphasis still open, to measure how deep pairs nest. */
interface Opener {
  length: number;
  /** Deepest pair already closed inside it. */
  inner: number;
}

const inlineMark = /[\\!*_~`]/;

/**
 * Finds Markdown that would crash or stall the renderer, with the line to fix: lists or quotes
 * nested deeper than {@link maxMarkdownNesting} (or more than {@link maxNestingWork} in all),
 * emphasis nested as deep, more than {@link maxMarksPerWord} marks in a word, more than
 * {@link maxEmphasisScan} steps or {@link maxRescanBytes} bytes of rescanning, or raw HTML nested
 * more than {@link maxHtmlNesting} elements deep. One pass, linear in the text.
 */
export function findMarkdownHazard(markdown: string): MarkdownHazard | undefined {
  const lines = markdown.split(/\r\n|\r|\n/);
  let fence: { char: string; length: number } | undefined;
  /** Content columns of the list items still open, outermost first. */
  const listColumns: number[] = [];
  let nestingWork = 0;
  let rescanBytes = 0;
  let emphasisSteps = 0;

  // The paragraph being read (non-blank lines, cut at list items): its first line, and per mark
  // the runs so far, the last run that could close (one not after whitespace), where each opener
  // stands among the runs, the pairs still open and the deepest pair. Then the run of non-blank
  // lines, and the list item or block quote being continued.
  const paragraph = { line: 1 };
  let runs = perMark(() => 0);
  let lastCloser = perMark(() => 0);
  let openerAt = perMark((): number[] => []);
  let open = perMark((): Opener[] => []);
  let deepest = perMark(() => 0);
  const run = { bytes: 0, underlines: 0 };
  const item: { kind?: "list" | "quote"; bytes: number; continued: number } = { bytes: 0, continued: 0 };
  /** The raw HTML's open elements, as the sanitizer's parser will nest them. */
  const html = new HtmlNesting();

  const tooManyMarks = (line: number): MarkdownHazard => ({
    line,
    message: "this paragraph has so many *, _ or ~ marks that do not pair up that Markdown would take too long to render it: escape them (\\*, \\_, \\~) or put the text in a code block",
  });
  const tooMuchRereading = (line: number): MarkdownHazard => ({
    line,
    message: "the lines up to here continue list items or quotes, or hold only - or |, so often that Markdown would take too long to render them: put blank lines between paragraphs",
  });
  /** Ends a paragraph, or returns the hazard it makes. */
  const endParagraph = (nextLine: number): MarkdownHazard | undefined => {
    let steps = 0;
    for (const mark of marks) for (const at of openerAt[mark]) steps += Math.max(0, lastCloser[mark] - at);
    emphasisSteps += Math.max(0, steps - emphasisScanPerParagraph);
    const hazard = emphasisSteps > maxEmphasisScan ? tooManyMarks(paragraph.line) : undefined;
    paragraph.line = nextLine;
    runs = perMark(() => 0);
    lastCloser = perMark(() => 0);
    openerAt = perMark((): number[] => []);
    open = perMark((): Opener[] => []);
    deepest = perMark(() => 0);
    return hazard;
  };
  const endItem = () => {
    rescanBytes += item.continued * item.bytes;
    item.kind = undefined;
    item.bytes = item.continued = 0;
  };
  /** Ends a run of non-blank lines (and its paragraph), or returns the hazard it makes. */
  const endRun = (line: number): MarkdownHazard | undefined => {
    const hazard = endParagraph(line + 1);
    if (hazard) return hazard;
    endItem();
    rescanBytes += run.underlines * run.bytes;
    run.bytes = run.underlines = 0;
    return rescanBytes > maxRescanBytes ? tooMuchRereading(line) : undefined;
  };

  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const lineNumber = index + 1;

    // Container prefix: block quote markers and list markers, with the column each starts at.
    // Past the limit the depth is known to be too much: stop there rather than read on.
    let p = 0;
    let column = 0;
    let quotes = 0;
    let firstMarkerColumn = -1;
    const itemColumns: number[] = [];
    while (quotes + itemColumns.length <= maxMarkdownNesting) {
      while (line[p] === " " || line[p] === "\t") {
        column = line[p] === "\t" ? column + 4 - (column % 4) : column + 1;
        p++;
      }
      if (line[p] === ">") {
        quotes++;
        p++;
        column++;
        continue;
      }
      const marker = listMarker.exec(line.slice(p, p + 12));
      if (!marker || thematicBreak.test(line.slice(p))) break;
      if (firstMarkerColumn === -1) firstMarkerColumn = column;
      p += marker[0].length;
      column += marker[0].length;
      itemColumns.push(column + 1);
    }
    const content = line.slice(p);

    // Fenced code is read once, line by line, and holds no Markdown or HTML.
    if (fence) {
      html.endBlock();
      const close = fenceOpen.exec(content);
      if (close && close[1]![0] === fence.char && close[1]!.length >= fence.length && content.slice(close[1]!.length).trim() === "") fence = undefined;
      const hazard = endRun(lineNumber);
      if (hazard) return hazard;
      continue;
    }
    const opening = fenceOpen.exec(content);
    if (opening && !(opening[1]![0] === "`" && content.slice(opening[1]!.length).includes("`"))) {
      fence = { char: opening[1]![0]!, length: opening[1]!.length };
      html.endBlock();
      const hazard = endRun(lineNumber);
      if (hazard) return hazard;
      continue;
    }

    if (firstMarkerColumn !== -1) {
      while (listColumns.length && listColumns[listColumns.length - 1]! > firstMarkerColumn) listColumns.pop();
      listColumns.push(...itemColumns);
    }
    const depth = quotes + listColumns.length;
    if (depth > maxMarkdownNesting) {
      return { line: lineNumber, message: `lists or block quotes are nested ${depth} levels deep here; at most ${maxMarkdownNesting} are allowed: flatten them` };
    }
    if (line.trim() === "") {
      html.endBlock();
      const hazard = endRun(lineNumber);
      if (hazard) return hazard;
      continue;
    }
    if (html.read(content)) {
      const element = html.open[html.open.length - 1];
      return {
        line: lineNumber,
        message: `raw HTML nests more than ${maxHtmlNesting} elements deep here (the innermost is <${element}>); at most ${maxHtmlNesting} are allowed: close each element you open, as <${element}> with </${element}>, or nest fewer`,
      };
    }
    if ((nestingWork += Math.max(0, depth - 1)) > maxNestingWork) {
      return { line: lineNumber, message: "lists and block quotes nest so much, line after line, that Markdown would take too long to render it: flatten them" };
    }

    // Block level: the run, the list item or quote continued, and where a paragraph starts.
    if (firstMarkerColumn !== -1) {
      const hazard = endParagraph(lineNumber); // a list item starts a new paragraph
      if (hazard) return hazard;
    }
    run.bytes += line.length + 1;
    if (underlineLike.test(line)) run.underlines++;
    // A block quote runs on through lazy lines and nested lists: marked rereads all of it.
    if (quotes > 0 ? item.kind !== "quote" : firstMarkerColumn !== -1) {
      endItem();
      item.kind = quotes > 0 ? "quote" : "list";
    } else if (item.kind !== undefined && quotes === 0) item.continued++;
    if (item.kind !== undefined) item.bytes += line.length + 1;
    if (rescanBytes + run.underlines * run.bytes + item.continued * item.bytes > maxRescanBytes) {
      return tooMuchRereading(lineNumber);
    }

    // Inline: marks per word, and for each mark its runs, openers and pairs. Only a mark (or the
    // backslash escaping one) changes anything below, and most lines of prose hold none.
    if (!inlineMark.test(content)) continue;
    let wordMarks = 0;
    for (let i = 0; i < content.length; i++) {
      const c = content[i]!;
      if (c === "\\") {
        i++; // an escaped mark is text
        wordMarks = 0;
        continue;
      }
      if (wordChars[content.charCodeAt(i)] !== 1) wordMarks = 0;
      else if ((c === "!" || ((c === "*" || c === "_" || c === "~" || c === "`") && content[i - 1] !== c)) && ++wordMarks > maxMarksPerWord) {
        return {
          line: lineNumber,
          message: `a word here holds more than ${maxMarksPerWord} *, _, ~, \` or ! marks, which Markdown cannot render in reasonable time: add spaces or put it in a code block`,
        };
      }
      if (c !== "*" && c !== "_" && c !== "~") continue;
      let end = i;
      while (content[end + 1] === c) end++;
      const length = end - i + 1;
      const before = content[i - 1];
      const after = content[end + 1];
      i = end;

      runs[c]++;
      if (!isBlank(before)) lastCloser[c] = runs[c];
      // Whether marked searches for a closing mark from here, by its own rules: the run is
      // followed by something other than whitespace; if that is punctuation, the run follows
      // punctuation, whitespace or nothing; `_` after a letter or digit never opens; `~` opens
      // in ones and twos.
      const followedByPunct = after !== undefined && after !== c && after !== "~" && isPunctOrSpace(after);
      const afterPunctuation = before === undefined || before === "*" || before === "_" || isPunctOrSpace(before);
      const opens =
        !isSpace(after) &&
        (!followedByPunct || afterPunctuation) &&
        !(c === "_" && !followedByPunct && before !== undefined && isLetterOrDigit(before)) &&
        !(c === "~" && length > 2);
      if (opens) openerAt[c].push(runs[c]);

      // Depth: the run closes the nearest open run of its mark when it follows a letter, or
      // comes before whitespace or punctuation (`_` only the latter).
      const wordBefore = before !== undefined && !isPunctOrSpace(before);
      const wordAfter = after !== undefined && !isPunctOrSpace(after);
      const closes = !isSpace(before) && (c === "_" ? !wordAfter : wordBefore || !wordAfter);
      const stack = open[c];
      let remaining = length;
      while (closes && remaining > 0 && stack.length) {
        const top = stack.pop()!;
        const used = Math.min(top.length, remaining);
        const nested = top.inner + (c === "~" ? 1 : Math.ceil(used / 2));
        deepest[c] = Math.max(deepest[c], nested);
        const total = deepest["*"] + deepest._ + deepest["~"];
        if (total > maxMarkdownNesting) {
          return { line: lineNumber, message: `emphasis (*, _ or ~) is nested ${total} levels deep here; at most ${maxMarkdownNesting} are allowed` };
        }
        remaining -= used;
        if (top.length > used) stack.push({ length: top.length - used, inner: nested });
        else if (stack.length) stack[stack.length - 1]!.inner = Math.max(stack[stack.length - 1]!.inner, nested);
      }
      if (remaining > 0 && opens) stack.push({ length: remaining, inner: 0 });
    }
  }
  return endRun(lines.length);
}

function escapeText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/**
 * The flattened rendering: every paragraph as plain, escaped text, with no Markdown read at all.
 * Nothing in it needs sanitizing (and sanitizing 900 KB of escaped tags took seconds).
 */
function plainParagraphs(markdown: string): string {
  return markdown
    .split(/(?:\r\n|\r|\n)[ \t]*(?:\r\n|\r|\n)/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map((paragraph) => `<p>${escapeText(paragraph)}</p>\n`)
    .join("");
}

// ------------------------------------------------------------------ the renderers

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

/**
 * Like {@link createMarkdownRenderer}, and also says what was left out: every removed element,
 * attribute and URL scheme, and when hostile Markdown (see {@link findMarkdownHazard}) or a
 * renderer failure made it fall back to plain text. `npm run check` can warn with it.
 */
export function createReportingMarkdownRenderer(options: MarkdownOptions): RenderMarkdownWithReport {
  const isExternal = externalLinkTest(options.siteOrigin);
  const marked = new Marked({
    gfm: true,
    async: false,
    renderer: {
      // Links elsewhere get the rel the sanitizer would give them (it replaces any a link has).
      link(token) {
        const html = Renderer.prototype.link.call(this, token);
        return html.startsWith("<a ") && isExternal(token.href) ? html.replace(">", ' rel="noopener noreferrer">') : html;
      },
    },
  });
  const sanitize = createHtmlSanitizer(options);
  return (markdown, scanned = false) => {
    const hazard = scanned ? undefined : findMarkdownHazard(markdown);
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
 * Our own `marked` instance (never the shared global one) followed by an allowlist sanitizer
 * wherever marked did not write all of the HTML itself (see onlyMarkedOwnHtml), so raw HTML
 * pasted into an article can format text but never run code. Never throws on any
 * text: Markdown too deeply nested to render comes out as plain paragraphs.
 */
export function createMarkdownRenderer(options: MarkdownOptions): RenderMarkdown {
  const render = createReportingMarkdownRenderer(options);
  return (markdown, scanned) => render(markdown, scanned).html;
}
