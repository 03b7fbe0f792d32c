import { fieldLine, type ParsedFile } from "./frontmatter.ts";
import { fieldName } from "./field-name.ts";
import type { Problem } from "./problems.ts";
import { codePointList, removeUnpairedBidi, removeXmlForbidden } from "../text/index.ts";

/** Fields whose characters are refused, not removed: an address must be published as written or not at all (see http-url.ts). */
const refusedNotRemoved = ["source.url"];

type FieldPath = (string | number)[];

/**
 * A content file without the characters that would break a feed (XML-forbidden controls such as
 * Word's line break U+000B) or turn the site's own text around (unclosed direction controls),
 * with a warning for each field and for the body that lost some. Done once, where files are
 * read, so every output — pages, feeds, sitemaps, search — gets the same clean text.
 */
export function cleanContentFile(file: string, parsed: ParsedFile): { parsed: ParsedFile; problems: Problem[] } {
  const problems: Problem[] = [];
  const warn = (field: string, line: number, column: number, message: string) => problems.push({ file, line, column, field, message, severity: "warning" });

  const data = cleanValue(parsed.data, [], (path, xml, bidi) => {
    const line = fieldLine(parsed.frontmatterLines, path);
    if (xml.length) warn(fieldName(path), line, 1, xmlMessage(xml));
    if (bidi.length) warn(fieldName(path), line, 1, bidiMessage(bidi));
  }) as Record<string, unknown>;

  const { text: body, removed } = removeXmlForbidden(parsed.body);
  if (removed.length) {
    const first = parsed.body.indexOf(removed[0]!);
    const before = parsed.body.slice(0, first);
    const line = (parsed.bodyLine ?? 1) + (before.match(/\n/g)?.length ?? 0);
    warn("body", line, first - before.lastIndexOf("\n"), xmlMessage(removed));
  }
  return data === parsed.data && body === parsed.body ? { parsed, problems } : { parsed: { ...parsed, data, body }, problems };
}

/** `value` with its strings cleaned; the same object when nothing changed. */
function cleanValue(value: unknown, path: FieldPath, report: (path: FieldPath, xml: string[], bidi: string[]) => void): unknown {
  if (typeof value === "string") {
    if (refusedNotRemoved.includes(path.join("."))) return value;
    const xml = removeXmlForbidden(value);
    const bidi = removeUnpairedBidi(xml.text);
    if (xml.removed.length || bidi.removed.length) report(path, xml.removed, bidi.removed);
    return bidi.text;
  }
  if (Array.isArray(value)) {
    const items = value.map((item, i) => cleanValue(item, [...path, i], report));
    return items.some((item, i) => item !== value[i]) ? items : value;
  }
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value).map(([key, item]) => [key, cleanValue(item, [...path, key], report)] as const);
    return entries.some(([key, item]) => item !== (value as Record<string, unknown>)[key]) ? Object.fromEntries(entries) : value;
  }
  return value;
}

const xmlMessage = (removed: string[]) =>
  `removed ${removed.length === 1 ? "a character" : `${removed.length} characters`} that feeds cannot carry (${codePointList(removed)}): delete ${removed.length === 1 ? "it" : "them"} from the file`;

const bidiMessage = (removed: string[]) =>
  `removed ${removed.length === 1 ? "a direction control" : `${removed.length} direction controls`} (${codePointList(removed)}) not closed in this field, which would turn the site's own text beside it around: delete ${removed.length === 1 ? "it" : "them"} from the file`;
