import matter from "gray-matter";
import { yamlHint } from "./yaml-hint.ts";
import yaml from "js-yaml";
import { quote } from "../text/index.ts";
import { codePointList } from "../text/index.ts";

export interface ParsedFile {
  data: Record<string, unknown>;
  /** Markdown after the closing `---`. */
  body: string;
  /** Raw frontmatter lines, to point an editor at the line of a field. */
  frontmatterLines: string[];
  /** File line (1-based) of the body's first line, to point at a line in the body. */
  bodyLine?: number;
}

export interface ParseFailure {
  message: string;
  line?: number;
  column?: number;
}

/** A YAML alias (`*name`) in frontmatter, at `line` of the file. */
class AliasError extends Error {
  constructor(readonly line: number) {
    super("YAML aliases (*name) are not allowed in frontmatter");
  }
}

/**
 * Refuses aliases as js-yaml reads them: a node whose text starts with `*`. Aliases have no use
 * in an article's fields, and nested ones ("billion laughs") make data that is tiny as YAML
 * but astronomically big to anything that walks it.
 */
function aliasGuard() {
  const starts: number[] = [];
  return (event: "open" | "close", state: { position: number; input: string }) => {
    if (event === "open") {
      starts.push(state.position);
      return;
    }
    const start = starts.pop() ?? state.position;
    const text = state.input;
    let i = start;
    // Skip the separation before the node: whitespace and comments.
    while (i < state.position) {
      const c = text[i];
      if (c === " " || c === "\t" || c === "\n" || c === "\r") i++;
      else if (c === "#") while (i < state.position && text[i] !== "\n") i++;
      else break;
    }
    if (i < state.position && text[i] === "*") {
      let line = 1;
      for (let j = text.indexOf("\n"); j !== -1 && j < i; j = text.indexOf("\n", j + 1)) line++;
      throw new AliasError(line);
    }
  };
}

/** Frontmatter is YAML 1.2 data (js-yaml 4 core schema): dates stay strings, `01234` stays a number in base 10. */
function parseYaml(text: string): object {
  // Not-a-mapping results are reported by the caller; gray-matter's type wants an object.
  return yaml.load(text, { schema: yaml.CORE_SCHEMA, listener: aliasGuard() }) as object;
}

function refuseCode(): never {
  throw new Error("refused");
}

const matterOptions = {
  // gray-matter would `eval` a `---js` block: frontmatter is data, never code.
  engines: { yaml: parseYaml, javascript: refuseCode, js: refuseCode, coffee: refuseCode },
};

/**
 * Decodes and splits a content file. Never throws: anything wrong comes back as one
 * failure with the line it was found on.
 */
export function parseContentFile(bytes: Uint8Array): ParsedFile | ParseFailure {
  if (bytes.length === 0) return { message: "the file is empty: start it with a --- frontmatter block" };
  if (bytes.includes(0)) return { message: "this is not a text file (it contains NUL bytes): save it as UTF-8 Markdown" };
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return { message: "this file is not valid UTF-8 text: save it with UTF-8 encoding" };
  }
  text = text.replace(/\r\n?/g, "\n");

  const firstLine = text.slice(0, text.indexOf("\n") === -1 ? text.length : text.indexOf("\n"));
  if (!/^---/.test(firstLine)) {
    return { line: 1, message: "the file has no frontmatter: its first line must be ---" };
  }
  if (firstLine.trim() !== "---") {
    return { line: 1, message: `frontmatter must be YAML: the first line must be exactly --- (found ${quote(firstLine.trim())})` };
  }
  if (!/\n---[ \t]*(\n|$)/.test(text.slice(3))) {
    return { line: 1, message: "the frontmatter is not closed: add a line with --- after the last field" };
  }

  // gray-matter is handed the frontmatter block alone, up to the closing `---` it would find
  // itself: given the whole file, it also hashes the body and copies it into a Buffer, which
  // costs a big site more than parsing the YAML does.
  const closing = text.indexOf("\n---", 3) + "\n---".length;
  const parsed = readFrontmatter(ownCopy(text.slice(0, closing)));
  if ("message" in parsed) return parsed;

  const data: unknown = parsed.data;
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    return { line: 2, message: "the frontmatter must be a mapping of fields (title: …, date: …), not a list or a single value" };
  }
  const frontmatterLines = parsed.matter.split("\n");
  // The body starts on the line after the closing `---`, which comes after the frontmatter
  // lines (the first of which is the rest of the opening `---` line).
  // When that line holds more than `---`, the body starts with the rest of it.
  const closingLine = frontmatterLines.length + 1;
  const bodyLine = text.split("\n", closingLine)[closingLine - 1] === "---" ? closingLine + 1 : closingLine;
  // As gray-matter does: the rest of the closing line, without its line end, then the body.
  const body = text.slice(text[closing] === "\n" ? closing + 1 : closing);
  return { data: data as Record<string, unknown>, body, frontmatterLines, bodyLine };
}

