import { test } from "uvu";
import * as assert from "uvu/assert";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { loadContent, type LoadedContent } from "../../src/content/load.ts";

const made: string[] = [];
function tempRoot(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "digest-load-"));
  made.push(root);
  return root;
}
test.after(() => {
  for (const root of made) fs.rmSync(root, { recursive: true, force: true });
});

const article = (title: string) => `---\ntitle: ${title}\n---\nBody of ${title}.\n`;

/** A fresh project folder with `articles/` filled from `files` (path relative to articles/ → text). */
function project(files: Record<string, string>): { root: string; articles: string } {
  const root = tempRoot();
  const articles = path.join(root, "articles");
  fs.mkdirSync(articles);
  for (const [name, text] of Object.entries(files)) {
    const absolute = path.join(articles, name);
    fs.mkdirSync(path.dirname(absolute), { recursive: true });
    fs.writeFileSync(absolute, text);
  }
  return { root, articles };
}

const listed = (loaded: LoadedContent) => loaded.files.map((f) => `${f.kind} ${f.file}`);

/** Fails instead of hanging forever if loading never finishes. */
async function within<T>(ms: number, promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`loadContent did not finish within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

test("finds *.md at any depth, sorted by path, relative to the project with forward slashes", async () => {
  const { root, articles } = project({
    "2023/09/2023-09-13-summit.md": article("Summit"),
    "2023/2023-09-05-arms.md": article("Arms"),
    "b.md": article("B"),
    "a.md": article("A"),
    "2024/deep/er/still.md": article("Deep"),
  });
  const loaded = await loadContent(articles, root);
  assert.equal(loaded.problems, []);
  assert.equal(loaded.files.map((f) => f.file), [
    "articles/2023/09/2023-09-13-summit.md",
    "articles/2023/2023-09-05-arms.md",
    "articles/2024/deep/er/still.md",
    "articles/a.md",
    "articles/b.md",
  ]);
});

test("each file comes back parsed: frontmatter data and Markdown body", async () => {
  const { root, articles } = project({ "x.md": "---\ntitle: Kim meets Putin\ntags: [summit]\n---\nThey *met*.\n" });
  const [file] = (await loadContent(articles, root)).files;
  assert.ok(file);
  assert.equal(file.parsed.data, { title: "Kim meets Putin", tags: ["summit"] });
  assert.is(file.parsed.body.trim(), "They *met*.");
});

test("a body taken when read is let go, but what the later checks need of it is kept", async () => {
  const { root, articles } = project({
    "a.md": `---\ntitle: A\n---\nIntro.\n\n![The port at dusk](./port.jpg "Photo: Antara")\n\nWrite the text of the article here, in Markdown.\n`,
    "b.md": article("B"),
  });
  const seen: string[] = [];
  const loaded = await loadContent(articles, root, { onRead: (file) => (seen.push(file.parsed.body), file.file.endsWith("a.md")) });
  assert.equal(seen.map((body) => body.split("\n")[0]), ["Intro.", "Body of B."]); // the body is whole when it is handed on
  const [a, b] = loaded.files;
  assert.is(a!.parsed.body, "");
  assert.equal(a!.bodyFacts.pictures.map((p) => [p.src, p.alt, p.line]), [["./port.jpg", "The port at dusk", 6]]);
  assert.is(a!.bodyFacts.placeholderLine, 8);
  assert.is(b!.parsed.body, "Body of B.\n"); // not taken: kept
});

test("topics/*.md are topics; topics/sub/*.md and a file named topics.md are articles", async () => {
  const { root, articles } = project({
    "topics/el-nino.md": article("El Niño"),
    "topics/arms.md": article("Arms"),
    "topics/sub/x.md": article("X"),
    "2023/topics.md": article("Topics"),
    "2023/topics/y.md": article("Y"),
    "z.md": article("Z"),
  });
  assert.equal(listed(await loadContent(articles, root)), [
    "article articles/2023/topics.md",
    "article articles/2023/topics/y.md",
    "topic articles/topics/arms.md",
    "topic articles/topics/el-nino.md",
    "article articles/topics/sub/x.md",
    "article articles/z.md",
  ]);
});

test("dot-files and dot-folders are skipped", async () => {
  const { root, articles } = project({
    ".draft.md": article("Draft"),
    ".git/x.md": article("Git"),
    "2023/.hidden/y.md": article("Hidden"),
    "2023/.z.md": article("Z"),
    "topics/.t.md": article("T"),
    "2023/visible.md": article("Visible"),
  });
  const loaded = await loadContent(articles, root);
  assert.equal(listed(loaded), ["article articles/2023/visible.md"]);
  assert.equal(loaded.problems, []);
});

test("files that are not .md are ignored", async () => {
  const { root, articles } = project({
    "a.md": article("A"),
    "notes.txt": "not Markdown",
    "b.markdown": article("B"),
    "image.png": "\u0089PNG",
    "c.md.bak": article("C"),
    "README": "x",
  });
  const loaded = await loadContent(articles, root);
  assert.equal(loaded.files.map((f) => f.file), ["articles/a.md"]);
  assert.equal(loaded.problems, []);
});

test("file and folder names with spaces and non-ASCII letters load", async () => {
  const { root, articles } = project({
    "2023/El Niño returns.md": article("El Niño"),
    "topics/perubahan iklim.md": article("Iklim"),
    "Ελλάδα/Αθήνα.md": article("Athens"),
    "日本/東京.md": article("Tokyo"),
  });
  const loaded = await loadContent(articles, root);
  assert.equal(loaded.problems, []);
  assert.equal(listed(loaded), [
    "article articles/2023/El Niño returns.md",
    "topic articles/topics/perubahan iklim.md",
    "article articles/Ελλάδα/Αθήνα.md",
    "article articles/日本/東京.md",
  ]);
  assert.is(loaded.files[0]?.parsed.data.title, "El Niño");
});

test("a missing articles folder is an empty site, not an error", async () => {
  const root = tempRoot();
  const loaded = await loadContent(path.join(root, "articles"), root);
  assert.equal(loaded, { files: [], problems: [], unreadTopics: [] });
});

test("a symlink loop is reported as a problem naming the folder, and loading finishes", async () => {
  const { root, articles } = project({ "2023/a.md": article("A"), "b.md": article("B") });
  fs.symlinkSync("..", path.join(articles, "2023", "loop"));
  const loaded = await within(5000, loadContent(articles, root));
  assert.equal(loaded.files.map((f) => f.file), ["articles/2023/a.md", "articles/b.md"]);
  assert.is(loaded.problems.length, 1);
  const [problem] = loaded.problems;
  assert.is(problem?.file, "articles/2023/loop");
  assert.is(problem?.field, "file");
  assert.is(problem?.severity, "error");
  assert.match(problem?.message ?? "", "loop");
});

test("a dangling symlink is reported and the rest still loads", async () => {
  const { root, articles } = project({ "2023/a.md": article("A") });
  fs.symlinkSync("gone.md", path.join(articles, "2023", "broken.md"));
  fs.symlinkSync(path.join(root, "no-such-folder"), path.join(articles, "old"));
  const loaded = await loadContent(articles, root);
  assert.equal(loaded.files.map((f) => f.file), ["articles/2023/a.md"]);
  const reported = loaded.problems.map((p) => `${p.file} ${p.field} ${p.severity}`).sort();
  assert.equal(reported, ["articles/2023/broken.md file error", "articles/old file error"]);
  for (const p of loaded.problems) assert.match(p.message, "symlink");
});

test("symlinks to real files and folders are followed, under the link's own path", async () => {
  const { root, articles } = project({ "a.md": article("A") });
  const elsewhere = path.join(root, "shared");
  fs.mkdirSync(elsewhere);
  fs.writeFileSync(path.join(elsewhere, "s.md"), article("Shared"));
  fs.symlinkSync(elsewhere, path.join(articles, "linked"));
  fs.symlinkSync(path.join(elsewhere, "s.md"), path.join(articles, "one.md"));
  const loaded = await loadContent(articles, root);
  assert.equal(loaded.problems, []);
  assert.equal(loaded.files.map((f) => f.file), ["articles/a.md", "articles/linked/s.md", "articles/one.md"]);
});

test("a file that fails to parse is a frontmatter problem with its path; the others still load", async () => {
  const { root, articles } = project({
    "2023/a.md": article("A"),
    "2023/empty.md": "",
    "2023/open.md": "---\ntitle: Never closed\nBody.\n",
    "2023/bad-yaml.md": "---\ntitle: [unclosed\n---\nBody\n",
    "topics/none.md": "Just text, no frontmatter.\n",
    "z.md": article("Z"),
  });
  const loaded = await loadContent(articles, root);
  assert.equal(listed(loaded), ["article articles/2023/a.md", "article articles/z.md"]);
  const byFile = new Map(loaded.problems.map((p) => [p.file, p]));
  assert.equal([...byFile.keys()].sort(), [
    "articles/2023/bad-yaml.md",
    "articles/2023/empty.md",
    "articles/2023/open.md",
    "articles/topics/none.md",
  ]);
  for (const p of loaded.problems) {
    assert.is(p.field, "frontmatter", p.file);
    assert.is(p.severity, "error", p.file);
  }
  assert.match(byFile.get("articles/2023/empty.md")?.message ?? "", "empty");
  assert.match(byFile.get("articles/2023/open.md")?.message ?? "", "not closed");
  assert.is(byFile.get("articles/2023/open.md")?.line, 1);
  assert.match(byFile.get("articles/2023/bad-yaml.md")?.message ?? "", "YAML");
  assert.match(byFile.get("articles/topics/none.md")?.message ?? "", "no frontmatter");
});

test("more files than one read batch all load, still in path order", async () => {
  const files: Record<string, string> = {};
  for (let i = 0; i < 150; i++) files[`${String(i).padStart(3, "0")}.md`] = article(`N${i}`);
  files["099.md"] = "";
  const { root, articles } = project(files);
  const loaded = await loadContent(articles, root);
  assert.is(loaded.files.length, 149);
  assert.is(loaded.files[0]?.file, "articles/000.md");
  assert.is(loaded.files[98]?.file, "articles/098.md");
  assert.is(loaded.files[99]?.file, "articles/100.md");
  assert.is(loaded.files[148]?.file, "articles/149.md");
  assert.is(loaded.files[120]?.parsed.data.title, "N121");
  assert.equal(loaded.problems.map((p) => p.file), ["articles/099.md"]);
});

test("an articles folder given relative to the working directory still gives project-relative paths", async () => {
  const { root } = project({ "2023/a.md": article("A"), "topics/t.md": article("T") });
  const before = process.cwd();
  process.chdir(root);
  try {
    assert.equal(listed(await loadContent("articles", root)), ["article articles/2023/a.md", "topic articles/topics/t.md"]);
    assert.equal(listed(await loadContent("articles/", ".")), ["article articles/2023/a.md", "topic articles/topics/t.md"]);
  } finally {
    process.chdir(before);
  }
});

test.run();
