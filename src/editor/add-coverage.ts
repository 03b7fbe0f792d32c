import { parseContentFile } from "../content/index.ts";
import { outletKey, knownOutlet, type OutletAliases } from "./outlet-names.ts";

/** Another outlet's report of the same story, as `coverage:` lists it. */
export interface CoverageEntry {
  name: string;
  url?: string;
  title?: string;
  lang?: string;
  date?: string;
}

// A double-quoted YAML string: JSON's quoting is valid YAML 1.2.
const yamlString = (text: string) => JSON.stringify(text);

function entryLines(entry: CoverageEntry, indent: string): string[] {
  const fields = (["name", "url", "title", "lang", "date"] as const).filter((key) => entry[key] !== undefined);
  return fields.map((key, i) => `${indent}${i === 0 ? "- " : "  "}${key}: ${yamlString(entry[key]!)}`);
}

/** The outlet names an article's `source` and `coverage` already use. */
function namesIn(data: Record<string, unknown>): { source?: string; coverage: string[] } {
  const source = typeof data.source === "string" ? data.source : (data.source as { name?: unknown } | undefined)?.name;
  const coverage = Array.isArray(data.coverage) ? data.coverage.map((item) => (item as { name?: unknown } | null)?.name) : [];
  return {
    ...(typeof source === "string" ? { source } : {}),
    coverage: coverage.filter((name): name is string => typeof name === "string"),
  };
}

/**
 * `text` (an article file) with `entry` added at the end of its `coverage:` list, creating the
 * list at the end of the frontmatter when there is none. Every other line, comment and blank
 * line is kept as it was. Refused: an outlet already in the list or the article's own `source`
 * (compared by their usual names, see `outlet-names.ts`), and a list written on one line.
 */
export function addCoverage(text: string, file: string, entry: CoverageEntry, outlets: OutletAliases = {}): { ok: true; text: string } | { ok: false; error: string } {
  const fail = (error: string) => ({ ok: false as const, error: `${file}: ${error}` });
  const parsed = parseContentFile(new TextEncoder().encode(text));
  if ("message" in parsed) return fail(`${parsed.message}; fix the file first (npm run check)`);

  const same = (name: string) => (knownOutlet(name, outlets) ?? outletKey(name)) === (knownOutlet(entry.name, outlets) ?? outletKey(entry.name));
  const { source, coverage } = namesIn(parsed.data);
  if (source !== undefined && same(source)) return fail(`${entry.name} is the article's source already, not other coverage: pass --source for another outlet`);
  const listed = coverage.find(same);
  if (listed !== undefined) return fail(`${entry.name} is already in its coverage (as ${JSON.stringify(listed)}): edit that entry instead`);

  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  const lines = text.split(eol);
  const close = lines.findIndex((line, i) => i > 0 && /^(?:---|\.\.\.)\s*$/.test(line));
  const key = lines.findIndex((line, i) => i > 0 && i < close && /^coverage\s*:/.test(line));

  let insertAt: number;
  let indent = "  ";
  let added: string[] = [];
  if (key < 0) {
    insertAt = close;
    added = ["coverage:"];
  } else {
    const [, value = "", comment = ""] = /^coverage\s*:\s*([^#]*?)\s*(#.*)?$/.exec(lines[key]!) ?? [];
    if (value === "[]") {
      lines[key] = comment ? `coverage: ${comment}` : "coverage:";
    } else if (value !== "") {
      return fail("coverage is written on one line: write it as a list, one `- name: …` entry a line, to add to it");
    }
    let end = key + 1;
    while (end < close && (/^\s/.test(lines[end]!) || lines[end]!.startsWith("-") || lines[end]!.startsWith("#") || !lines[end]!.trim())) end++;
    // Blank lines and comments at the margin after the list belong to what follows it.
    while (end > key + 1 && (!lines[end - 1]!.trim() || lines[end - 1]!.startsWith("#"))) end--;
    insertAt = end;
    const firstItem = lines.slice(key + 1, end).find((line) => /^\s*-\s/.test(line));
    if (firstItem !== undefined) indent = /^(\s*)/.exec(firstItem)![1]!;
  }
  lines.splice(insertAt, 0, ...added, ...entryLines(entry, indent));
  const result = lines.join(eol);

  // The edit must leave a file that reads back with the entry at the end of the list.
  const check = parseContentFile(new TextEncoder().encode(result));
  const after = "message" in check ? [] : namesIn(check.data).coverage;
  if (after.length !== coverage.length + 1 || after.at(-1) !== entry.name) {
    return fail("its coverage list has a shape this command cannot add to: add the entry by hand");
  }
  return { ok: true, text: result };
}
