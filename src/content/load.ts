import { closeSync, fstatSync, openSync, readFileSync, statSync } from "node:fs";
import { readdir, realpath, stat } from "node:fs/promises";
import path from "node:path";
import { cleanContentFile } from "./clean-content.ts";
import { parseContentFile, type ParsedFile } from "./frontmatter.ts";
import { bodyPictures, type Picture } from "./pictures.ts";
import { placeholderLine } from "./placeholders.ts";
import type { Problem } from "./problems.ts";

/**
 * Ten times a long article (100 kB), and small enough that any file under it checks and renders
 * in seconds: at 16 MB a valid list of a million items took a minute (see tests/security/nesting.test.ts).
 */
export const maxContentFileBytes = 1024 * 1024;

export interface ContentFile {
  /** Path relative to the project root, forward slashes, e.g. `articles/2023/x.md`. */
  file: string;
  kind: "article" | "topic" | "entity" | "outlet";
  parsed: ParsedFile;
  bodyFacts: BodyFacts;
  /** When the file last changed (ms since 1970), when read from disk: of two clashing files, the newer made the clash. */
  modifiedMs?: number;
}

/** What the checks after loading need of a body, found as its file is read: a build lets the body itself go once it is rendered. */
export interface BodyFacts {
  /** The local pictures an article's body shows (none for other files). */
  pictures: Picture[];
  /** The file line of the text `npm run new` left to replace, while it is still there. */
  placeholderLine?: number;
}

/** A content file as read, with the facts of its body. */
export function contentFile(file: string, kind: ContentFile["kind"], parsed: ParsedFile): ContentFile {
  const pictures = kind === "article" ? bodyPictures(parsed.body, parsed.bodyLine ?? 1) : [];
  return { file, kind, parsed, bodyFacts: { pictures, placeholderLine: placeholderLine(kind, parsed) } };
}

export interface LoadedContent {
  files: ContentFile[];
  problems: Problem[];
  /** Topic files that could not be read or parsed: their own error says why, so articles naming them need not. */
  unreadTopics: string[];
}

/** What one file gave last time, and the size and time of change it had then. */
interface FileOutcome {
  size: number;
  mtimeMs: number;
  file?: ContentFile;
  problems: Problem[];
}

/**
 * Kept by the dev server between rebuilds: a file whose size and time of change are as they were
 * is not read and parsed again. (A build reads everything once and needs none.)
 */
export type LoadCache = Map<string, FileOutcome>;

/**
 * Every `*.md` under `articlesDir` at any depth is an article, except `topics/*.md`, which are
 * topics, `entities/*.md`, the registry of people, places and organisations, and `sources/*.md`, the registry of outlets. Files come back sorted by path so every later step sees the same order on every machine.
 * `onRead` is told of each file as soon as it is read without error, so a build can start on it
 * (render its Markdown on another core) while this thread goes on. When it answers that it took
 * the body for good, the file keeps an empty body: a big site's text is not held twice, as
 * Markdown and as HTML (its body facts were taken as it was read).
 */
export async function loadContent(
  articlesDir: string,
  projectRoot = process.cwd(),
  { cache, onRead }: { cache?: LoadCache; onRead?: (file: ContentFile) => boolean } = {},
): Promise<LoadedContent> {
  const problems: Problem[] = [];
  const relative = (absolute: string) => {
    const inProject = path.relative(projectRoot, absolute);
    const outside = inProject === ".." || inProject.startsWith(`..${path.sep}`) || path.isAbsolute(inProject);
    return (outside ? absolute : inProject).split(path.sep).join("/");
  };
  const paths = await findMarkdownFiles(articlesDir, (absolute, message) =>
    problems.push({ file: relative(absolute), field: "file", message, severity: "error" }),
  );
  paths.sort();

  const topicsDir = path.join(articlesDir, "topics");
  // What the cache holds for files unchanged since, checked with one stat each: a rebuild of a
  // big site reads only the files saved since the last one.
  const outcomes: (FileOutcome | undefined)[] = paths.map((absolute) => unchanged(absolute, cache?.get(absolute)));
  const toRead = paths.flatMap((absolute, i) => (outcomes[i] ? [] : [i]));
  for (const [n, i] of toRead.entries()) {
    const absolute = paths[i]!;
    const read = readContentFile(absolute);
    const file = relative(absolute);
    const kind = contentKind(absolute, articlesDir);
    const outcome = { ...read.stats, ...parseContent(file, kind, read.bytes) };
    if (outcome.file) outcome.file.modifiedMs = read.stats.mtimeMs;
    if (outcome.file && !outcome.problems.some((p) => p.severity === "error") && onRead?.(outcome.file)) {
      outcome.file.parsed = { ...outcome.file.parsed, body: "" };
    }
    cache?.set(absolute, outcome);
    outcomes[i] = outcome;
    if (n % 64 === 63) await new Promise(setImmediate); // let the Markdown workers' answers in
  }
  if (cache) {
    const current = new Set(paths);
    for (const absolute of cache.keys()) if (!current.has(absolute)) cache.delete(absolute);
  }
  const read = outcomes as FileOutcome[];
  const files = read.flatMap((o) => (o.file ? [o.file] : []));
  const unreadTopics = paths.flatMap((absolute, i) => (path.dirname(absolute) === topicsDir && !read[i]!.file ? [relative(absolute)] : []));
  return { files, problems: problems.concat(...read.map((o) => o.problems)), unreadTopics };
}

