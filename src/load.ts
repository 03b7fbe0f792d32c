import { readdir, readFile, realpath, stat } from "node:fs/promises";
import path from "node:path";
import { parseContentFile, type ParsedFile } from "./frontmatter.ts";
import type { Problem } from "./problems.ts";

export interface ContentFile {
  /** Path relative to the project root, forward slashes, e.g. `articles/2023/x.md`. */
  file: string;
  kind: "article" | "topic";
  parsed: ParsedFile;
}

export interface LoadedContent {
  files: ContentFile[];
  problems: Problem[];
}

/**
 * Every `*.md` under `articlesDir` at any depth is an article, except `topics/*.md`, which are
 * topics. Files come back sorted by path so every later step sees the same order on every machine.
 */
export async function loadContent(articlesDir: string, projectRoot = process.cwd()): Promise<LoadedContent> {
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
  const files: ContentFile[] = [];
  // Bounded batches: a huge archive must not open every file at once.
  for (let start = 0; start < paths.length; start += 64) {
   await Promise.all(
    paths.slice(start, start + 64).map(async (absolute, offset) => {
      const index = start + offset;
      const file = relative(absolute);
      const parsed = parseContentFile(await readFile(absolute));
      if ("message" in parsed) {
        problems.push({ file, line: parsed.line, column: parsed.column, field: "frontmatter", message: parsed.message, severity: "error" });
        return;
      }
      const kind = path.dirname(absolute) === topicsDir ? "topic" : "article";
      files[index] = { file, kind, parsed };
    }),
   );
  }
  return { files: files.filter(Boolean), problems };
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
    const entries = await readdir(dir, { withFileTypes: true });
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
