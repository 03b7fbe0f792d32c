// `npm run same-site -- <git revision> [--articles dir]`: builds the site with that revision and
// with the working tree, same content and same "now", and compares the two outputs file by file.
// For changes meant to leave the site as it was (a refactor): exit 0 only when they are identical.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { commandLine } from "../editor/index.ts";

const root = path.resolve(import.meta.dirname, "../..");
const now = "2024-01-01T00:00:00+07:00";
// The build's own marker, and nothing else, may differ (builds before it wrote none).
const ignored = new Set([".built-by-news-digest"]);

function build(tree: string, articles: string, output: string): void {
  const result = spawnSync(process.execPath, ["--import", "tsx", "src/cli/build.ts", "--articles", articles, "--output", output, "--now", now], { cwd: tree, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`the build in ${tree} failed:\n${result.stdout}${result.stderr}`);
}

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !ignored.has(entry.name))
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}

/** The files only one side has, and those whose bytes differ. */
export function siteDifferences(a: string, b: string): string[] {
  const [left, right] = [files(a), files(b)];
  const inRight = new Set(right);
  const inLeft = new Set(left);
  return [
    ...left.filter((f) => !inRight.has(f)).map((f) => `only before: ${f}`),
    ...right.filter((f) => !inLeft.has(f)).map((f) => `only now: ${f}`),
    ...left.filter((f) => inRight.has(f) && !readFileSync(path.join(a, f)).equals(readFileSync(path.join(b, f)))).map((f) => `differs: ${f}`),
  ];
}

function main(): number {
  const usage = "Usage: npm run same-site -- <git revision> [--articles dir]";
  const parsed = commandLine(process.argv.slice(2), { command: "npm run same-site", options: { articles: { type: "string", default: "articles" } }, usage, positionals: true });
  if (typeof parsed === "number") return parsed;
  const { values, positionals } = parsed;
  const revision = positionals[0];
  if (!revision) {
    console.error(usage);
    return 2;
  }
  const work = mkdtempSync(path.join(tmpdir(), "digest-same-site-"));
  const before = path.join(work, "tree");
  try {
    execFileSync("git", ["worktree", "add", "--detach", "--quiet", before, revision], { cwd: root });
    symlinkSync(path.join(root, "node_modules"), path.join(before, "node_modules"));
    const articles = path.resolve(values.articles);
    build(before, articles, path.join(work, "before"));
    build(root, articles, path.join(work, "now"));
    const differences = siteDifferences(path.join(work, "before"), path.join(work, "now"));
    for (const line of differences) console.log(line);
    console.log(differences.length ? `${differences.length} files differ from ${revision}` : `The site is byte-identical to ${revision}'s (${files(path.join(work, "now")).length} files).`);
    return differences.length ? 1 : 0;
  } finally {
    spawnSync("git", ["worktree", "remove", "--force", before], { cwd: root });
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) process.exitCode = main();
