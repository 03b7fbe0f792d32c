// Malformed and hostile content, built with the real command (`tsx src/cli/build.ts --articles
// <tmp> --output <tmp>`): each broken case must fail with exit 1 and one clear line naming the
// file (and line where known), never a stack trace and never a hang; each awkward-but-valid case
// must build. Big and binary inputs are made here, not committed. The builds run side by side
// before the tests, which then read their results.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { existsSync, mkdirSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import path from "node:path";
import * as cheerio from "cheerio";
import { inPool, runBuild, tempDir, writeTree, type BuildRun } from "./support.ts";

const topicFile = "---\ntitle: Test topic\n---\nBackground.\n";
const article = (fields: string, body = "Text of the story.\n") =>
  `---\ntitle: A story\ndate: 2023-09-05\ntopics: [test]\nsource: Antara\n${fields}---\n${body}`;

/** A YAML "billion laughs": nine lists of nine references to the list before, `levels` deep. */
function aliasBomb(levels: number): string {
  let yaml = 'lol0: &lol0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]\n';
  for (let i = 1; i < levels; i++) yaml += `lol${i}: &lol${i} [${Array(9).fill(`*lol${i - 1}`).join(", ")}]\n`;
  return yaml;
}

/** A plausible long article: headings, paragraphs with emphasis, links and lists, about `bytes` long. */
function bigArticle(bytes: number): string {
  const section = (n: number) =>
    `## Part ${n}\n\nJakarta (ANTARA) - Officials said on *Tuesday* that the **talks** would resume, according to [a report](https://example.com/report/${n}). ` +
    "The delegation, which arrived late, met ministers and business leaders; no agreement was signed.\n\n" +
    "- first point of the day\n- second point, with `code` and a link to https://example.org\n\n" +
    "> A quoted remark from the press conference.\n\n";
  const parts: string[] = [];
  let size = 0;
  for (let n = 1; size < bytes; n++) {
    const s = section(n);
    parts.push(s);
    size += Buffer.byteLength(s);
  }
  return parts.join("") + "The last paragraph of the long story.\n";
}

interface Case {
  name: string;
  /** Makes the articles folder; returns the file the message must name, relative to it. */
  make: (dir: string) => string | undefined;
  expect: "fail" | "build";
  /** For a failure: what the problem line must say after `file[:line:col]  `. */
  line?: RegExp;
  /** Longest the build may take (a hang is caught at two minutes anyway). */
  withinMs?: number;
  env?: Record<string, string>;
}

