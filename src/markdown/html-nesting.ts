// How deep the raw HTML of a Markdown body will nest once the sanitizer's HTML parser reads it,
// counted line by line in one pass, as that parser (htmlparser2) counts its open elements.

/**
 * How deep raw HTML may nest. htmlparser2 (under sanitize-html) keeps its open elements in an
 * array it shifts and unshifts at every tag, so each tag costs time in proportion to the depth:
 * 900 KB of unclosed `<b>` took over a minute. Pasted HTML nests a few dozen levels at most, and
 * browsers stop at 512.
 */
export const maxHtmlNesting = 100;

// htmlparser2's own tables (Parser.ts, Tokenizer.ts): which elements never hold others, which
// close which, where `/>` closes an element, and whose text is read as text up to its end tag.
const voidElements = new Set([
  "area", "base", "basefont", "br", "col", "command", "embed", "frame", "hr", "img", "input", "isindex",
  "keygen", "link", "meta", "param", "source", "track", "wbr",
]);
const formTags = new Set(["input", "option", "optgroup", "select", "button", "datalist", "textarea"]);
const pTag = new Set(["p"]);
const openImpliesClose = new Map<string, Set<string>>([
  ["tr", new Set(["tr", "th", "td"])], ["th", new Set(["th"])], ["td", new Set(["thead", "th", "td"])],
  ["body", new Set(["head", "link", "script"])], ["li", new Set(["li"])],
  ["select", formTags], ["input", formTags], ["output", formTags], ["button", formTags], ["datalist", formTags], ["textarea", formTags],
  ["option", new Set(["option"])], ["optgroup", new Set(["optgroup", "option"])],
  ["dd", new Set(["dd", "dt"])], ["dt", new Set(["dd", "dt"])], ["rt", new Set(["rt", "rp"])], ["rp", new Set(["rt", "rp"])],
  ["tbody", new Set(["thead", "tbody"])], ["tfoot", new Set(["thead", "tbody"])],
  ...[
    "p", "h1", "h2", "h3", "h4", "h5", "h6", "address", "article", "aside", "blockquote", "details", "div", "dl", "fieldset",
    "figcaption", "figure", "footer", "form", "header", "hr", "main", "nav", "ol", "pre", "section", "table", "ul",
  ].map((name) => [name, pTag] as [string, Set<string>]),
]);
const foreignElements = new Set(["math", "svg"]);
const integrationElements = new Set(["mi", "mo", "mn", "ms", "mtext", "annotation-xml", "foreignobject", "desc", "title"]);
const rawTextElements = new Set(["script", "style", "title", "textarea", "xmp"]);

const isAsciiLetter = (c: string | undefined) => c !== undefined && ((c >= "a" && c <= "z") || (c >= "A" && c <= "Z"));
const isWhitespace = (c: string | undefined) => c === " " || c === "\n" || c === "\t" || c === "\r" || c === "\f";

type State =
  | "text" | "tagName" | "beforeAttribute" | "attributeName" | "afterAttributeName" | "beforeValue" | "quotedValue"
  | "unquotedValue" | "selfClosing" | "beforeCloseName" | "closeName" | "comment" | "cdata" | "bogus" | "rawText";

/**
 * Reads the lines of a Markdown body and keeps htmlparser2's stack of open elements: void
 * elements hold nothing, an element left open holds everything after it, `<li>` closes the `<li>`
 * before it, `</b>` closes up to the nearest `<b>`, comments and script or style text hold no
 * tags. What Markdown itself does is simplified, on the side of counting too much: a block of
 * lines that does not start with `<` is a paragraph (or heading, list item, table) whose end tag
 * closes whatever it left open; anything else may be an HTML block, left open; code spans count.
 * Linear: the stack never grows past {@link maxHtmlNesting} + 1.
 */
