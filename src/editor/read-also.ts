// "Read also" labels outlets put between paragraphs, in any case, with or without spaces; the
// colon may be missing when the label stands on its own line (Liputan6's `Baca Juga`).
const readAlsoPattern =
  /^(?:baca\s*juga|baca\s*pula|simak\s*juga|lihat\s*juga|pilihan\s*editor|read\s*also|also\s*read|read\s*more|see\s*also|related)(?:\s*:\s*(?<headline>.*)|\s*:?)$/iu;

// `Baca Juga Pemkot Tutup Sekolah`: the label without its colon, a headline after it. The headline
// starts with a capital and does not end like a sentence, so `Baca juga berita lainnya.` stays text.
const withoutColon = /^(?:Baca juga|BACA JUGA|Baca Juga)\s+(?<headline>["“‘]?[\p{Lu}\d](?:.{0,158}[^.:;,\s])?)$/u;

/**
 * When `line` is a "read also" line (`BACA JUGA: …`, `Read also: …`, `READ MORE: …`,
 * `Pilihan Editor: …`, `Related: …`, or `Baca Juga …` before a capitalised headline), the
 * headline it points to, empty when the label stands alone; otherwise undefined.
 */
export function readAlsoHeadline(line: string): string | undefined {
  const match = readAlsoPattern.exec(line.trim());
  if (match) return (match.groups!.headline ?? "").trim();
  return withoutColon.exec(line.trim())?.groups!.headline!.trim();
}
