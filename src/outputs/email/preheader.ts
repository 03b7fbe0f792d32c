/** Inbox previews show about this many characters after the subject. */
export const preheaderLength = 140;

/** The line an inbox shows beside the subject: the day's first summaries (or headlines), cut at a word. */
export function preheader(texts: readonly string[], length = preheaderLength): string {
  const joined = texts.map((text) => text.trim()).filter(Boolean).join(" · ");
  if (joined.length <= length) return joined;
  const cut = joined.slice(0, length - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > length / 2 ? cut.slice(0, space) : cut).replace(/[\s\u00b7,;:]+$/, "")}…`; // · escaped: the bundle stays ASCII (src/cli/launch.mjs)
}
