// "Read also" labels outlets put between paragraphs, in any case, with or without spaces.
const readAlsoPattern =
  /^(?:baca\s*juga|baca\s*pula|simak\s*juga|lihat\s*juga|read\s*also|also\s*read|read\s*more|see\s*also|related)\s*:\s*(?<headline>.*)$/iu;

/**
 * When `line` is a "read also" line (`BACA JUGA: …`, `Read also: …`, `READ MORE: …`,
 * `Related: …`), the headline it points to, empty when the label stands alone; otherwise undefined.
 */
export function readAlsoHeadline(line: string): string | undefined {
  const match = readAlsoPattern.exec(line.trim());
  return match ? match.groups!.headline!.trim() : undefined;
}
