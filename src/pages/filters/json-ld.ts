/**
 * JSON for a `<script type="application/ld+json">` block. `<`, `>` and `&` become \u escapes so
 * a `</script>` or `<!--` in a headline cannot end or change the block, and U+2028/U+2029 too,
 * which some JavaScript parsers read as line ends. JSON parsers read the escapes back unchanged.
 */
export function jsonLd(value: unknown): string {
  return JSON.stringify(value ?? null).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
