import type { RemovedKind } from "./story.ts";

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