/**
 * What a `.md` file under `articlesDir` is, by the folder it is in: `topics/`, `entities/` and
 * `sources/` right under it hold topics and the registries, every other folder articles.
 */
export function contentKind(absolute: string, articlesDir: string): ContentFile["kind"] {
  const folder = path.dirname(absolute);
  const is = (name: string) => folder === path.join(articlesDir, name);
  return is("topics") ? "topic" : is("entities") ? "entity" : is("sources") ? "outlet" : "article";
}

function parseContent(file: string, kind: ContentFile["kind"], bytes: Uint8Array | string): Pick<FileOutcome, "file" | "problems"> {
  if (typeof bytes === "string") return { problems: [{ file, field: "file", message: bytes, severity: "error" }] };
  const read = parseContentFile(bytes);
  if ("message" in read) {
    return { problems: [{ file, line: read.line, column: read.column, field: "frontmatter", message: read.message, severity: "error" }] };
  }
  const { parsed, problems } = cleanContentFile(file, read);
  return { file: contentFile(file, kind, parsed), problems };
}

/** What a file gave last time, if its size and time of change are as they were then. */
function unchanged(absolute: string, last: FileOutcome | undefined): FileOutcome | undefined {
  if (!last) return undefined;
  // Synchronous: one stat is far cheaper than a trip through the thread pool, and this runs only in the dev server.
  try {
    const stats = statSync(absolute);
    return stats.size === last.size && stats.mtimeMs === last.mtimeMs ? last : undefined;
  } catch {
    return undefined; // gone or unreadable: reading it again says why
  }
}

/**
 * The bytes of a content file, or why they cannot be had, in an editor's words. Never throws.
 * Synchronous: small files in the page cache read faster this way than through the thread pool, which
 * costs a promise and a trip per open, stat, read and close.
 */
function readContentFile(absolute: string): { bytes: Uint8Array | string; stats: Pick<FileOutcome, "size" | "mtimeMs"> } {
  let fd: number | undefined;
  let stats = { size: -1, mtimeMs: -1 };
  try {
    fd = openSync(absolute, "r");
    const { size, mtimeMs } = fstatSync(fd);
    stats = { size, mtimeMs };
    if (size > maxContentFileBytes) {
      return { stats, bytes: `this file is ${(size / 1024 / 1024).toFixed(1)} MB; a content file may be at most ${maxContentFileBytes / 1024 / 1024} MB` };
    }
    return { stats, bytes: readFileSync(fd) };
  } catch (error) {
    return { stats, bytes: `this file could not be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}): check that it exists and is readable` };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Walks symlinks too, but visits each real folder once, so a symlink loop is reported, not followed forever. */
async function findMarkdownFiles(root: string, report: (absolute: string, message: string) => void): Promise<string[]> {
  const found: string[] = [];
  const seen = new Set<string>();
  let rootReal: string;
  try {
    rootReal = await realpath(root);
  } catch {
    return found; // no articles/ folder: an empty site
  }
  const walk = async (dir: string, real: string): Promise<void> => {
    if (seen.has(real)) {
      report(dir, "this folder links back to a folder already read (a symlink loop): remove the link");
      return;
    }
    seen.add(real);
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      report(dir, `this folder could not be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}): check its permissions`);
      return;
    }
    for (const entry of entries) {
      if (entry.name.startsWith(".")) continue;
      const absolute = path.join(dir, entry.name);
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      let target = absolute;
      if (entry.isSymbolicLink()) {
        try {
          target = await realpath(absolute);
          const info = await stat(target);
          isDir = info.isDirectory();
          isFile = info.isFile();
        } catch {
          report(absolute, "this symlink points nowhere (or loops on itself): fix or remove it");
          continue;
        }
      }
      if (isDir) await walk(absolute, target);
      else if (isFile && entry.name.toLowerCase().endsWith(".md")) found.push(absolute);
    }
  };
  await walk(root, rootReal);
  return found;
}
