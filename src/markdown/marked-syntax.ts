// marked's syntax as the hazard scan (hazards.ts) models it: which lines open containers and
// fences, and when a run of `*`, `_` or `~` may open or close emphasis. Measured against
// marked 18; a marked upgrade can change these rules (the hostile-input tests in
// tests/security/sanitize.test.ts and nesting.test.ts say whether the scan still holds).

export const thematicBreak = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
export const listMarker = /^(?:[-+*]|\d{1,9}[.)])(?=[ \t]|$)/;
export const fenceOpen = /^(`{3,}|~{3,})/;
export const underlineLike = /^[ \t>]*[-=|:][-=|: \t]*$/;
/** Characters of an e-mail local part: what marked's autolink look-ahead scans over. */
export const wordChars = new Uint8Array(128);
for (const c of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.!#$%&'*+/=?_`{|}~-") wordChars[c.charCodeAt(0)] = 1;
/** What marked counts as whitespace before a mark (for the last mark that could close). */
export const isBlank = (c: string | undefined) => c === undefined || c === " " || c === "\t" || c === "\n" || c === "\r" || c === "\f";
const isSpace = (c: string | undefined) => c === undefined || /\s/u.test(c);
const isPunctOrSpace = (c: string) => /[\s\p{P}\p{S}]/u.test(c);
const isLetterOrDigit = (c: string) => /[\p{L}\p{N}]/u.test(c);
/** A line without any of these holds no emphasis, no marks in words and no escapes. */
export const inlineMark = /[\\!*_~`]/;

export type Mark = "*" | "_" | "~";
export const marks: readonly Mark[] = ["*", "_", "~"];
export const perMark = <T>(make: () => T) => ({ "*": make(), _: make(), "~": make() }) as Record<Mark, T>;

/** A line's container prefix: block quote markers and list markers, with the column each item's content starts at. */
export interface Containers {
  /** The line after its prefix. */
  content: string;
  quotes: number;
  /** Column of the first list marker, or -1 when the line starts no list item. */
  firstMarkerColumn: number;
  itemColumns: number[];
}

/** Reads a line's containers; past `maxDepth` the depth is known to be too much, so it stops there rather than read on. */
export function readContainers(line: string, maxDepth: number): Containers {
  let p = 0;
  let column = 0;
  let quotes = 0;
  let firstMarkerColumn = -1;
  const itemColumns: number[] = [];
  while (quotes + itemColumns.length <= maxDepth) {
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
  return { content: line.slice(p), quotes, firstMarkerColumn, itemColumns };
}

/** Whether `content` closes the fence opened by `fence`. */
export function closesFence(content: string, fence: { char: string; length: number }): boolean {
  const close = fenceOpen.exec(content);
  return !!close && close[1]![0] === fence.char && close[1]!.length >= fence.length && content.slice(close[1]!.length).trim() === "";
}

/** The fence `content` opens, if it opens one (a backtick fence with a backtick after it is inline code). */
export function opensFence(content: string): { char: string; length: number } | undefined {
  const opening = fenceOpen.exec(content);
  if (!opening || (opening[1]![0] === "`" && content.slice(opening[1]!.length).includes("`"))) return undefined;
  return { char: opening[1]![0]!, length: opening[1]!.length };
}

/**
 * Whether marked searches for a closing mark from a run of `length` marks `c` between `before`
 * and `after`, by its own rules: the run is followed by something other than whitespace; if
 * that is punctuation, the run follows punctuation, whitespace or nothing; `_` after a letter
 * or digit never opens; `~` opens in ones and twos.
 */
export function opensEmphasis(c: Mark, length: number, before: string | undefined, after: string | undefined): boolean {
  const followedByPunct = after !== undefined && after !== c && after !== "~" && isPunctOrSpace(after);
  const afterPunctuation = before === undefined || before === "*" || before === "_" || isPunctOrSpace(before);
  return (
    !isSpace(after) &&
    (!followedByPunct || afterPunctuation) &&
    !(c === "_" && !followedByPunct && before !== undefined && isLetterOrDigit(before)) &&
    !(c === "~" && length > 2)
  );
}

/** Whether a run closes the nearest open run of its mark: it follows a letter, or comes before whitespace or punctuation (`_` only the latter). */
export function closesEmphasis(c: Mark, before: string | undefined, after: string | undefined): boolean {
  const wordBefore = before !== undefined && !isPunctOrSpace(before);
  const wordAfter = after !== undefined && !isPunctOrSpace(after);
  return !isSpace(before) && (c === "_" ? !wordAfter : wordBefore || !wordAfter);
}
