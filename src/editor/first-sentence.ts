// Words a full stop follows without ending the sentence: titles, street names, common short forms.
const abbreviations = new Set([
  "dr", "drs", "dra", "prof", "ir", "h", "hj", "kh", "jl", "jln", "no", "nomor", "st", "mr", "mrs", "ms", "jr", "sr",
  "gen", "lt", "col", "capt", "sgt", "gov", "sen", "rep", "vs", "etc", "inc", "ltd", "co", "corp", "dll", "dsb",
  "tsb", "yth", "bpk", "kol", "letjen", "mayjen", "brigjen", "irjen", "kapt", "pt", "tbk", "rp", "mt", "km",
]);

/**
 * The first sentence of a paragraph: up to the first `.`, `!`, `?` or `…` (and any closing quote
 * after it) that is followed by a space or the end. A full stop after an initial, a known short
 * form or an abbreviation with dots (`U.S.`), or before a lower-case word, does not end it.
 */
export function firstSentence(paragraph: string): string {
  const text = paragraph.trim();
  const ends = /[.!?…]+["'”’)\]]*(?=\s|$)/gu;
  for (let match = ends.exec(text); match; match = ends.exec(text)) {
    const end = match.index + match[0].length;
    if (match[0].startsWith(".") && !match[0].startsWith("..")) {
      const word = /([\p{L}\d.]+)$/u.exec(text.slice(0, match.index))?.[1] ?? "";
      const isInitial = /^\p{Lu}$/u.test(word);
      const isShortForm = abbreviations.has(word.toLowerCase()) || /\p{L}\.\p{L}/u.test(word);
      const nextWord = /^\s+(\S)/u.exec(text.slice(end))?.[1];
      if (isInitial || isShortForm || (nextWord && /\p{Ll}/u.test(nextWord))) continue;
    }
    return text.slice(0, end);
  }
  return text;
}

/** `text` cut at a word boundary so that, with the "…" it then ends in, it is at most `max` characters. */
export function shortenAtWord(text: string, max: number): { text: string; shortened: boolean } {
  const chars = Array.from(text);
  if (chars.length <= max) return { text, shortened: false };
  let cut = chars.slice(0, max - 1).join("");
  if (!/\s/u.test(chars[max - 1] ?? "")) {
    // The cut splits a word: drop that word, unless it is the only one.
    const atWord = cut.replace(/\s+\S*$/u, "");
    if (atWord.trim()) cut = atWord;
  }
  return { text: `${cut.replace(/[\s,;:–—-]+$/u, "")}…`, shortened: true };
}

/** A headline from the first sentence: its closing full stop dropped, shortened to `max` characters. */
export function titleFromFirstSentence(paragraph: string, max = 90): { title: string; shortened: boolean } {
  const sentence = firstSentence(paragraph).replace(/(?<!\.)\.$/u, "");
  const { text, shortened } = shortenAtWord(sentence, max);
  return { title: text, shortened };
}
