import { functionWords } from "./detect-language.ts";
import { sentences } from "./sentences.ts";

/** The first sentence of a paragraph (see `sentences` for where a sentence ends). */
export function firstSentence(paragraph: string): string {
  return sentences(paragraph)[0] ?? "";
}

/** Longest first sentence that serves as a headline. */
export const maxTitleLength = 110;

/**
 * `text` cut to whole words of at most `max` characters, without a trailing "…", comma or
 * function word ("pada", "the"), so that it reads as a short headline rather than a cut sentence.
 */
export function wholeWordsUpTo(text: string, max: number): string {
  const words = text.trim().split(/\s+/u);
  const kept: string[] = [];
  let length = 0;
  for (const word of words) {
    const added = (kept.length ? 1 : 0) + Array.from(word).length;
    if (length + added > max) break;
    kept.push(word);
    length += added;
  }
  if (!kept.length) return Array.from(words[0] ?? "").slice(0, max).join("");
  const isFunctionWord = (word: string) => functionWords.id.has(word.toLowerCase()) || functionWords.en.has(word.toLowerCase());
  while (kept.length > 1 && isFunctionWord(kept.at(-1)!.replace(/[^\p{L}]/gu, ""))) kept.pop();
  return kept.join(" ").replace(/[\s,;:–—-]+$/u, "");
}

/**
 * A headline from the first sentence, its closing full stop dropped: the whole sentence when it is
 * at most `maxTitleLength` characters (`fits`), else its first words, at most 90 characters.
 */
export function titleFromFirstSentence(paragraph: string): { title: string; fits: boolean; length: number } {
  const sentence = firstSentence(paragraph).replace(/(?<!\.)\.$/u, "");
  const length = Array.from(sentence).length;
  if (length <= maxTitleLength) return { title: sentence, fits: true, length };
  return { title: wholeWordsUpTo(sentence, 90), fits: false, length };
}