/**
 * The same text in a string of its own. V8 keeps a slice as a pointer into the string it was cut
 * from, so every field read from the frontmatter (a title kept for the whole build) would keep the
 * whole file, body and all, in memory; a string built anew and sliced holds only the frontmatter.
 */
function ownCopy(slice: string): string {
  return (" " + slice).slice(1);
}

/** The frontmatter block's YAML, or where and why it cannot be read. */
function readFrontmatter(block: string): matter.GrayMatterFile<string> | ParseFailure {
  try {
    return matter(block, matterOptions);
  } catch (error) {
    // js-yaml counts the block it reads from the rest of the `---` line: its line n is file line n + 1.
    if (error instanceof AliasError) return { line: error.line, column: 1, message: `${error.message}: write the value out in full` };
    const unreadable = error instanceof yaml.YAMLException && unreadableReasons.includes(error.reason) && unreadableCharacter(block);
    if (unreadable) {
      const { line, column, character } = unreadable;
      return { line, column, message: `the frontmatter holds a control character (${codePointList([character])}) that YAML cannot read, such as Word's line break: delete it` };
    }
    if (error instanceof yaml.YAMLException) {
      // js-yaml counts lines from 0; the block it reads begins with the rest of the `---` line.
      const mark = error.mark as { line?: number; column?: number } | undefined;
      const hint = mark?.line !== undefined ? yamlHint(block.split("\n"), mark.line + 1) : undefined;
      if (hint) return { line: hint.line, column: 1, message: hint.message };
      return {
        line: mark?.line !== undefined ? mark.line + 1 : undefined,
        column: mark?.column !== undefined ? mark.column + 1 : undefined,
        message: `invalid YAML: ${error.reason}`,
      };
    }
    return { line: 1, message: `the frontmatter could not be read: ${(error as Error).message}` };
  }
}

// What js-yaml refuses as "non-printable" (in quotes: not a "valid JSON character"); it reports where it stopped reading, not where the character is.
const unreadableReasons = ["the stream contains non-printable characters", "expected valid JSON character"];
const yamlUnreadable = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]/;

/** The first character YAML cannot read in `text`, with its line and column (1-based). */
function unreadableCharacter(text: string): { character: string; line: number; column: number } | undefined {
  const found = yamlUnreadable.exec(text);
  if (!found) return undefined;
  const before = text.slice(0, found.index);
  return { character: found[0], line: (before.match(/\n/g)?.length ?? 0) + 1, column: found.index - before.lastIndexOf("\n") };
}

/**
 * The file line of a frontmatter field, found by indentation: `["source", "url"]` finds
 * `url:` inside the `source:` block. Falls back to the parent's line, then to line 2.
 */
export function fieldLine(frontmatterLines: string[], path: readonly (string | number)[]): number {
  // frontmatterLines[0] is the rest of the opening `---` line (empty), so index i is file line i + 1.
  let line = 2;
  let from = 0;
  let indent = -1;
  let inItem = false;
  for (const key of path) {
    // A list item written as `- name: …` lines: its fields are searched from its dash on.
    const found = typeof key === "number" ? findItem(frontmatterLines, key, from, indent) : findKey(frontmatterLines, key, inItem ? from - 1 : from, indent, inItem);
    if (found === undefined) break;
    line = found.index + 1;
    from = found.index + 1;
    indent = found.indent;
    inItem = typeof key === "number";
  }
  return line;
}

/** The `n`th (from 0) `- ` item of the block list under a key at `parentIndent`, from line `from`. */
function findItem(lines: string[], n: number, from: number, parentIndent: number) {
  let seen = -1;
  let itemIndent: number | undefined;
  for (let i = from; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === "" || line.trimStart().startsWith("#")) continue;
    const lineIndent = line.length - line.trimStart().length;
    const dash = /^\s*-(\s|$)/.test(line);
    // YAML lets a list's dashes stand at its key's own indent.
    if (lineIndent < parentIndent || (lineIndent === parentIndent && !dash)) return undefined;
    if (!dash || (itemIndent !== undefined && lineIndent !== itemIndent)) continue;
    itemIndent = lineIndent;
    if (++seen === n) return { index: i, indent: lineIndent };
  }
  return undefined;
}

function findKey(lines: string[], key: string, from: number, parentIndent: number, onDash = false) {
  const pattern = new RegExp(`^(\\s*${onDash ? "(?:-\\s+)?" : ""})(["']?)${key.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\2\\s*:`);
  for (let i = from; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === "" || line.trimStart().startsWith("#")) continue;
    const lineIndent = line.length - line.trimStart().length;
    if (i > from && lineIndent <= parentIndent) return undefined;
    const match = pattern.exec(line);
    if (match && match[1]!.length > parentIndent) return { index: i, indent: match[1]!.length };
  }
  return undefined;
}