const cases: Case[] = [
  {
    name: "a binary file named .md",
    make: (dir) => {
      const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, ...Array.from({ length: 2048 }, (_, i) => (i * 31) % 256)]);
      writeFileSync(path.join(dir, "2023-09-05-picture.md"), png);
      return "2023-09-05-picture.md";
    },
    expect: "fail",
    line: /^ {2}frontmatter {2}error {2}this is not a text file/,
  },
  {
    name: "invalid UTF-8",
    make: (dir) => {
      writeFileSync(path.join(dir, "2023-09-05-latin1.md"), Buffer.concat([Buffer.from("---\ntitle: Caf"), Buffer.from([0xe9]), Buffer.from(" au lait\ndate: 2023-09-05\n---\n")]));
      return "2023-09-05-latin1.md";
    },
    expect: "fail",
    line: /^ {2}frontmatter {2}error {2}this file is not valid UTF-8 text/,
  },
  {
    name: "a missing closing ---",
    make: (dir) => {
      writeFileSync(path.join(dir, "2023-09-05-open.md"), "---\ntitle: Never closed\ndate: 2023-09-05\n\nBody text.\n");
      return "2023-09-05-open.md";
    },
    expect: "fail",
    line: /^:1:1 {2}frontmatter {2}error {2}the frontmatter is not closed/,
  },
  {
    name: "frontmatter that is a list",
    make: (dir) => {
      writeFileSync(path.join(dir, "2023-09-05-list.md"), "---\n- title\n- date\n---\nBody.\n");
      return "2023-09-05-list.md";
    },
    expect: "fail",
    line: /^:2:1 {2}frontmatter {2}error {2}the frontmatter must be a mapping of fields/,
  },
  {
    name: "frontmatter that is a scalar",
    make: (dir) => {
      writeFileSync(path.join(dir, "2023-09-05-scalar.md"), "---\njust a sentence\n---\nBody.\n");
      return "2023-09-05-scalar.md";
    },
    expect: "fail",
    line: /^:2:1 {2}frontmatter {2}error {2}the frontmatter must be a mapping of fields/,
  },
  {
    name: "title: 123",
    make: (dir) => {
      writeFileSync(path.join(dir, "2023-09-05-number.md"), article("").replace("title: A story", "title: 123"));
      return "2023-09-05-number.md";
    },
    expect: "fail",
    line: /^:2:1 {2}title {2}error {2}must be text, not a number$/,
  },
  {
    name: "title: [a]",
    make: (dir) => {
      writeFileSync(path.join(dir, "2023-09-05-list-title.md"), article("").replace("title: A story", "title: [a]"));
      return "2023-09-05-list-title.md";
    },
    expect: "fail",
    line: /^:2:1 {2}title {2}error {2}must be text, not a list$/,
  },
  {
    name: "a YAML alias bomb (billion laughs), with a small heap so eating memory would crash it",
    make: (dir) => {
      writeFileSync(path.join(dir, "2023-09-05-laughs.md"), article(aliasBomb(30) + "tags: *lol29\n"));
      return "2023-09-05-laughs.md";
    },
    expect: "fail",
    line: /^:7:1 {2}frontmatter {2}error {2}YAML aliases \(\*name\) are not allowed in frontmatter/,
    withinMs: 30_000,
    env: { NODE_OPTIONS: "--max-old-space-size=192" },
  },
  {
    name: "lists nested 10,000 levels deep",
    make: (dir) => {
      writeFileSync(path.join(dir, "2023-09-05-deep-list.md"), article("", "Intro.\n\n" + "- ".repeat(10_000) + "deepest\n"));
      return "2023-09-05-deep-list.md";
    },
    expect: "fail",
    line: /^:9:1 {2}body {2}error {2}lists or block quotes are nested 17 levels deep here; at most 16 are allowed/,
    withinMs: 30_000,
  },
  {
    name: "lists nested 900 levels deep by indentation",
    make: (dir) => {
      // Each level two spaces further in: 10,000 levels would be 100 MB, so 900 (under the 1 MB limit).
      const lines = Array.from({ length: 900 }, (_, i) => `${"  ".repeat(i)}- level ${i + 1}`);
      writeFileSync(path.join(dir, "2023-09-05-deep-indent.md"), article("", lines.join("\n") + "\n"));
      return "2023-09-05-deep-indent.md";
    },
    expect: "fail",
    line: /^:23:1 {2}body {2}error {2}lists or block quotes are nested 17 levels deep here/,
    withinMs: 30_000,
  },
  {
    name: "block quotes nested 10,000 levels deep",
    make: (dir) => {
      writeFileSync(path.join(dir, "2023-09-05-deep-quote.md"), article("", ">".repeat(10_000) + " deepest\n"));
      return "2023-09-05-deep-quote.md";
    },
    expect: "fail",
    line: /^:7:1 {2}body {2}error {2}lists or block quotes are nested 17 levels deep here/,
    withinMs: 30_000,
  },
  {
    name: "emphasis nested 10,000 levels deep",
    make: (dir) => {
      writeFileSync(path.join(dir, "2023-09-05-deep-emphasis.md"), article("", "*a ".repeat(10_000) + "core" + " a*".repeat(10_000) + "\n"));
      return "2023-09-05-deep-emphasis.md";
    },
    expect: "fail",
    line: /^:7:1 {2}body {2}error {2}emphasis \(\*, _ or ~\) is nested 17 levels deep here/,
    withinMs: 30_000,
  },
  {
    name: "a paragraph that would make Markdown rescan itself for minutes (200 kB of _a_a _a_a …)",
    make: (dir) => {
      writeFileSync(path.join(dir, "2023-09-05-rescan.md"), article("", "_a_a_a_a ".repeat(22_000) + "\n"));
      return "2023-09-05-rescan.md";
    },
    expect: "fail",
    line: /^:7:1 {2}body {2}error {2}this paragraph has so many \*, _ or ~ marks that do not pair up/,
    withinMs: 30_000,
  },
  {
    name: "a topic file without a title",
    make: (dir) => {
      writeFileSync(path.join(dir, "topics/untitled.md"), "---\nsummary: A topic nobody named\n---\nBackground.\n");
      return "topics/untitled.md";
    },
    expect: "fail",
    line: /^:2:1 {2}title {2}error {2}is missing: add it, e\.g\. title: El Niño and drought in Indonesia$/,
  },
  {
    name: "a symlink loop under articles/",
    make: (dir) => {
      mkdirSync(path.join(dir, "2023"));
      writeFileSync(path.join(dir, "2023/2023-09-05-fine.md"), article(""));
      symlinkSync("..", path.join(dir, "2023/again"));
      return "2023/again";
    },
    expect: "fail",
    line: /^ {2}file {2}error {2}this folder links back to a folder already read \(a symlink loop\)/,
  },
  {
    name: "a symlink to itself",
    make: (dir) => {
      symlinkSync("2023-09-05-self.md", path.join(dir, "2023-09-05-self.md"));
      return "2023-09-05-self.md";
    },
    expect: "fail",
    line: /^ {2}file {2}error {2}this symlink points nowhere \(or loops on itself\)/,
  },
  {
    name: "a file that cannot be read",
    make: (dir) => {
      // Even root gets an I/O error reading this one.
      symlinkSync("/proc/self/mem", path.join(dir, "2023-09-05-unreadable.md"));
      return "2023-09-05-unreadable.md";
    },
    expect: "fail",
    line: /^ {2}file {2}error {2}this file could not be read \(E[A-Z]+\)/,
  },
  {
    name: "a file too big to be an article (2 MB)",
    make: (dir) => {
      const file = path.join(dir, "2023-09-05-huge.md");
      writeFileSync(file, article(""));
      truncateSync(file, 2 * 1024 * 1024); // sparse: takes no disk
      return "2023-09-05-huge.md";
    },
    expect: "fail",
    line: /^ {2}file {2}error {2}this file is 2\.0 MB; a content file may be at most 1 MB$/,
  },
  {
    name: "a UTF-8 byte order mark",
    make: (dir) => {
      writeFileSync(path.join(dir, "2023-09-05-bom.md"), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(article("slug: with-bom\n").replace("A story", "Story with a BOM"))]));
      return undefined;
    },
    expect: "build",
  },
  {
    name: "CRLF line endings",
    make: (dir) => {
      writeFileSync(path.join(dir, "2023-09-05-crlf.md"), article("slug: with-crlf\n", "First paragraph.\n\nSecond paragraph.\n").replace("A story", "Story with CRLF").replace(/\n/g, "\r\n"));
      return undefined;
    },
    expect: "build",
  },
  {
    name: "file names with spaces and non-ASCII letters",
    make: (dir) => {
      writeFileSync(path.join(dir, "topics/El Niño y Sequía.md"), "---\ntitle: El Niño y sequía\n---\n");
      writeFileSync(path.join(dir, "2023-09-05-Berita Café Ñandú.md"), article("").replace("A story", "Berita café").replace("topics: [test]", "topics: [el-nino-y-sequia]"));
      mkdirSync(path.join(dir, "Arsip Ω"));
      writeFileSync(path.join(dir, "Arsip Ω/2023-09-06-新闻 報道.md"), article("slug: xin-wen\n").replace("A story", "新闻报道").replace("2023-09-05", "2023-09-06"));
      return undefined;
    },
    expect: "build",
  },
  {
    name: "a 1,000 KB article, just under the limit",
    make: (dir) => {
      writeFileSync(path.join(dir, "2023-09-05-long-read.md"), article("", bigArticle(1000 * 1024)).replace("A story", "A long read"));
      return undefined;
    },
    expect: "build",
    withinMs: 90_000,
  },
  {
    name: "an empty articles folder",
    make: () => undefined,
    // Without it an empty folder is refused: a typo in --articles must not publish an empty site.
    env: { DIGEST_ALLOW_EMPTY: "1" },
    expect: "build",
  },
];

