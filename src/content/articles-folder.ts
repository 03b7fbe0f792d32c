import { readdirSync, realpathSync, statSync } from "node:fs";
import path from "node:path";
import type { Problem } from "./problems.ts";
import { closestMatch } from "./suggest.ts";

/**
 * The articles folder does not exist (or is a file): an error for the build and the check alike,
 * so a typo in --articles never publishes an empty site. `shown` is the folder as messages name it.
 */
export function articlesFolderMissing(dir: string, shown: string): Problem | undefined {
  const at = { file: shown, field: "folder", severity: "error" as const };
  let info;
  try {
    info = statSync(dir);
  } catch {
    const guess = closestMatch(path.basename(dir), siblingFolders(dir));
    return { ...at, message: `this folder does not exist: name the articles folder with --articles or DIGEST_ARTICLES${guess ? ` (did you mean ${path.join(path.dirname(shown), guess)}?)` : ""}` };
  }
  return info.isDirectory() ? undefined : { ...at, message: "this is not a folder: name the articles folder with --articles or DIGEST_ARTICLES" };
}

/**
 * The articles folder holds no article: an error for a build unless the editor allows an empty
 * site (`severity` "warning"), a warning for a check. Asked once the content loaded, so a broken
 * file's own message comes first.
 */
export function articlesFolderEmpty(dir: string, shown: string, severity: Problem["severity"]): Problem | undefined {
  if (holdsArticle(dir)) return undefined;
  const allow = severity === "error" ? ", or build with --allow-empty to publish an empty site" : "";
  return { file: shown, field: "folder", severity, message: `no articles here (no .md file outside topics/): check --articles or DIGEST_ARTICLES${allow}` };
}

function siblingFolders(dir: string): string[] {
  try {
    return readdirSync(path.dirname(dir), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
  } catch {
    return [];
  }
}

/** Whether any `.md` file lies under `dir` outside `topics/`, as load.ts finds articles; stops at the first. */
function holdsArticle(dir: string, seen = new Set<string>()): boolean {
  let real;
  try {
    real = realpathSync(dir);
  } catch {
    return false;
  }
  if (seen.has(real)) return false; // a symlink loop: load.ts reports it
  seen.add(real);
  const topics = seen.size === 1 ? "topics" : undefined;
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return true; // unreadable: not known to be empty, and the load says why
  }
  const folders: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith(".") || entry.name === topics) continue;
    const absolute = path.join(dir, entry.name);
    const kind = entry.isSymbolicLink() ? statKind(absolute) : entry.isDirectory() ? "folder" : entry.isFile() ? "file" : undefined;
    if (kind === "file" && entry.name.toLowerCase().endsWith(".md")) return true;
    if (kind === "folder") folders.push(absolute);
  }
  return folders.some((folder) => holdsArticle(folder, seen));
}

function statKind(absolute: string): "file" | "folder" | undefined {
  try {
    const info = statSync(absolute);
    return info.isDirectory() ? "folder" : info.isFile() ? "file" : undefined;
  } catch {
    return undefined;
  }
}
