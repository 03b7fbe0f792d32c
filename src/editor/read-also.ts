// "Read also" labels outlets put between paragraphs, in any case, with or without spaces; the
// colon may be missing when the label stands on its own line (Liputan6's `Baca Juga`).
const readAlsoPattern =
  /^(?:baca\s*juga|baca\s*pula|simak\s*juga|lihat\s*juga|pilihan\s*editor|read\s*also|also\s*read|read\s*more|see\s*also|related)(?:\s*:\s*(?<headline>.*)|\s*:?)$/iu;

/**
 * When `line` is a "read also" line (`BACA JUGA: …`, `Read also: …`, `READ MORE: …`,
 * `Pilihan Editor: …`, `Related: …`), the headline it points to, empty when the label stands
 * alone; otherwise undefined.
 */
export function readAlsoHeadline(line: string): string | undefined {
  const match = readAlsoPattern.exec(line.trim());
  return match ? (match.groups!.headline ?? "").trim() : undefined;
}
