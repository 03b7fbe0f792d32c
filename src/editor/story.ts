import { splitDateline, type Dateline } from "./dateline.ts";
import { removeXmlForbidden } from "../text/index.ts";
import { readAlsoHeadline } from "./read-also.ts";

export interface Story {
  /** The text, one paragraph each, without the dateline and "read also" lines. */
  paragraphs: string[];
  dateline?: Dateline;
  /** Headlines of the "read also" lines, in order, without repeats. */
  relatedHeadlines: string[];
  /** How many "read also" lines were taken out. */
  readAlsoLines: number;
}

/** A headline on its own line under a bare `BACA JUGA:` label: short and not a sentence. */
function looksLikeHeadline(line: string): boolean {
  return line.length <= 160 && !/[.:;,]$/.test(line) && readAlsoHeadline(line) === undefined;
}

/**
 * Reads a story pasted from an outlet's page: one paragraph per line, blank lines optional.
 * Each paragraph is kept as pasted (only the whitespace around it goes). Word's line break
 * (U+000B) and page break (U+000C) end a line too; other characters a feed cannot carry go.
 */
export function parseStory(text: string): Story {
  const lines = text
    .replace(/^\uFEFF/, "")
    .split(/\r\n|\r|\n|\u000B|\u000C|\u2028|\u2029/)
    .map((line) => removeXmlForbidden(line).text.trim())
    .filter(Boolean);

  const paragraphs: string[] = [];
  const relatedHeadlines: string[] = [];
  let readAlsoLines = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    let headline = readAlsoHeadline(line);
    if (headline === undefined) {
      paragraphs.push(line);
      continue;
    }
    readAlsoLines++;
    const next = lines[i + 1];
    if (!headline && next !== undefined && looksLikeHeadline(next)) {
      headline = next;
      i++;
    }
    if (headline && !relatedHeadlines.includes(headline)) relatedHeadlines.push(headline);
  }

  const first = paragraphs[0];
  const split = first === undefined ? undefined : splitDateline(first);
  if (!split) return { paragraphs, relatedHeadlines, readAlsoLines };
  const rest = paragraphs.slice(1);
  return { paragraphs: split.rest ? [split.rest, ...rest] : rest, dateline: split.dateline, relatedHeadlines, readAlsoLines };
}
