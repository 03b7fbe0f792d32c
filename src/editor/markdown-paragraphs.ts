// What Markdown would read as something other than text at the start of a line, and where the
// backslash goes that keeps it text.
const lineStartRules: [RegExp, string][] = [
  [/^([-*_])(?=(?:[ \t]*\1){2,}[ \t]*$)/u, "\\$1"], // --- *** ___: a rule
  [/^([#>])/u, "\\$1"], // # heading, > quote
  [/^([-*+])(?=\s|$)/u, "\\$1"], // - * + list item
  [/^(\d{1,9})([.)])(?=\s|$)/u, "$1\\$2"], // 1. 1) numbered item (also "2023. …")
  [/^(`{3,}|~{3,})/u, "\\$1"], // ``` ~~~ code fence
  [/^(<)(?=[\p{L}/!?])/u, "\\$1"], // <div>, <!-- -->: raw HTML
  [/^(\[)(?=[^\]]+\]:)/u, "\\$1"], // [x]: url, a link definition that would vanish
];

/** One line of text made safe to start a Markdown line; only a leading construct is escaped. */
export function escapeLineStart(line: string): string {
  for (const [pattern, replacement] of lineStartRules) {
    if (pattern.test(line)) return line.replace(pattern, replacement);
  }
  return line;
}

/** Paragraphs of plain text as Markdown paragraphs, one blank line apart. */
export function markdownParagraphs(paragraphs: string[]): string {
  return paragraphs.map(escapeLineStart).join("\n\n");
}