export class HtmlNesting {
  /** Open element names, outermost first. */
  readonly open: string[] = [];
  /** Whether `/>` closes an element here (inside `<svg>` or `<math>`), innermost last. */
  private readonly foreign: boolean[] = [];
  private state: State = "text";
  private name = "";
  private quote = "";
  /** For a comment, CDATA or script text: what ends it. */
  private end = "";
  /** A comment that starts a line is an HTML block, which a blank line does not end. */
  private keepsThroughBlankLine = false;
  private inBlock = false;
  /** The depth when this block of lines started, if it is a paragraph; `undefined` if it may be raw HTML. */
  private blockBase: number | undefined;

  /** Reads one line (its content after any list or quote markers). True when it nests HTML too deep. */
  read(line: string): boolean {
    if (!this.inBlock) {
      this.inBlock = true;
      this.blockBase = line.startsWith("<") ? undefined : this.open.length;
    } else if (line.startsWith("<")) this.blockBase = undefined;
    if (this.state === "text" && !line.includes("<")) return false;
    // The line's end counts as whitespace, as in HTML: a tag may go on on the next line.
    for (let i = 0; i <= line.length; i++) {
      i = this.state === "text" ? this.startMarkup(line, i) : this.step(line, i);
      if (this.open.length > maxHtmlNesting) return true;
    }
    return false;
  }

  /** A blank line (or a code fence) ends the block of lines: a paragraph's end tag closes what it left open. */
  endBlock(): void {
    if (this.inBlock && this.blockBase !== undefined && this.open.length > this.blockBase) this.open.length = this.blockBase;
    this.inBlock = false;
    // A tag or an inline comment cannot run over a blank line in Markdown: it was text all along.
    if (this.state !== "rawText" && !(this.state === "comment" && this.keepsThroughBlankLine)) this.state = "text";
  }

  /** In text, from `from`: finds the next `<` and what it starts; returns the last index read. */
  private startMarkup(line: string, from: number): number {
    const at = line.indexOf("<", from);
    if (at === -1) return line.length;
    if (line[at - 1] === "\\" && line[at - 2] !== "\\") return at; // an escaped `<` is text in Markdown
    const next = line[at + 1];
    if (isAsciiLetter(next)) {
      this.state = "tagName";
      this.name = "";
      return at;
    }
    if (next === "/") {
      this.state = "beforeCloseName";
      return at + 1;
    }
    if (next === "?") {
      this.state = "bogus";
      return at + 1;
    }
    if (next !== "!") return at;
    if (line.startsWith("--", at + 2)) {
      // `<!-->` and `<!--->` are whole comments already.
      if (line[at + 4] === ">") return at + 4;
      if (line.startsWith("->", at + 4)) return at + 5;
      this.state = "comment";
      this.end = "-->";
      this.keepsThroughBlankLine = at === 0;
      return at + 3;
    }
    if (line.startsWith("[CDATA[", at + 2)) {
      this.state = "cdata";
      this.end = "]]>";
      return at + 8;
    }
    this.state = "bogus";
    return at + 1;
  }

  /** Inside markup, at `line[i]` (or the line's end): returns the last index read. */
  private step(line: string, i: number): number {
    const c = i < line.length ? line[i]! : "\n";
    switch (this.state) {
      case "quotedValue":
      case "bogus":
      case "comment":
      case "cdata":
      case "rawText":
        return this.skipToEnd(line, i);
      case "tagName":
        if (isWhitespace(c) || c === "/" || c === ">") {
          this.openElement(this.name.toLowerCase());
          this.afterAttribute(c);
        } else this.name += c;
        return i;
      case "beforeAttribute":
        this.afterAttribute(c);
        return i;
      case "selfClosing":
        if (c === ">") this.endStartTag(true);
        else if (!isWhitespace(c)) this.afterAttribute(c);
        return i;
      case "attributeName":
        if (c === "=") this.state = "beforeValue";
        else if (isWhitespace(c)) this.state = "afterAttributeName";
        else if (c === "/" || c === ">") this.afterAttribute(c);
        return i;
      case "afterAttributeName":
        if (c === "=") this.state = "beforeValue";
        else if (!isWhitespace(c)) this.afterAttribute(c);
        return i;
      case "beforeValue":
        if (c === '"' || c === "'") {
          this.state = "quotedValue";
          this.quote = c;
        } else if (c === ">") this.afterAttribute(c);
        else if (!isWhitespace(c)) this.state = "unquotedValue";
        return i;
      case "unquotedValue":
        if (isWhitespace(c) || c === ">") this.afterAttribute(c);
        return i;
      case "beforeCloseName":
        if (c === ">") this.state = "text";
        else if (isAsciiLetter(c)) {
          this.state = "closeName";
          this.name = c;
        } else if (!isWhitespace(c)) this.state = "bogus";
        return i;
      case "closeName":
        if (isWhitespace(c) || c === ">") {
          this.closeElement(this.name.toLowerCase());
          this.state = c === ">" ? "text" : "bogus";
        } else this.name += c;
        return i;
      default:
        return i;
    }
  }