interface Outcome {
  dir: string;
  output: string;
  named?: string;
  run: BuildRun;
}

// Every case gets its own folders; `topics/test.md` is there unless the case needs an empty folder.
const outcomes = await inPool(
  cases.map((c) => async (): Promise<Outcome> => {
    const dir = tempDir("malformed");
    if (c.name !== "an empty articles folder") writeTree(dir, { "topics/test.md": topicFile });
    const named = c.make(dir);
    const output = path.join(tempDir("malformed-out"), "site");
    const run = await runBuild(dir, output, { env: c.env, timeoutMs: 120_000 });
    return { dir, output, named, run };
  }),
  3,
);

cases.forEach((c, i) => {
  const { dir, output, named, run } = outcomes[i]!;
  test(`${c.expect === "fail" ? "refused" : "built"}: ${c.name}`, () => {
    assert.is(run.signal, null, `killed after ${run.ms} ms: a hang`);
    assert.not.match(run.out, /\n\s+at |RangeError|TypeError|Maximum call stack/, `a stack trace:\n${run.out.slice(0, 2000)}`);
    if (c.withinMs) assert.ok(run.ms < c.withinMs, `took ${run.ms} ms`);
    if (c.expect === "build") {
      assert.is(run.code, 0, run.out.slice(0, 2000));
      assert.ok(existsSync(path.join(output, "index.html")));
      return;
    }
    assert.is(run.code, 1, run.out.slice(0, 2000));
    assert.not.ok(existsSync(output), "a failed build wrote its output");
    // One line for the problem: the file (absolute: it is outside the project), then the rest.
    const file = `${dir}/${named}`;
    const lines = run.out.split("\n").filter((l) => l.startsWith(file));
    assert.is(lines.length, 1, `expected one line naming ${file}:\n${run.out.slice(0, 2000)}`);
    assert.match(lines[0]!.slice(file.length), c.line!, lines[0]);
    assert.match(run.out, /^1 error, \d+ warnings?$/m);
    assert.match(run.out, "Build failed:");
  });
});

