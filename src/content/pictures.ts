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
const fence = /^ {0,3}(`{3,}|~{3,})/;

/**
 * The local pictures a Markdown body shows (`![alt](./photo.jpg "caption")`), with their file
 * lines; web addresses are left to the page as they are. Skips fenced code and code spans, so a
 * sample of Markdown in a code block is not taken for a picture. Most bodies have none and cost one search.
 */
export function bodyPictures(body: string, bodyLine: number): Picture[] {
  if (!body.includes("![")) return [];
  const pictures: Picture[] = [];
  let inFence: string | undefined;
  for (const [i, raw] of body.split("\n").entries()) {
    const marker = fence.exec(raw)?.[1];
    if (marker && (!inFence || marker.startsWith(inFence))) {
      inFence = inFence ? undefined : marker;
      continue;
    }
    if (inFence || !raw.includes("![")) continue;
    const line = raw.replace(/(`+)[^`]*?\1/g, (code) => " ".repeat(code.length));
    for (const match of line.matchAll(inlineImage)) {
      const src = unescapeMarkdown(match[2]!.replace(/^<|>$/g, ""));
      if (!isLocalPath(src)) continue;
      const title = match[3] ?? match[4];
      pictures.push({ src, alt: unescapeMarkdown(match[1]!).trim(), caption: title ? unescapeMarkdown(title) : undefined, line: bodyLine + i });
    }
  }
  return pictures;
}

/** A path in the project, not a web address (`https:`, `data:`, `//host`). */
export function isLocalPath(src: string): boolean {
  return !/^[a-z][a-z0-9+.-]*:/i.test(src) && !/^[/\\]{2}/.test(src);
}

const unescapeMarkdown = (text: string) => text.replace(/\\([!-/:-@[-`{-~])/g, "$1");
