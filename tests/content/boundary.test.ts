// Hostile content at the boundary, built with the real command in temp folders: what can be
// cleaned builds a site whose every feed is well-formed XML and whose topic pages stay in their
// own folders; what cannot fails with one line naming the file (or setting) and the fix, exit 1,
// no stack trace and no output.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import * as cheerio from "cheerio";
import { XMLValidator } from "fast-xml-parser";
import { filesIn, inPool, root, runBuild, tempDir, writeTree, type BuildRun } from "../security/support.ts";

const topic = (title: string, body = "Background.\n") => `---\ntitle: ${title}\n---\n${body}`;
const article = (fields: string, body = "Text of the story.\n") => `---\ntitle: A story\ndate: 2023-09-05\ntopics: [arms]\nsource: Antara\n${fields}---\n${body}`;
const withField = (field: string, value: string) => article("").replace(new RegExp(`^${field}: .*$`, "m"), `${field}: ${value}`);

// Every character XML 1.0 forbids that a YAML escape or a raw body can bring, and Word's line break.
const forbidden = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

const hostile = {
  "topics/arms.md": topic('"Arms\\x1f deals"', "Back\u000Bground of the topic.\n"),
  "topics/haze.md": topic("Haze"),
  "2023/2023-09-05-controls.md": [
    "---",
    'title: "Kim\\x01 meets Putin\\uFFFE"',
    'summary: "A\\vsummary\\x1f."',
    "date: 2023-09-05T10:00+07:00",
    "topics: [arms, haze]",
    "source:",
    "  name: Reuters\u202E",
    "  url: https://www.reuters.com/",
    'tags: ["ta\\x02g"]',
    "---",
    "First paragraph.\u000BWord's line break.",
    "",
    "Second\u0001 paragraph\uFFFE.",
    "",
  ].join("\n"),
  "2023/2023-09-06-plain.md": withField("date", "2023-09-06T09:00"),
};

interface Refusal {
  name: string;
  files: Record<string, string>;
  env?: Record<string, string>;
  /** The line the build must print, with `<dir>` for the articles folder. */
  line: string;
}

const good = { "topics/arms.md": topic("Arms") };
const refusals: Refusal[] = [
  {
    name: "a topic file whose name has no letters or digits",
    files: { ...good, "topics/-.md": topic("Dash") },
    line: '<dir>/topics/-.md  file  error  the file name "-.md" has no letters or digits, so the topic would have no address of its own: rename it, e.g. <dir>/topics/my-topic.md',
  },
  {
    name: "two topic files with the same slug",
    files: { ...good, "topics/Arms.md": topic("Upper arms") },
    line: "<dir>/topics/arms.md  file  error  same topic address /topics/arms/ as <dir>/topics/Arms.md: rename one of the two files",
  },
  {
    name: "a 300-character slug",
    files: { ...good, "2023-09-05-long.md": article(`slug: ${"s".repeat(300)}\n`) },
    line: `<dir>/2023-09-05-long.md:6:1  slug  error  is 300 characters long; addresses allow at most 100: add a shorter slug, e.g. slug: ${"s".repeat(60)}`,
  },
  {
    name: "an offset out of range",
    files: { ...good, "2023-09-05-offset.md": withField("date", '"2023-09-05T10:00+99:99"') },
    line: '<dir>/2023-09-05-offset.md:3:1  date  error  "2023-09-05T10:00+99:99" has the offset +99:99, but offsets run from -12:00 to +14:00: give the offset of the place, e.g. +07:00',
  },
  {
    name: "a year the feeds cannot write",
    files: { ...good, "2023-09-05-year.md": withField("date", '"9999-12-31T23:00-12:00"') },
    line: '<dir>/2023-09-05-year.md:3:1  date  error  "9999-12-31T23:00-12:00" falls outside the years 1900 to 9999, the dates feeds and sitemaps can write: check the year',
  },
  {
    name: "a source URL with a password",
    files: { ...good, "2023-09-05-password.md": withField("source", "\n  name: Antara\n  url: https://editor:hunter2@example.org/story") },
    line: '<dir>/2023-09-05-password.md:7:1  source.url  error  contains a user name or password (before the @), which would be published with the link: remove it, e.g. "https://example.org/story"',
  },
  {
    name: "a source URL starting with a NUL",
    files: { ...good, "2023-09-05-nul.md": withField("source", '\n  name: Antara\n  url: "\\0https://example.org/"') },
    line: '<dir>/2023-09-05-nul.md:7:1  source.url  error  "\\u0000https://example.org/" contains a control character (U+0000): retype the address without it',
  },
  {
    name: "5,000 topics on one article",
    files: { ...good, "2023-09-05-many.md": withField("topics", `[${Array.from({ length: 5000 }, (_, i) => `t${i}`).join(", ")}]`) },
    line: "<dir>/2023-09-05-many.md:4:1  topics  error  lists 5000 topics, but an article may have at most 10 (each topic's feed lists all of them): keep the main ones",
  },
  {
    name: "a DIGEST_LOCALE Intl does not know",
    files: { ...good, "2023-09-05-fine.md": article("") },
    env: { DIGEST_LOCALE: "zz-INVALID" },
    line: 'Site settings: DIGEST_LOCALE "zz-INVALID" is not a locale this Node.js can format dates in: set it to one such as en-GB or id-ID, or leave it unset',
  },
];

