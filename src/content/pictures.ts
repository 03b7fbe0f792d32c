/** A picture an article shows, as the editor wrote it; checkPictures finds its file. */
export interface Picture {
  /** As written: relative to the article's folder, or to the articles folder when it starts with `/`. */
  src: string;
  /** Empty when the editor gave none (an error checkPictures reports). */
  alt: string;
  credit?: string;
  caption?: string;
  /** The file line it is written on. */
  line: number;
  /** Written as a reference (`![alt][label]`): the label as written and the line of its `[label]: src` definition. */
  reference?: { label: string; line: number };
  /** Filled in by checkPictures once the file is found and read. */
  file?: PictureFile;
}

/** A picture file as its header describes it: nothing is decoded to learn this. */
export interface PictureFile {
  /** Absolute path. */
  path: string;
  width: number;
  height: number;
  /** sharp's name: jpeg, png, webp, gif, heif (AVIF), svg. */
  format: string;
  /** Size and time of change: a page showing the picture is written again when either changes. */
  bytes: number;
  modifiedMs: number;
}

/** The `image:` field once the schema accepted it. */
export function leadPicture(image: { src: string; alt?: string; credit?: string; caption?: string }, line: number): Picture {
  return { src: image.src, alt: image.alt ?? "", credit: image.credit, caption: image.caption, line };
}

// `![alt](src "title")`, with the src in <…> or bare; a title in double or single quotes.
const inlineImage = /!\[((?:\\.|[^\]\\\n])*)\]\(\s*(<[^>\n]*>|[^\s)]+)(?:\s+(?:"((?:\\.|[^"\\\n])*)"|'((?:\\.|[^'\\\n])*)'))?\s*\)/g;
// `![alt][label]`, `![alt][]` and `![alt]` (the last two take the alt as label); not `![alt](…)`.
const referenceImage = /!\[((?:\\.|[^\]\\\n])*)\](?:\[((?:\\.|[^\]\\\n])*)\]|(?![(\[:]))/g;
// `[label]: src "title"`: up to three spaces in, the src in <…> or bare, a title in "", '' or ().
const definition = /^ {0,3}\[((?:\\.|[^\]\\\n])+)\]:\s*(<[^>\n]*>|\S+)(?:\s+(?:"((?:\\.|[^"\\\n])*)"|'((?:\\.|[^'\\\n])*)'|\(((?:\\.|[^()\\\n])*)\)))?\s*$/;
// A definition's title alone on the next line.
const titleLine = /^\s+(?:"((?:\\.|[^"\\\n])*)"|'((?:\\.|[^'\\\n])*)'|\(((?:\\.|[^()\\\n])*)\))\s*$/;
const fence = /^ {0,3}(`{3,}|~{3,})/;

/** Lines outside fenced code, with code spans blanked: Markdown shown as code holds no picture. */
function proseLines(body: string): { line: string; i: number }[] {
  const lines: { line: string; i: number }[] = [];
  let inFence: string | undefined;
  for (const [i, raw] of body.split("\n").entries()) {
    const marker = fence.exec(raw)?.[1];
    if (marker && (!inFence || marker.startsWith(inFence))) {
      inFence = inFence ? undefined : marker;
      continue;
    }
    if (!inFence) lines.push({ line: raw.includes("`") ? raw.replace(/(`+)[^`]*?\1/g, (code) => " ".repeat(code.length)) : raw, i });
  }
  return lines;
}

/** A reference label as Markdown compares them: case and runs of white space do not count. */
const labelKey = (label: string) => label.trim().replace(/\s+/g, " ").toLowerCase();

/** `[label]: src "title"` definitions by label; the first of two with one label counts, as in Markdown. */
function definitions(lines: { line: string; i: number }[]): Map<string, { src: string; title?: string; i: number }> {
  const found = new Map<string, { src: string; title?: string; i: number }>();
  for (const [n, { line, i }] of lines.entries()) {
    const match = line.includes("]:") ? definition.exec(line) : null;
    if (!match) continue;
    const next = lines[n + 1];
    const below = match[3] ?? match[4] ?? match[5] ?? (next?.i === i + 1 ? titleLine.exec(next.line) : null)?.slice(1).find((t) => t !== undefined);
    const key = labelKey(unescapeMarkdown(match[1]!));
    if (key && !found.has(key)) found.set(key, { src: unescapeMarkdown(match[2]!.replace(/^<|>$/g, "")), title: below, i });
  }
  return found;
}

/**
 * The local pictures a Markdown body shows, inline (`![alt](./photo.jpg "caption")`) or by
 * reference (`![alt][label]` with `[label]: ./photo.jpg "caption"`), with their file lines; web
 * addresses are left to the page as they are. Skips fenced code and code spans, so a sample of
 * Markdown in a code block is not taken for a picture. Most bodies have none and cost one search.
 */
export function bodyPictures(body: string, bodyLine: number): Picture[] {
  if (!body.includes("![")) return [];
  const pictures: Picture[] = [];
  const lines = proseLines(body);
  let references: ReturnType<typeof definitions> | undefined;
  for (const { line, i } of lines) {
    if (!line.includes("![")) continue;
    for (const match of line.matchAll(inlineImage)) {
      const src = unescapeMarkdown(match[2]!.replace(/^<|>$/g, ""));
      if (!isLocalPath(src)) continue;
      const title = match[3] ?? match[4];
      pictures.push({ src, alt: unescapeMarkdown(match[1]!).trim(), caption: title ? unescapeMarkdown(title) : undefined, line: bodyLine + i });
    }
    for (const match of line.matchAll(referenceImage)) {
      references ??= definitions(lines);
      const label = match[2] || match[1]!;
      const defined = references.get(labelKey(unescapeMarkdown(label)));
      if (!defined || !isLocalPath(defined.src)) continue;
      pictures.push({
        src: defined.src,
        alt: unescapeMarkdown(match[1]!).trim(),
        caption: defined.title ? unescapeMarkdown(defined.title) : undefined,
        line: bodyLine + i,
        reference: { label, line: bodyLine + defined.i },
      });
    }
  }
  return pictures;
}

/** A path in the project, not a web address (`https:`, `data:`, `//host`). */
export function isLocalPath(src: string): boolean {
  return !/^[a-z][a-z0-9+.-]*:/i.test(src) && !/^[/\\]{2}/.test(src);
}

const unescapeMarkdown = (text: string) => text.replace(/\\([!-/:-@[-`{-~])/g, "$1");
