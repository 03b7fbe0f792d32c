import { functionWords } from "./detect-language.ts";
import { furnitureKind } from "./furniture.ts";
import { sentences } from "./sentences.ts";
import { firstDateWithTime } from "./story-date.ts";

// A "read also" label opening a line or inside one after a sentence's end (where a one-line paste
// had a line break). `Baca juga` may come without its colon, before a capitalised headline.
const inlineLabel =
  /(?<=^|[.!?"”’)]\s*)(?:(?:Baca juga|BACA JUGA|Baca Juga)(?:\s*:\s*|\s+(?=["“‘]?[\p{Lu}\d]))|(?:Simak juga|SIMAK JUGA|Read more|READ MORE|Read also|READ ALSO|Pilihan Editor|PILIHAN EDITOR)\s*:\s*)/gu;
// A byline left at the end of a one-line paste: `… kata dia. Penulis: Ani Editor: Budi`.
const trailingByline = /(?<=[.!?"”’)]\s*)(?:Penulis|Pewarta|Reporter|Editor)\s?:\s?\S.{0,150}$/u;

/** A word of a title-case headline: capitalised, a number, a quote, or a short function word (`di`, `of`). */
function inHeadline(word: string): boolean {
  const bare = word.replace(/^["“'‘(]+/u, "");
  return /^[\p{Lu}\d]/u.test(bare) || functionWords.id.has(bare.toLowerCase()) || functionWords.en.has(bare.toLowerCase());
}

/**
 * The headline a "read also" label points to inside running text: title-case words, up to the
 * capitalised word that starts the next sentence (the one before the first ordinary lower-case
 * word), as a count of words. Undefined when the words after the label do not read that way.
 */
export function inlineHeadline(words: string[]): number | undefined {
  const firstLower = words.findIndex((word) => !inHeadline(word));
  if (firstLower < 0) return words.length; // the headline ends the line
  let start = firstLower - 1;
  while (start > 0 && !/^["“]?\p{Lu}/u.test(words[start]!)) start--;
  return start >= 1 ? start : undefined;
}

/** A "read also" headline whose end was guessed in run-together text, and the text read as going on after it. */
export interface GuessedHeadline {
  headline: string;
  next: string;
}

/**
 * A line from a story pasted as one line, back in lines: a "read also" label and its headline on
 * a line of their own, the text after them on the next, and a closing byline on its own line.
 * A label opening the line splits it only when the text after it runs on past a headline (it ends
 * in a full stop, or is longer than a headline). `guessed` has each headline whose end was read
 * from its title-case words with text after it: where it ends is a guess the editor should check.
 * A line with no such label comes back as it is.
 */
export function splitRunTogether(line: string): { lines: string[]; guessed: GuessedHeadline[] } {
  const byline = trailingByline.exec(line);
  if (byline) {
    const before = splitRunTogether(line.slice(0, byline.index).trim());
    return { lines: [...before.lines, line.slice(byline.index).trim()], guessed: before.guessed };
  }
  const lines: string[] = [];
  const guessed: GuessedHeadline[] = [];
  let rest = line;
  inlineLabel.lastIndex = 0;
  for (let label = inlineLabel.exec(rest); label; label = inlineLabel.exec(rest)) {
    const after = rest.slice(label.index + label[0].length).trim();
    const words = after.split(/\s+/u);
    const end = inlineHeadline(words);
    const runsOn = /\.["”’)]*$/u.test(after) || after.length > 160;
    // Not a headline in title case, or a label opening a line that is all headline: look further on.
    if (end === undefined || (label.index === 0 && (end === words.length || !runsOn))) continue;
    const before = rest.slice(0, label.index).trim();
    if (before) lines.push(before);
    const headline = words.slice(0, end).join(" ");
    lines.push(`${label[0].replace(/\s*:?\s*$/u, ":")} ${headline}`);
    rest = words.slice(end).join(" ");
    if (rest) guessed.push({ headline, next: rest });
    inlineLabel.lastIndex = 0;
  }
  if (rest) lines.push(rest);
  return { lines, guessed };
}

// What may come before the date on a page's date line opening a line: the outlet's name and a dash or bar
// (`Kompas.com - `, `CNN Indonesia | `), then the day's name (`Senin, `).
const beforeDateLineDate = /^(?:\S+(?: \S+){0,2} [-–—|] )?(?:\p{Lu}\p{L}*, )?$/u;
// The dateline or the first sentence after the date line starts with a capital or a quote.
const textStart = /^["“\p{Lu}]/u;

/**
 * A line that opens with the page's date line and its time (`Kompas.com - 02/10/2023, 14:20 WIB
 * JAKARTA, KOMPAS.com - …`, as a story pasted as one line has it) as two: the date line, then the
 * rest. Without a time after the date, or with other words before it, the line comes back as it is:
 * a date alone may open the story's first sentence.
 */
export function splitLeadingDateLine(line: string): string[] {
  // A whole date line (`… 6:40 AM GMT+7 Updated 3 hours ago`) is already a line of its own.
  if (furnitureKind(line) === "date line") return [line];
  const date = firstDateWithTime(line);
  if (!date || !beforeDateLineDate.test(line.slice(0, date.start))) return [line];
  const [dateLine, rest] = [line.slice(0, date.end).trim(), line.slice(date.end).trim()];
  return textStart.test(rest) && furnitureKind(dateLine) === "date line" ? [dateLine, rest] : [line];
}

/** Longest paragraph kept as pasted; a longer one is a story pasted without its line breaks. */
export const longParagraph = 800;

/**
 * A paragraph longer than `longest` characters, split at sentence ends into paragraphs of two or
 * three sentences (250 characters or more each).
 */
export function splitLongParagraph(paragraph: string, longest = longParagraph): string[] {
  if (paragraph.length <= longest) return [paragraph];
  const paragraphs: string[] = [];
  let current = "";
  for (const sentence of sentences(paragraph)) {
    current = current ? `${current} ${sentence}` : sentence;
    if (current.length >= 250) {
      paragraphs.push(current);
      current = "";
    }
  }
  if (current) {
    // A short last sentence joins the paragraph before it rather than standing alone.
    if (current.length < 120 && paragraphs.length) paragraphs[paragraphs.length - 1] += ` ${current}`;
    else paragraphs.push(current);
  }
  return paragraphs;
}