  /** In a quoted value, comment, CDATA, `<!…>`, `<?…>` or script text, at `line[i]`: skips to what ends it; returns the last index read. */
  private skipToEnd(line: string, i: number): number {
    switch (this.state) {
      case "quotedValue": {
        // A quoted value may hold `>` and run over lines.
        const close = line.indexOf(this.quote, i);
        if (close === -1) return line.length;
        this.state = "beforeAttribute";
        return close;
      }
      case "bogus": {
        // What is left of an end tag, `<!…>` or `<?…>`: up to the next `>`.
        const close = line.indexOf(">", i);
        if (close === -1) return line.length;
        this.state = "text";
        return close;
      }
      case "comment":
      case "cdata": {
        const close = line.indexOf(this.end, i);
        if (close === -1) return line.length;
        this.state = "text";
        return close + this.end.length - 1;
      }
      case "rawText": {
        // Script, style and the like hold text up to their own end tag.
        for (let at = line.indexOf("</", i); at !== -1; at = line.indexOf("</", at + 1)) {
          const after = line[at + 2 + this.name.length];
          if (line.slice(at + 2, at + 2 + this.name.length).toLowerCase() === this.name && (after === undefined || isWhitespace(after) || after === ">")) {
            this.state = "beforeCloseName";
            return at + 1;
          }
        }
        return line.length;
      }
      default:
        return i;
    }
  }

  /** Where the attributes of a start tag go on, at character `c`. */
  private afterAttribute(c: string): void {
    if (c === ">") this.endStartTag(false);
    else if (c === "/") this.state = "selfClosing";
    else if (!isWhitespace(c)) this.state = "attributeName";
    else this.state = "beforeAttribute";
  }

  /** At a start tag's `>`: `/>` closes it inside SVG or MathML; script and style text holds no tags. */
  private endStartTag(selfClosing: boolean): void {
    const name = this.name.toLowerCase();
    this.state = "text";
    if (selfClosing) {
      if (this.foreign[this.foreign.length - 1] && this.open[this.open.length - 1] === name) this.open.pop();
    } else if (rawTextElements.has(name)) {
      this.state = "rawText";
      this.name = name;
    }
  }

  /** A start tag's name: htmlparser2 pushes the element right away, before its attributes. */
  private openElement(name: string): void {
    const closes = openImpliesClose.get(name);
    if (closes) while (this.open.length && closes.has(this.open[this.open.length - 1]!)) this.open.pop();
    if (voidElements.has(name)) return;
    this.open.push(name);
    if (foreignElements.has(name)) this.foreign.push(true);
    else if (integrationElements.has(name)) this.foreign.push(false);
  }

  /** An end tag closes up to the nearest open element of its name, if any. */
  private closeElement(name: string): void {
    if (foreignElements.has(name) || integrationElements.has(name)) this.foreign.pop();
    if (voidElements.has(name)) return;
    const at = this.open.lastIndexOf(name);
    if (at !== -1) this.open.length = at;
  }
}
