import { test } from "uvu";
import * as assert from "uvu/assert";
import { mkdirSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import { DateTime } from "luxon";
import { checkSite } from "../../src/model/check-site.ts";
import { defaultSiteSettings } from "../../src/settings/site.ts";
import { tempFolder } from "../helpers/temp-folder.ts";

function folder(files: Record<string, string>): string {
  const dir = tempFolder("digest-check-");
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}
const article = (title: string, date: string, extra = "") => `---\ntitle: ${title}\ndate: "${date}"\ntopics: [t]\nsource:\n  name: Antara\n${extra}---\nBody.\n`;
const now = DateTime.fromISO("2024-01-01T00:00:00+07:00");

test("two articles with the same address are an error naming both files", async () => {
  const dir = folder({
    "topics/t.md": "---\ntitle: T\n---\n",
    "a/2023-09-05-same.md": article("One", "2023-09-05"),
    "b/2023-09-05-same.md": article("Two", "2023-09-05T20:00"),
    "c/2023-09-06-same.md": article("Three", "2023-09-06"),
  });
  const { problems } = await checkSite(defaultSiteSettings, { articlesDir: dir, projectRoot: dir, now });
  assert.equal(problems.map((p) => [p.file, p.field, p.severity, p.message]), [
    ["b/2023-09-05-same.md", "date", "error", "same address /2023/09/05/same/ as a/2023-09-05-same.md (the slug comes from the file name): add slug: with another name, e.g. slug: same-2"],
  ]);
});

test("an address clash is reported on the newer file, at its slug: line, or its date: line", async () => {
  const dir = folder({
    "topics/t.md": "---\ntitle: T\n---\n",
    "a/2023-09-05-new.md": article("New", "2023-09-05", "slug: same\n"),
    "b/2023-09-05-same.md": article("Old", "2023-09-05"),
  });
  // a/ sorts first, but b/ was there before it: a/ made the clash.
  utimesSync(path.join(dir, "b/2023-09-05-same.md"), new Date("2023-09-01T00:00:00Z"), new Date("2023-09-01T00:00:00Z"));
  utimesSync(path.join(dir, "a/2023-09-05-new.md"), new Date("2023-09-05T00:00:00Z"), new Date("2023-09-05T00:00:00Z"));
  const { problems } = await checkSite(defaultSiteSettings, { articlesDir: dir, projectRoot: dir, now });
  assert.equal(problems.map((p) => [p.file, p.line, p.field, p.message]), [
    ["a/2023-09-05-new.md", 7, "slug", "same address /2023/09/05/same/ as b/2023-09-05-same.md: change this slug, e.g. slug: same-2"],
  ]);
  // The other way round, the newer file has no slug: the error is at its date: line.
  utimesSync(path.join(dir, "b/2023-09-05-same.md"), new Date("2023-09-09T00:00:00Z"), new Date("2023-09-09T00:00:00Z"));
  const swapped = await checkSite(defaultSiteSettings, { articlesDir: dir, projectRoot: dir, now });
  assert.equal(swapped.problems.map((p) => [p.file, p.line, p.field]), [["b/2023-09-05-same.md", 3, "date"]]);
});

test("a topic file that fails gives its own error, not an unknown-topic error on each of its articles", async () => {
  const dir = folder({
    "topics/t.md": '---\ntitle: "T\n---\n',
    "topics/u.md": "---\nsummary: no title\n---\n",
    "2023-09-05-a.md": article("A", "2023-09-05"),
    "2023-09-06-b.md": article("B", "2023-09-06"),
    "2023-09-07-c.md": article("C", "2023-09-07").replace("topics: [t]", "topics: [u]"),
    "2023-09-08-d.md": article("D", "2023-09-08").replace("topics: [t]", "topics: [v]"),
  });
  const { problems } = await checkSite(defaultSiteSettings, { articlesDir: dir, projectRoot: dir, now });
  assert.equal(problems.map((p) => [p.file, p.field]), [
    ["topics/t.md", "frontmatter"],
    ["topics/u.md", "title"],
    ["2023-09-08-d.md", "topics[1]"],
  ]);
});

test("the same source URL curated twice is a warning naming both", async () => {
  const url = "  url: https://example.com/story\n";
  const dir = folder({
    "topics/t.md": "---\ntitle: T\n---\n",
    "2023-09-05-a.md": article("A", "2023-09-05", url),
    "2023-09-06-b.md": article("B", "2023-09-06", "  url: https://EXAMPLE.com/story/\n"),
  });
  const { problems } = await checkSite(defaultSiteSettings, { articlesDir: dir, projectRoot: dir, now });
  assert.is(problems.length, 1);
  assert.equal([problems[0]?.file, problems[0]?.line, problems[0]?.severity], ["2023-09-06-b.md", 7, "warning"]);
  assert.is(problems[0]?.message, "https://EXAMPLE.com/story/ is already curated in 2023-09-05-a.md");
});

test("an article dated after now is a warning that it will be held back", async () => {
  const dir = folder({ "topics/t.md": "---\ntitle: T\n---\n", "2024-02-01-later.md": article("Later", "2024-02-01") });
  const { problems, articles } = await checkSite(defaultSiteSettings, { articlesDir: dir, projectRoot: dir, now });
  assert.is(articles.length, 1);
  assert.equal([problems[0]?.field, problems[0]?.line, problems[0]?.severity], ["date", 3, "warning"]);
  assert.match(problems[0]!.message, "2024-02-01T00:00:00+07:00 is in the future: the article is held back until then");
});

test("topic files with the same slug are an error naming both files", async () => {
  const dir = folder({
    "topics/T.md": "---\ntitle: Upper\n---\n",
    "topics/t.md": "---\ntitle: Lower\n---\n",
    "topics/a_b.md": "---\ntitle: Underscore\n---\n",
    "topics/a-b.md": "---\ntitle: Hyphen\n---\n",
  });
  const { problems } = await checkSite(defaultSiteSettings, { articlesDir: dir, projectRoot: dir, now });
  assert.equal(problems.map((p) => [p.file, p.field, p.severity, p.message]), [
    ["topics/a_b.md", "file", "error", "same topic address /topics/a-b/ as topics/a-b.md: rename one of the two files"],
    ["topics/t.md", "file", "error", "same topic address /topics/t/ as topics/T.md: rename one of the two files"],
  ]);
});

test("characters a feed cannot carry are removed from every field and the body, each with a warning at its line", async () => {
  const dir = folder({
    "topics/t.md": '---\ntitle: "Topic\\x1f title"\nsummary: "Sum\\uFFFEmary"\n---\nBack\u000Bground.\n',
    "2023-09-05-a.md": `---\ntitle: "Kim\\x01 meets Putin"\ndate: "2023-09-05"\ntopics: [t]\nsource:\n  name: "Reuters\\u202E"\n  author: "A. \\vWriter"\ntags: [one, "t\\x02w\\x03o"]\n---\nFirst line.\nWord\u000Bline\u000Bbreaks.\n`,
  });
  const { problems, articles, topics } = await checkSite(defaultSiteSettings, { articlesDir: dir, projectRoot: dir, now });
  assert.equal(problems.map((p) => [p.file, p.line, p.column, p.field, p.severity, p.message]), [
    ["2023-09-05-a.md", 2, 1, "title", "warning", "removed a character that feeds cannot carry (U+0001): delete it from the file"],
    ["2023-09-05-a.md", 6, 1, "source.name", "warning", "removed a direction control (U+202E) not closed in this field, which would turn the site's own text beside it around: delete it from the file"],
    ["2023-09-05-a.md", 7, 1, "source.author", "warning", "removed a character that feeds cannot carry (U+000B): delete it from the file"],
    ["2023-09-05-a.md", 8, 1, "tags[2]", "warning", "removed 2 characters that feeds cannot carry (U+0002, U+0003): delete them from the file"],
    ["2023-09-05-a.md", 11, 5, "body", "warning", "removed 2 characters that feeds cannot carry (U+000B): delete them from the file"],
    ["topics/t.md", 2, 1, "title", "warning", "removed a character that feeds cannot carry (U+001F): delete it from the file"],
    ["topics/t.md", 3, 1, "summary", "warning", "removed a character that feeds cannot carry (U+FFFE): delete it from the file"],
    ["topics/t.md", 5, 5, "body", "warning", "removed a character that feeds cannot carry (U+000B): delete it from the file"],
  ].sort((a, b) => String(a[0]).localeCompare(String(b[0]))));
  const [a] = articles;
  assert.is(a?.title, "Kim meets Putin");
  assert.equal([a?.source.name, a?.source.author], ["Reuters", "A. Writer"]);
  assert.equal(a?.tags, ["one", "two"]);
  assert.is(a?.body, "First line.\nWordlinebreaks.\n");
  assert.equal([topics[0]?.title, topics[0]?.summary, topics[0]?.body], ["Topic title", "Summary", "Background.\n"]);
});

test("a control character in a source URL is refused, not removed", async () => {
  const dir = folder({ "topics/t.md": "---\ntitle: T\n---\n", "2023-09-05-a.md": article("A", "2023-09-05", '  url: "\\x01https://example.org/"\n') });
  const { problems, articles } = await checkSite(defaultSiteSettings, { articlesDir: dir, projectRoot: dir, now });
  assert.equal(articles, []);
  assert.equal(problems.map((p) => [p.field, p.severity, p.message]), [
    ["source.url", "error", '"\u0001https://example.org/" contains a control character (U+0001): retype the address without it'],
  ]);
});

test("a raw control character in frontmatter is an error at its own line and column", async () => {
  const dir = folder({ "topics/t.md": "---\ntitle: T\n---\n", "2023-09-05-a.md": "---\ntitle: Word\u000Bbreak\ndate: 2023-09-05\n---\n" });
  const { problems } = await checkSite(defaultSiteSettings, { articlesDir: dir, projectRoot: dir, now });
  assert.equal(problems.map((p) => [p.line, p.column, p.field, p.message]), [
    [2, 12, "frontmatter", "the frontmatter holds a control character (U+000B) that YAML cannot read, such as Word's line break: delete it"],
  ]);
});

test("a 900 KB malformed first line is quoted cut to 80 characters", async () => {
  const dir = folder({ "2023-09-05-a.md": `---${"x".repeat(900_000)}\ntitle: A\n---\n` });
  const { problems } = await checkSite(defaultSiteSettings, { articlesDir: dir, projectRoot: dir, now });
  assert.equal(problems.map((p) => [p.line, p.field, p.message]), [
    [1, "frontmatter", `frontmatter must be YAML: the first line must be exactly --- (found "---${"x".repeat(76)}…")`],
  ]);
});

test.run();
