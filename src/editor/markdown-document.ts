import yaml from "js-yaml";

/**
 * A content file: the fields as a YAML frontmatter block, then the Markdown body. js-yaml
 * writes the YAML, so a title with a colon, a quote or a `#` can never break the block; every
 * string is double-quoted (a date stays text, `no` stays a word), non-ASCII letters are written
 * as they are and long lines are never folded.
 */
export function markdownDocument(fields: Record<string, unknown>, body: string): string {
  const frontmatter = yaml.dump(fields, { forceQuotes: true, quotingType: '"', lineWidth: -1, noRefs: true });
  const text = body.replace(/\s+$/, "");
  return `---\n${frontmatter}---\n${text ? `${text}\n` : ""}`;
}
