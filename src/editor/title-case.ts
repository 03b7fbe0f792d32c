/** Kept in capitals when a dateline word is one of these. */
export const acronyms = new Set([
  "ABC", "AFP", "AP", "ASEAN", "BBC", "CBS", "CNA", "CNBC", "CNN", "DPRK", "DW", "EU", "IDN", "JPNN", "KBS", "MNC",
  "NBC", "NHK", "NPR", "RCTI", "RI", "RRI", "SBS", "SCTV", "TV", "TVRI", "UK", "UN", "US", "VOA",
]);

/** Brands whose own spelling is neither capitals nor title case. */
export const brandSpellings: Record<string, string> = {
  DETIKCOM: "detikcom",
  DETIKNEWS: "detikNews",
  KOMPASTV: "KompasTV",
  TVONENEWS: "tvOnenews",
};

/**
 * An outlet's name as a dateline shouts it, in title case: `PIKIRAN RAKYAT` → `Pikiran Rakyat`,
 * `CNN INDONESIA` → `CNN Indonesia`, `KOMPAS.com` → `Kompas.com`, `TEMPO.CO` → `Tempo.co`.
 * Known acronyms and brands keep their spelling; a word already in mixed case (`Reuters`) is kept.
 */
export function outletName(dateline: string): string {
  return dateline.trim().split(/\s+/).map(titleCaseWord).join(" ");
}

function titleCaseWord(word: string): string {
  // `KOMPAS.com`, `REPUBLIKA.CO.ID`: a name, then a web domain's ending, written in lower case.
  const match = /^(.*?[\p{L}\d])((?:\.\p{L}{2,4})+)$/u.exec(word);
  const base = match ? match[1]! : word;
  const domain = match ? match[2]!.toLowerCase() : "";
  return casedBase(base) + domain;
}

function casedBase(base: string): string {
  const upper = base.toUpperCase();
  const brand = brandSpellings[upper];
  if (brand) return brand;
  if (base !== upper) return base; // already mixed case: the outlet's own spelling
  if (acronyms.has(upper)) return upper;
  return base
    .split("-")
    .map((part) => (acronyms.has(part) ? part : part.charAt(0) + part.slice(1).toLowerCase()))
    .join("-");
}
