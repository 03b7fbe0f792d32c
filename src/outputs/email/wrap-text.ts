/** Plain-text email lines are kept to this many characters (RFC 3676's advice for readers' screens). */
export const textWidth = 72;

/**
 * `text` broken at spaces into lines of at most `width` characters (code points), each line
 * starting with `indent`; a word longer than a line (a URL) stands alone on its line, unbroken,
 * so it stays clickable.
 */
export function wrapText(text: string, width = textWidth, indent = ""): string {
  const lines: string[] = [];
  let line = "";
  let length = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const wordLength = [...word].length;
    if (line && [...indent].length + length + 1 + wordLength > width) {
      lines.push(indent + line);
      line = word;
      length = wordLength;
    } else {
      line = line ? `${line} ${word}` : word;
      length += (length ? 1 : 0) + wordLength;
    }
  }
  if (line) lines.push(indent + line);
  return lines.join("\n");
}
