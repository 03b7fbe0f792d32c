export type StoryLanguage = "id" | "en";

/** Short words every story in the language is full of, and the other language hardly uses. */
export const functionWords: Record<StoryLanguage, ReadonlySet<string>> = {
  id: new Set([
    "yang", "dan", "di", "ini", "itu", "dengan", "untuk", "tidak", "dari", "dalam", "akan", "pada", "juga", "ke",
    "karena", "sudah", "telah", "bahwa", "oleh", "atau", "adalah", "tersebut", "kata", "saat", "bisa", "ada", "para",
    "secara", "sebagai", "mereka", "kami", "kita", "menjadi", "lebih", "masih",
  ]),
  en: new Set([
    "the", "and", "of", "to", "in", "is", "that", "for", "with", "on", "was", "are", "it", "as", "by", "at", "from",
    "be", "has", "have", "had", "said", "were", "this", "will", "not", "but", "its", "their", "an", "which", "would",
    "been", "after",
  ]),
};

export const languageNames: Record<StoryLanguage, string> = { id: "Indonesian", en: "English" };

/** How many of the text's words are function words of each language. */
export function languageScores(text: string): Record<StoryLanguage, number> {
  const scores = { id: 0, en: 0 };
  for (const word of text.toLowerCase().split(/[^\p{L}]+/u)) {
    if (functionWords.id.has(word)) scores.id++;
    if (functionWords.en.has(word)) scores.en++;
  }
  return scores;
}

/** `id` or `en`, whichever language's function words the text uses more; undefined when it cannot tell. */
export function detectLanguage(text: string): StoryLanguage | undefined {
  const { id, en } = languageScores(text);
  if (id === en) return undefined;
  return id > en ? "id" : "en";
}