// Builds run two at a time before the tests, which read their results.
const hostileDir = writeTree(tempDir("boundary-hostile"), hostile);
const hostileOut = path.join(tempDir("boundary-hostile-out"), "site");
const refused = refusals.map((r) => ({ ...r, dir: writeTree(tempDir("boundary-refused"), r.files), out: path.join(tempDir("boundary-refused-out"), "site") }));
const [hostileRun, ...refusedRuns] = (await inPool(
  [() => runBuild(hostileDir, hostileOut), ...refused.map((r) => () => runBuild(r.dir, r.out, { env: r.env }))],
  2,
)) as BuildRun[];

test("content with characters feeds cannot carry builds, warning about each field", () => {
  assert.is(hostileRun!.code, 0, hostileRun!.out);
  const warned = hostileRun!.out.split("\n").filter((line) => line.includes("  warning  "));
  assert.equal(warned, [
    `${hostileDir}/2023/2023-09-05-controls.md:2:1  title  warning  removed 2 characters that feeds cannot carry (U+0001, U+FFFE): delete them from the file`,
    `${hostileDir}/2023/2023-09-05-controls.md:3:1  summary  warning  removed 2 characters that feeds cannot carry (U+000B, U+001F): delete them from the file`,
    `${hostileDir}/2023/2023-09-05-controls.md:7:1  source.name  warning  removed a direction control (U+202E) not closed in this field, which would turn the site's own text beside it around: delete it from the file`,
    `${hostileDir}/2023/2023-09-05-controls.md:9:1  tags[1]  warning  removed a character that feeds cannot carry (U+0002): delete it from the file`,
    `${hostileDir}/2023/2023-09-05-controls.md:11:17  body  warning  removed 3 characters that feeds cannot carry (U+000B, U+0001, U+FFFE): delete them from the file`,
    `${hostileDir}/topics/arms.md:2:1  title  warning  removed a character that feeds cannot carry (U+001F): delete it from the file`,
    `${hostileDir}/topics/arms.md:4:5  body  warning  removed a character that feeds cannot carry (U+000B): delete it from the file`,
  ]);
});

test("every feed and sitemap is well-formed XML, and no output holds a character XML forbids", () => {
  const files = filesIn(hostileOut);
  const feeds = files.filter((f) => f.endsWith(".xml"));
  assert.ok(feeds.includes("feed.xml") && feeds.includes("topics/arms/feed.xml") && feeds.includes("topics/haze/feed.xml"), feeds.join(" "));
  for (const feed of feeds) assert.is(XMLValidator.validate(readFileSync(path.join(hostileOut, feed), "utf8")), true, feed);
  for (const file of files.filter((f) => /\.(xml|html|json)$/.test(f))) {
    const found = forbidden.exec(readFileSync(path.join(hostileOut, file), "utf8"));
    assert.is(found, null, `${file} holds U+${found?.[0].charCodeAt(0).toString(16)}`);
  }
  const atom = readFileSync(path.join(hostileOut, "topics/arms/feed.xml"), "utf8");
  assert.match(atom, "Kim meets Putin");
  assert.match(atom, "Arms deals");
});

test("the article page shows the cleaned text, with no direction control left open", () => {
  const $ = cheerio.load(readFileSync(path.join(hostileOut, "2023/09/05/controls/index.html"), "utf8"));
  assert.is($("h1").text(), "Kim meets Putin");
  assert.not.match($.html(), "\u202E");
  assert.match($(".story-meta").text(), "Reuters");
  assert.match($(".story-body").text(), "First paragraph.Word's line break.");
});

test("the topic list stays at /topics/ and each topic's page in its own folder", () => {
  const $ = cheerio.load(readFileSync(path.join(hostileOut, "topics/index.html"), "utf8"));
  const links = $("main a[href^='/topics/']").map((_, a) => $(a).attr("href")).get();
  assert.ok(links.includes("/topics/arms/") && links.includes("/topics/haze/"), links.join(" "));
  assert.is(cheerio.load(readFileSync(path.join(hostileOut, "topics/arms/index.html"), "utf8"))("h1").text(), "Arms deals");
  assert.is(cheerio.load(readFileSync(path.join(hostileOut, "topics/haze/index.html"), "utf8"))("h1").text(), "Haze");
});

for (const [i, refusal] of refused.entries()) {
  test(`refused with one line naming the file or setting and the fix: ${refusal.name}`, () => {
    const run = refusedRuns[i]!;
    assert.is(run.code, 1, run.out);
    const lines = run.out.trim().split("\n");
    assert.ok(lines.includes(refusal.line.replaceAll("<dir>", refusal.dir)), run.out);
    assert.not.match(run.out, /^\s+at /m, "no stack trace");
    assert.is(existsSync(refusal.out), false, "nothing written");
  });
}

test("npm run check names both topic files that share a slug, and exits 1", () => {
  const { dir } = refused.find((r) => r.name === "two topic files with the same slug")!;
  const result = spawnSync(path.join(root, "node_modules/.bin/tsx"), ["src/cli/check.ts", "--articles", dir, "--now", "2024-01-01"], {
    cwd: root,
    encoding: "utf8",
    env: { ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith("DIGEST_"))), GITHUB_ACTIONS: "" },
  });
  assert.is(result.status, 1);
  // The folder holds topics only, so check also says it has no articles (a warning).
  assert.is(
    result.stderr.trim(),
    `${dir}  folder  warning  no articles here (no .md file outside topics/): check --articles or DIGEST_ARTICLES\n${dir}/topics/arms.md  file  error  same topic address /topics/arms/ as ${dir}/topics/Arms.md: rename one of the two files\n1 error, 1 warning`,
  );
});

test.run();
