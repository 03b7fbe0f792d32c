// `npm run build` and the folders it writes and reads, run as an editor would, in a copy of the
// project: it never replaces what no build wrote, says so in one line, and a typo in --articles
// does not publish an empty site.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { tempFolder } from "../helpers/temp-folder.ts";

const repo = path.resolve(import.meta.dirname, "../..");
const tsx = path.join(repo, "node_modules/.bin/tsx");
const now = "2024-01-01T00:00:00+07:00";

/** A copy of the project (src/ and node_modules linked), with a .git folder like a real checkout. */
function project(): string {
  const root = path.join(tempFolder("digest-output-cli-"), "project");
  mkdirSync(root);
  for (const name of ["layouts", "articles", "eleventy.config.ts", "package.json", "tsconfig.json"]) cpSync(path.join(repo, name), path.join(root, name), { recursive: true });
  for (const name of ["src", "node_modules"]) symlinkSync(path.join(repo, name), path.join(root, name));
  mkdirSync(path.join(root, ".git"));
  writeFileSync(path.join(root, ".git", "HEAD"), "ref: refs/heads/main\n");
  return root;
}

function run(root: string, script: "build" | "check", args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(tsx, [`src/cli/${script}.ts`, "--now", now, ...args], {
    cwd: root,
    encoding: "utf8",
    env: { ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith("DIGEST_"))), DIGEST_SEARCH: "off", ...env },
  });
  return { code: result.status, out: `${result.stdout}${result.stderr}`, lines: `${result.stdout}${result.stderr}`.split("\n").filter((l) => l.trim()) };
}
const build = (root: string, ...args: string[]) => run(root, "build", args);

/** Every file and folder under `folder` with its content, not following links: what a build must not touch. */
function snapshot(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .map((e) => path.join(e.parentPath, e.name))
    .map((file) => {
      const info = lstatSync(file);
      const what = info.isSymbolicLink() ? `-> ${readlinkSync(file)}` : info.isFile() ? readFileSync(file, "utf8").slice(0, 200) : "folder";
      return `${path.relative(folder, file)} ${what}`;
    })
    .sort();
}

const root = project();
const project0 = snapshot(root);
const parent = path.dirname(root);

test("--output naming the project, a folder above it, the articles, a file or someone's folder: one line, exit 1, nothing touched", () => {
  writeFileSync(path.join(root, "notes.txt"), "my notes");
  mkdirSync(path.join(root, "www"));
  writeFileSync(path.join(root, "www", "index.html"), "a site written by hand");
  const before = snapshot(parent);
  const cases: [string, string][] = [
    [".", "--output . is the project folder or a folder above it"],
    ["..", "--output .. is the project folder or a folder above it"],
    ["articles", "--output articles is articles/ or a folder in it"],
    ["articles/2023", "--output articles/2023 is articles/ or a folder in it"],
    ["notes.txt", "--output notes.txt is a file"],
    ["www", "--output www holds files no build wrote (it has no .built-by-news-digest file)"],
    [root, `--output ${root} is the project folder or a folder above it`],
  ];
  for (const [output, message] of cases) {
    const result = build(root, "--output", output);
    assert.is(result.code, 1, `${output}: ${result.out}`);
    assert.is(result.lines.length, 1, `${output}: one line:\n${result.out}`);
    assert.ok(result.lines[0]!.startsWith(message), `${output}: ${result.lines[0]}`);
    assert.equal(snapshot(parent), before, `${output} changed files`);
  }
});

test("a folder holding a project elsewhere is refused: it has articles/, src/ or .git", () => {
  const other = path.join(parent, "other-project");
  mkdirSync(path.join(other, ".git"), { recursive: true });
  writeFileSync(path.join(other, ".built-by-news-digest"), ""); // even with the marker
  const result = build(root, "--output", other);
  assert.is(result.code, 1);
  assert.equal(result.lines, [`--output ${other} holds .git/: it looks like a project, not a built site; choose a folder of its own, such as dist`]);
  assert.equal(readdirSync(other).sort(), [".built-by-news-digest", ".git"]);
});

test("dist is a link to the site's folder, readable by a web server of another user (umask 022), and a rebuild replaces it", () => {
  const previous = process.umask(0o022);
  try {
    const first = build(root);
    assert.is(first.code, 0, first.out);
    const dist = path.join(root, "dist");
    const firstVersion = readlinkSync(dist);
    assert.match(firstVersion, /^\.dist-builds\/[^/]+$/);
    assert.ok(existsSync(path.join(dist, "2023/09/13/kim-meets-putin-vostochny/index.html")));
    assert.is(statSync(path.join(root, firstVersion)).mode & 0o777, 0o755);
    assert.is(statSync(path.join(dist, "index.html")).mode & 0o777, 0o644);

    const second = build(root);
    assert.is(second.code, 0, second.out);
    assert.is.not(readlinkSync(dist), firstVersion);
    // The old site is removed by a process the build leaves behind, so the build need not wait for it.
    assert.not.ok(existsSync(path.join(root, firstVersion)), "the old site is out of the way at once");
    const versions = () => readdirSync(path.join(root, ".dist-builds"));
    for (let waited = 0; versions().length > 1 && waited < 30_000; waited += 100) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
    assert.equal(versions(), [path.basename(readlinkSync(dist))], "the old site is removed, no lock is left");
  } finally {
    process.umask(previous);
  }
});

