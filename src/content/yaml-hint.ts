import { quote } from "../text/index.ts";

/**
 * YAML's own reason in plain words, for two slips editors make: a quote left open (named at the
 * line where it opened) and a colon in an unquoted value. `lines[i]` is file line i + 1.
 */
export function yamlHint(lines: readonly string[], errorLine: number): { line: number; message: string } | undefined {
  for (let i = 0; i < Math.min(errorLine, lines.length); i++) {
    const value = /^\s*[\w-]+\s*:\s*(["'])(.*)$/.exec(lines[i]!);
    if (value && !closes(value[2]!, value[1]!)) {
      return { line: i + 1, message: `the quote opened on line ${i + 1} is never closed: end the value with ${value[1]} on that line` };
    }
  }
  const colon = /^\s*([\w-]+)\s*:\s+([^"'[{|>#\s][^#]*?:\s.*)$/.exec(lines[errorLine - 1] ?? "");
  if (colon) {
    const [, field, text] = colon;
    return { line: errorLine, message: `the ${field} has a colon in it, which YAML reads as a new field: put it in quotes, e.g. ${field}: ${quote(text!.trim())}` };
  }
  return undefined;
}

/** True when a value that began with `mark` ends it on the same line ('' inside '…' is a quote, \" inside "…"). */
function closes(rest: string, mark: string): boolean {
  const body = mark === '"' ? rest.replace(/\\./g, "") : rest.replace(/''/g, "");
  return body.includes(mark);
}
