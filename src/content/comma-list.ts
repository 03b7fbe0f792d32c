import { shorten } from "../text/index.ts";

/**
 * `tags: beras, impor` is YAML for one text, "beras, impor": the editor meant a list. Says how to
 * write it as one, or undefined when `value` is no such text.
 */
export function commaListError(field: string, value: unknown): string | undefined {
  if (typeof value !== "string" || !value.includes(",")) return undefined;
  const items = value.split(",").map((item) => item.trim()).filter(Boolean);
  if (items.length < 2) return undefined;
  return `is one text with commas, not a list: write ${field}: ${shorten(`[${items.join(", ")}]`)}`;
}
