// Characters an editor's text may hold that would break or disguise what the site publishes.

/** What XML 1.0 forbids (most C0 controls such as Word's line break U+000B, U+FFFE, U+FFFF, lone surrogates): one in a feed makes it not well-formed. */
const xmlForbidden = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** `text` without characters XML forbids, and those characters in order. */
export function removeXmlForbidden(text: string): { text: string; removed: string[] } {
  const removed = text.match(xmlForbidden);
  return removed ? { text: text.replace(xmlForbidden, ""), removed } : { text, removed: [] };
}

const embeddingOpeners = "\u202A\u202B\u202D\u202E"; // LRE RLE LRO RLO, closed by PDF U+202C
const isolateOpeners = "\u2066\u2067\u2068"; // LRI RLI FSI, closed by PDI U+2069
const bidiControl = /[\u202A-\u202E\u2066-\u2069]/;

/**
 * `text` without the direction controls that are not closed in it (and closers that close
 * nothing), and those controls in order. An unclosed U+202E (right-to-left override) in a
 * source name would reverse the site's own words after it on the page; paired ones stay.
 */
export function removeUnpairedBidi(text: string): { text: string; removed: string[] } {
  if (!bidiControl.test(text)) return { text, removed: [] };
  const unpaired = new Set<number>();
  const open: { index: number; isolate: boolean }[] = [];
  let isolates = 0; // how many of `open` are isolates
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (embeddingOpeners.includes(c)) open.push({ index: i, isolate: false });
    else if (isolateOpeners.includes(c)) {
      open.push({ index: i, isolate: true });
      isolates++;
    } else if (c === "\u202C") {
      if (open.length && !open[open.length - 1]!.isolate) open.pop();
      else unpaired.add(i);
    } else if (c === "\u2069") {
      if (!isolates) unpaired.add(i);
      else {
        // A closed isolate closes the embeddings left open inside it too; strict nesting keeps them out.
        for (let top = open.pop(); top && !top.isolate; top = open.pop()) unpaired.add(top.index);
        isolates--;
      }
    }
  }
  for (const o of open) unpaired.add(o.index);
  if (!unpaired.size) return { text, removed: [] };
  const at = [...unpaired].sort((a, b) => a - b);
  const removed = at.map((i) => text[i]!);
  let kept = "";
  let from = 0;
  for (const i of at) {
    kept += text.slice(from, i);
    from = i + 1;
  }
  return { text: kept + text.slice(from), removed };
}

/** `U+000B, U+0001`: distinct code points, the first five. */
export function codePointList(characters: readonly string[]): string {
  const distinct = [...new Set(characters)];
  const shown = distinct.slice(0, 5).map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`);
  return distinct.length > 5 ? `${shown.join(", ")}, …` : shown.join(", ");
}
