// Words a full stop follows without ending the sentence: titles, street names, common short forms.
const abbreviations = new Set([
  "dr", "drs", "dra", "prof", "ir", "h", "hj", "kh", "jl", "jln", "no", "nomor", "st", "mr", "mrs", "ms", "jr", "sr",
  "gen", "lt", "col", "capt", "sgt", "gov", "sen", "rep", "vs", "etc", "inc", "ltd", "co", "corp", "dll", "dsb",
  "tsb", "yth", "bpk", "kol", "letjen", "mayjen", "brigjen", "irjen", "kapt", "pt", "tbk", "rp", "mt", "km",
  "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec", "des", "okt", "agu", "agt",
]);

/**
 * A paragraph's sentences, each ending at a `.`, `!`, `?` or `…` (and any closing quote after it)
 * followed by a space or the end. A full stop after an initial, a known short form or an
 * abbreviation with dots (`U.S.`), or before a lower-case word, does not end one; nor does the
 * dot of a number (`1.5`), which no space follows.
 */
export function sentences(paragraph: string): string[] {
  const text = paragraph.trim();
  const found: string[] = [];
  const ends = /[.!?…]+["'”’)\]]*(?=\s|$)/gu;
  let start = 0;
  for (let match = ends.exec(text); match; match = ends.exec(text)) {
    const end = match.index + match[0].length;
    if (match[0].startsWith(".") && !match[0].startsWith("..")) {
      const word = /([\p{L}\d.]+)$/u.exec(text.slice(0, match.index))?.[1] ?? "";
      const isInitial = /^\p{Lu}$/u.test(word);
      const isShortForm = abbreviations.has(word.toLowerCase()) || /\p{L}\.\p{L}/u.test(word);
      const nextWord = /^\s+(\S)/u.exec(text.slice(end))?.[1];
      if (isInitial || isShortForm || (nextWord && /\p{Ll}/u.test(nextWord))) continue;
    }
    const sentence = text.slice(start, end).trim();
    if (sentence) found.push(sentence);
    start = end;
  }
  const rest = text.slice(start).trim();
  if (rest) found.push(rest);
  return found;
}
