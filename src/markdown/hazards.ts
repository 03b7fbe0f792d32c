// Hostile Markdown.
//
// marked is fast on ordinary text, but some shapes of text make it recurse until the stack
// overflows or rescan the same text over and over (measured with marked 18): a paragraph of
// 200 kB of `_a_a _a_a …` takes 40 seconds, of `*(*a …` seven minutes, 80 kB of `a\n--\n`
// ten seconds. Each limit below bounds one of those ways; each is far above what an article
// needs. The scan errs on the side of counting too much (it reads no HTML, sees code spans as
// text, and assumes no emphasis ever closes when it counts steps), never on missing depth or cost.
// Why a scan and not a time limit on rendering: docs/performance.md, "Markdown hazards".
import { HtmlNesting, maxHtmlNesting } from "./html-nesting.ts";
import {
  closesEmphasis, closesFence, inlineMark, isBlank, marks, opensEmphasis, opensFence, perMark, readContainers, underlineLike, wordChars,
  type Mark,
} from "./marked-syntax.ts";

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

export interface MarkdownHazard {
  /** 1-based line in the Markdown. */
  line: number;
  message: string;
}

const tooManyMarks = (line: number): MarkdownHazard => ({
  line,
  message: "this paragraph has so many *, _ or ~ marks that do not pair up that Markdown would take too long to render it: escape them (\\*, \\_, \\~) or put the text in a code block",
});
const tooMuchRereading = (line: number): MarkdownHazard => ({
  line,
  message: "the lines up to here continue list items or quotes, or hold only - or |, so often that Markdown would take too long to render them: put blank lines between paragraphs",
});
const tooManyMarksInWord = (line: number): MarkdownHazard => ({
  line,
  message: `a word here holds more than ${maxMarksPerWord} *, _, ~, \` or ! marks, which Markdown cannot render in reasonable time: add spaces or put it in a code block`,
});
const htmlTooDeep = (line: number, element: string | undefined): MarkdownHazard => ({
  line,
  message: `raw HTML nests more than ${maxHtmlNesting} elements deep here (the innermost is <${element}>); at most ${maxHtmlNesting} are allowed: close each element you open, as <${element}> with </${element}>, or nest fewer`,
});

/**
 * Finds Markdown that would crash or stall the renderer, with the line to fix: lists or quotes
 * nested deeper than {@link maxMarkdownNesting} (or more than {@link maxNestingWork} in all),
 * emphasis nested as deep, more than {@link maxMarksPerWord} marks in a word, more than
 * {@link maxEmphasisScan} steps or {@link maxRescanBytes} bytes of rescanning, or raw HTML nested
 * more than {@link maxHtmlNesting} elements deep. One pass, linear in the text.
 */
export function findMarkdownHazard(markdown: string): MarkdownHazard | undefined {
  const lines = markdown.split(/\r\n|\r|\n/);
  const scan = new HazardScan();
  for (let index = 0; index < lines.length; index++) {
    const hazard = scan.readLine(lines[index]!, index + 1);
    if (hazard) return hazard;
  }
  return scan.endRun(lines.length);
}

/** Emphasis still open, to measure how deep pairs nest. */
interface Opener {
  length: number;
  /** Deepest pair already closed inside it. */
  inner: number;
}

/**
 * The paragraph being read (non-blank lines, cut at list items): its first line, and per mark
 * the runs so far, the last run that could close (one not after whitespace), where each opener
 * stands among the runs, the pairs still open and the deepest pair.
 */
function newParagraph(line: number) {
  return {
    line,
    runs: perMark(() => 0),
    lastCloser: perMark(() => 0),
    openerAt: perMark((): number[] => []),
    open: perMark((): Opener[] => []),
    deepest: perMark(() => 0),
  };
}

/** The scan's state between lines, and what each line adds to it. */
class HazardScan {
  private fence: { char: string; length: number } | undefined;
  /** Content columns of the list items still open, outermost first. */
  private readonly listColumns: number[] = [];
  private nestingWork = 0;
  private rescanBytes = 0;
  private emphasisSteps = 0;
  private paragraph = newParagraph(1);
  /** The run of non-blank lines. */
  private readonly run = { bytes: 0, underlines: 0 };
  /** The list item or block quote being continued. */
  private readonly item: { kind?: "list" | "quote"; bytes: number; continued: number } = { bytes: 0, continued: 0 };
  /** The raw HTML's open elements, as the sanitizer's parser will nest them. */
  private readonly html = new HtmlNesting();

