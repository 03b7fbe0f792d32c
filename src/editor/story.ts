import { splitDateline, type Dateline } from "./dateline.ts";
import { bylineChannel, furnitureKind, type FurnitureKind } from "./furniture.ts";
import { longParagraph, splitLeadingDateLine, splitLongParagraph, splitRunTogether, type GuessedHeadline } from "./one-line-paste.ts";
import type { OutletAliases } from "./outlet-names.ts";
import { removeXmlForbidden } from "../text/index.ts";
import { readAlsoHeadline } from "./read-also.ts";

/** What an import takes out of a paste besides the dateline and the headline. */
export type RemovedKind = "read also" | FurnitureKind;

export interface Story {
  /** The text, one paragraph each, without the headline, the dateline and the page's furniture. */
  paragraphs: string[];
  /** The headline line above the dateline, when the paste starts with one. */
  headline?: string;
  dateline?: Dateline;
  /** Headlines of the "read also" lines, in order, without repeats. */
  relatedHeadlines: string[];
  /** How many lines of each kind were taken out, in the order first met. */
  removed: Partial<Record<RemovedKind, number>>;
  /** The page's own date lines, taken out of the text but kept to date the story. */
  dateLines: string[];
  /** The outlet a byline names (`… - detikNews`), for a dateline that names only a place. */
  bylineOutlet?: string;
  /** Paragraphs too long to be one (a paste without line breaks), and how many they were split into. */
  split: { long: number; into: number };
  /** "Read also" headlines in run-together text whose end was a guess (see `splitRunTogether`); absent when none. */
  guessedHeadlines?: GuessedHeadline[];
}

/** A headline on its own line (under a bare `BACA JUGA:` label, or above the dateline): short and not a sentence. */
function looksLikeHeadline(line: string): boolean {
  return line.length <= 160 && !/[.:;,]$/.test(line) && readAlsoHeadline(line) === undefined;
}

/**
 * Reads a story pasted from an outlet's page: one paragraph per line, blank lines optional, or
 * all of it on one line. Each paragraph is kept as pasted (only the whitespace around it goes).
 * Word's line break (U+000B) and page break (U+000C) end a line too; other characters a feed
 * cannot carry go. `outlets` adds outlet names the dateline may use.
 */
export function parseStory(text: string, outlets: OutletAliases = {}): Story {
  let lines = text
    .replace(/^\uFEFF/, "")
    .split(/\r\n|\r|\n|\u000B|\u000C|\u2028|\u2029/)
    .map((line) => removeXmlForbidden(line).text.trim())
    .filter(Boolean);
  // A story pasted as one line has lost its paragraphs: any paragraph of it longer than a usual one is split.
  const longest = lines.length === 1 ? 400 : longParagraph;
  const guessedHeadlines: GuessedHeadline[] = [];
  // The page's date line run together with the story goes on a line of its own, to be read as one.
  lines = lines.flatMap(splitLeadingDateLine).flatMap((line) => {
    const split = splitRunTogether(line);
    guessedHeadlines.push(...split.guessed);
    return split.lines;
  });

  let paragraphs: string[] = [];
  const relatedHeadlines: string[] = [];
  const removed: Story["removed"] = {};
  const dateLines: string[] = [];
  let bylineOutlet: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    let headline = readAlsoHeadline(line);
    const kind: RemovedKind | undefined = headline === undefined ? furnitureKind(line) : "read also";
    if (kind === undefined) {
      paragraphs.push(line);
      continue;
    }
    removed[kind] = (removed[kind] ?? 0) + 1;
    if (kind === "date line") dateLines.push(line);
    bylineOutlet ??= kind === "byline" ? bylineChannel(line) : undefined;
    if (kind !== "read also") continue;
    const next = lines[i + 1];
    if (!headline && next !== undefined && looksLikeHeadline(next)) {
      headline = next;
      i++;
    }
    if (headline && !relatedHeadlines.includes(headline)) relatedHeadlines.push(headline);
  }

  // The dateline opens the first paragraph, or the second under a headline line.
  let headline: string | undefined;
  let split = paragraphs[0] === undefined ? undefined : splitDateline(paragraphs[0], outlets);
  if (!split && paragraphs[1] !== undefined && looksLikeHeadline(paragraphs[0]!)) {
    split = splitDateline(paragraphs[1], outlets);
    if (split) [headline, paragraphs] = [paragraphs[0], paragraphs.slice(1)];
  }
  if (split) paragraphs = split.rest ? [split.rest, ...paragraphs.slice(1)] : paragraphs.slice(1);

  const splits = paragraphs.map((p) => splitLongParagraph(p, longest));
  paragraphs = splits.flat();
  const long = splits.filter((parts) => parts.length > 1);
  const into = long.reduce((sum, parts) => sum + parts.length, 0);

  return {
    paragraphs,
    ...(headline === undefined ? {} : { headline }),
    ...(split ? { dateline: split.dateline } : {}),
    relatedHeadlines,
    removed,
    dateLines,
    ...(bylineOutlet && { bylineOutlet }),
    split: { long: long.length, into },
    ...(guessedHeadlines.length && { guessedHeadlines }),
  };
}
