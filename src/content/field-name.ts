/** A field path as editors count: `topics[1]` is the first topic (like line numbers, from 1), `source.url` a field inside. */
export function fieldName(path: readonly (string | number)[]): string {
  return path.map((key, i) => (typeof key === "number" ? `[${key + 1}]` : i === 0 ? key : `.${key}`)).join("");
}