  /** Reads one line, or returns the hazard it makes. */
  readLine(line: string, lineNumber: number): MarkdownHazard | undefined {
    const { content, quotes, firstMarkerColumn, itemColumns } = readContainers(line, maxMarkdownNesting);
    if (this.readFence(content)) {
      this.html.endBlock();
      return this.endRun(lineNumber);
    }
    if (firstMarkerColumn !== -1) {
      while (this.listColumns.length && this.listColumns[this.listColumns.length - 1]! > firstMarkerColumn) this.listColumns.pop();
      this.listColumns.push(...itemColumns);
    }
    const depth = quotes + this.listColumns.length;
    if (depth > maxMarkdownNesting) {
      return { line: lineNumber, message: `lists or block quotes are nested ${depth} levels deep here; at most ${maxMarkdownNesting} are allowed: flatten them` };
    }
    if (line.trim() === "") {
      this.html.endBlock();
      return this.endRun(lineNumber);
    }
    if (this.html.read(content)) return htmlTooDeep(lineNumber, this.html.open[this.html.open.length - 1]);
    if ((this.nestingWork += Math.max(0, depth - 1)) > maxNestingWork) {
      return { line: lineNumber, message: "lists and block quotes nest so much, line after line, that Markdown would take too long to render it: flatten them" };
    }
    const hazard = this.readBlock(line, quotes, firstMarkerColumn !== -1, lineNumber);
    if (hazard) return hazard;
    // Only a mark (or the backslash escaping one) changes anything inline, and most lines of prose hold none.
    return inlineMark.test(content) ? this.readInline(content, lineNumber) : undefined;
  }

  /** Fenced code is read once, line by line, and holds no Markdown or HTML: whether this line opens, is in or closes a fence. */
  private readFence(content: string): boolean {
    if (this.fence) {
      if (closesFence(content, this.fence)) this.fence = undefined;
      return true;
    }
    this.fence = opensFence(content);
    return this.fence !== undefined;
  }

  /** Block level: the run, the list item or quote continued, and where a paragraph starts. */
  private readBlock(line: string, quotes: number, startsItem: boolean, lineNumber: number): MarkdownHazard | undefined {
    if (startsItem) {
      const hazard = this.endParagraph(lineNumber); // a list item starts a new paragraph
      if (hazard) return hazard;
    }
    const { run, item } = this;
    run.bytes += line.length + 1;
    if (underlineLike.test(line)) run.underlines++;
    // A block quote runs on through lazy lines and nested lists: marked rereads all of it.
    if (quotes > 0 ? item.kind !== "quote" : startsItem) {
      this.endItem();
      item.kind = quotes > 0 ? "quote" : "list";
    } else if (item.kind !== undefined && quotes === 0) item.continued++;
    if (item.kind !== undefined) item.bytes += line.length + 1;
    if (this.rescanBytes + run.underlines * run.bytes + item.continued * item.bytes > maxRescanBytes) return tooMuchRereading(lineNumber);
    return undefined;
  }

  /** Inline: marks per word, and for each mark its runs, openers and pairs. */
  private readInline(content: string, lineNumber: number): MarkdownHazard | undefined {
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
        return tooManyMarksInWord(lineNumber);
      }
      if (c !== "*" && c !== "_" && c !== "~") continue;
      let end = i;
      while (content[end + 1] === c) end++;
      const hazard = this.readMarkRun(c, end - i + 1, content[i - 1], content[end + 1], lineNumber);
      if (hazard) return hazard;
      i = end;
    }
    return undefined;
  }

  /** A run of `length` marks `c` between `before` and `after`: counts it, and pairs it with the runs still open. */
  private readMarkRun(c: Mark, length: number, before: string | undefined, after: string | undefined, lineNumber: number): MarkdownHazard | undefined {
    const { runs, lastCloser, openerAt, deepest } = this.paragraph;
    runs[c]++;
    if (!isBlank(before)) lastCloser[c] = runs[c];
    const opens = opensEmphasis(c, length, before, after);
    if (opens) openerAt[c].push(runs[c]);
    const stack = this.paragraph.open[c];
    const closes = closesEmphasis(c, before, after);
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
    return undefined;
  }

  /** Ends a paragraph, or returns the hazard it makes. */
  private endParagraph(nextLine: number): MarkdownHazard | undefined {
    const { openerAt, lastCloser, line } = this.paragraph;
    let steps = 0;
    for (const mark of marks) for (const at of openerAt[mark]) steps += Math.max(0, lastCloser[mark] - at);
    this.emphasisSteps += Math.max(0, steps - emphasisScanPerParagraph);
    this.paragraph = newParagraph(nextLine);
    return this.emphasisSteps > maxEmphasisScan ? tooManyMarks(line) : undefined;
  }

  private endItem() {
    this.rescanBytes += this.item.continued * this.item.bytes;
    this.item.kind = undefined;
    this.item.bytes = this.item.continued = 0;
  }

  /** Ends a run of non-blank lines (and its paragraph), or returns the hazard it makes. */
  endRun(line: number): MarkdownHazard | undefined {
    const hazard = this.endParagraph(line + 1);
    if (hazard) return hazard;
    this.endItem();
    this.rescanBytes += this.run.underlines * this.run.bytes;
    this.run.bytes = this.run.underlines = 0;
    return this.rescanBytes > maxRescanBytes ? tooMuchRereading(line) : undefined;
  }
}