test("staging folders left by killed builds of before are removed by the next build", () => {
  const staged = path.join(root, ".dist-staging-Q1w2E3");
  mkdirSync(staged);
  writeFileSync(path.join(staged, "index.html"), "a site a killed build left");
  mkdirSync(path.join(root, ".dist-staging-Q1w2E3-old"));
  const result = build(root);
  assert.is(result.code, 0, result.out);
  assert.not.ok(existsSync(staged));
  assert.not.ok(existsSync(`${staged}-old`));
});

test("a second build while one is writing dist stops with the first one's pid; a killed build's lock is taken over", () => {
  const dist = path.join(root, "dist");
  const served = readlinkSync(dist);
  const lock = path.join(root, ".dist-builds", "lock");
  writeFileSync(lock, `${process.pid}\n`); // this test's process stands for a build that is running
  const busy = build(root);
  assert.is(busy.code, 1);
  assert.equal(busy.lines, [`another build is writing dist (pid ${process.pid}): wait for it to finish, or remove ${lock} if that process is no build`]);
  assert.is(readlinkSync(dist), served);

  const ended = spawnSync(process.execPath, ["-e", "0"]).pid!;
  writeFileSync(lock, `${ended}\n`);
  const next = build(root);
  assert.is(next.code, 0, next.out);
  assert.not.ok(existsSync(lock));
  assert.is.not(readlinkSync(dist), served);
});

test("a dist that links to a folder the build did not make is refused, the link and the folder kept", () => {
  const other = project();
  const served = path.join(path.dirname(other), "www");
  mkdirSync(served);
  writeFileSync(path.join(served, "index.html"), "served by nginx");
  symlinkSync(served, path.join(other, "dist"));
  const result = build(other);
  assert.is(result.code, 1);
  assert.equal(result.lines, [`--output dist is a link to ${served}, which no build made: build into that folder with --output ${served}, or remove the link`]);
  assert.is(readlinkSync(path.join(other, "dist")), served);
  assert.equal(readdirSync(served), ["index.html"]);
});

test("a folder that cannot be written: one line naming it, no stack trace", () => {
  // /sys refuses new folders even to root (Linux).
  const result = build(root, "--output", "/sys/digest-site");
  assert.is(result.code, 1, result.out);
  assert.equal(result.lines.length, 1, result.out);
  assert.match(result.lines[0]!, /^cannot write in \/sys \((EPERM|EACCES)\): choose an --output in a folder you may write to, or fix its permissions$/);
});

test("a typo in --articles or DIGEST_ARTICLES fails the build and the check, and dist keeps the good site", () => {
  const served = readlinkSync(path.join(root, "dist"));
  const expected = "artcles  folder  error  this folder does not exist: name the articles folder with --articles or DIGEST_ARTICLES (did you mean articles?)";
  const typo = build(root, "--articles", "artcles");
  assert.is(typo.code, 1);
  assert.equal(typo.lines, [expected, "1 error, 0 warnings", "Build failed: dist/ is unchanged."]);
  const fromEnv = run(root, "build", [], { DIGEST_ARTICLES: "artcles" });
  assert.is(fromEnv.code, 1);
  assert.equal(fromEnv.lines[0], expected);
  assert.is(readlinkSync(path.join(root, "dist")), served);
  const check = run(root, "check", ["--articles", "artcles"]);
  assert.is(check.code, 1);
  assert.equal(check.lines, [expected, "1 error, 0 warnings"]);
});

test("a folder without articles fails the build unless --allow-empty; the check only warns", () => {
  mkdirSync(path.join(root, "no-articles", "topics"), { recursive: true });
  writeFileSync(path.join(root, "no-articles", "topics", "t.md"), "---\ntitle: A topic\n---\n");
  const served = readlinkSync(path.join(root, "dist"));
  const empty = build(root, "--articles", "no-articles");
  assert.is(empty.code, 1);
  assert.equal(empty.lines, [
    "no-articles  folder  error  no articles here (no .md file outside topics/): check --articles or DIGEST_ARTICLES, or build with --allow-empty to publish an empty site",
    "1 error, 0 warnings",
    "Build failed: dist/ is unchanged.",
  ]);
  assert.is(readlinkSync(path.join(root, "dist")), served);

  const check = run(root, "check", ["--articles", "no-articles"]);
  assert.is(check.code, 0, check.out);
  assert.equal(check.lines, ["no-articles  folder  warning  no articles here (no .md file outside topics/): check --articles or DIGEST_ARTICLES", "0 errors, 1 warning"]);

  const allowed = build(root, "--articles", "no-articles", "--allow-empty", "--output", "empty-site");
  assert.is(allowed.code, 0, allowed.out);
  assert.ok(existsSync(path.join(root, "empty-site", "index.html")));
});

test("nothing in the project was changed but dist, its versions, the picture cache and what the tests added", () => {
  const ours = /^(dist|\.dist-builds|\.cache|empty-site|\.empty-site-builds|no-articles|notes\.txt|www)( |\/|$)/;
  assert.equal(snapshot(root).filter((line) => !ours.test(line)), project0);
});

test.run();