test("built pages of the awkward-but-valid cases read right", () => {
  const page = (caseName: string, url: string) => {
    const { output } = outcomes[cases.findIndex((c) => c.name === caseName)]!;
    return cheerio.load(readFileSync(path.join(output, url, "index.html"), "utf8"));
  };
  assert.is(page("a UTF-8 byte order mark", "2023/09/05/with-bom")("h1").text(), "Story with a BOM");
  const crlf = page("CRLF line endings", "2023/09/05/with-crlf");
  assert.equal(crlf(".story-body p").map((_, el) => crlf(el).text()).get(), ["First paragraph.", "Second paragraph."]);
  assert.not.match(crlf.html(), "\r");
  assert.is(page("file names with spaces and non-ASCII letters", "2023/09/05/berita-cafe-nandu")("h1").text(), "Berita café");
  assert.is(page("file names with spaces and non-ASCII letters", "2023/09/06/xin-wen")("h1").text(), "新闻报道");
  assert.is(page("file names with spaces and non-ASCII letters", "topics/el-nino-y-sequia")("h1").text(), "El Niño y sequía");
  const long = page("a 1,000 KB article, just under the limit", "2023/09/05/long-read");
  assert.match(long(".story-body").text(), "The last paragraph of the long story.");
  assert.ok(long(".story-body h3").length > 1000, "the long article lost its structure");
  assert.match(page("an empty articles folder", "")("main").text(), /\S/);
});

// Messages quote the editor's own text; on GitHub Actions a printed line starting with `::error`
// is a workflow command, so a line break in a value must not start a line of its own.
// YAML's "\n" escape: a line break inside the value.
const forged = ["---", 'title: "Forged"', 'date: "2023-09-05\\n::error file=README.md,line=1::forged annotation"', 'topics: ["test\\n::warning::forged too"]', "source: Antara", "---", "Body."].join("\n");
test("a value with a line break cannot add lines to the output, nor forge a CI annotation", async () => {
  const dir = writeTree(tempDir("forged"), { "topics/test.md": topicFile, "2023-09-05-forged.md": forged });
  const run = await runBuild(dir, path.join(tempDir("forged-out"), "site"));
  assert.is(run.code, 1, run.out);
  const lines = run.out.trimEnd().split("\n");
  assert.equal(lines.filter((l) => l.startsWith("::")), [], "a line the CI runner reads as a workflow command");
  const problemLines = lines.filter((l) => !/^\d+ errors?, \d+ warnings?$|^Build failed:/.test(l));
  assert.ok(problemLines.every((l) => l.startsWith(`${dir}/2023-09-05-forged.md:`)), problemLines.join("\n"));
});

test.run();
