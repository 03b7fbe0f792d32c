import type { GuessedHeadline } from "./one-line-paste.ts";
import type { RemovedKind } from "./story.ts";
import { quote } from "../text/index.ts";

const kindNames: Record<Exclude<RemovedKind, "read also">, [string, string]> = {
  "photo caption": ["photo caption", "photo captions"],
  byline: ["byline", "bylines"],
  footer: ["footer line", "footer lines"],
  "date line": ["date line", "date lines"],
};

const counted = (n: number, [one, many]: [string, string]) => `${n} ${n === 1 ? one : many}`;

/** One line a kind of the lines the import took out of the text, in the order they were met. */
export function removedNotes(removed: Partial<Record<RemovedKind, number>>, relatedHeadlines: number): string[] {
  return Object.entries(removed).map(([kind, n]) =>
    kind === "read also"
      ? `Removed ${counted(n, ['"read also" line', '"read also" lines'])} from the text; ${counted(relatedHeadlines, ["headline", "headlines"])} kept as related_headlines`
      : `Removed ${counted(n, kindNames[kind as keyof typeof kindNames])} from the text`,
  );
}

/** What the editor should check after long paragraphs were split at sentence ends. */
export function splitNote({ long, into }: { long: number; into: number }): string[] {
  if (!long) return [];
  return [`Split ${counted(long, ["long paragraph", "long paragraphs"])} into ${into} at sentence ends (pasted without line breaks?): check where the paragraphs break`];
}

/**
 * One line for each "read also" headline whose end was guessed in text pasted without line breaks:
 * the headline as kept and the first words of the text after it, for the editor to check.
 */
export function guessedHeadlineNotes(guessed: readonly GuessedHeadline[] = []): string[] {
  return guessed.map(({ headline, next }) => {
    const words = next.split(/\s+/u);
    const opening = words.length > 6 ? `${words.slice(0, 6).join(" ")} …` : next;
    return `Guessed where a "read also" headline ends in text pasted without line breaks: ${quote(headline)}, then ${quote(opening)}: check that sentence and related_headlines`;
  });
}
