import { test } from "uvu";
import * as assert from "uvu/assert";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { DateTime } from "luxon";
import { checkContent } from "../../src/content/check.ts";
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
  const { problems } = await checkContent(defaultSiteSettings, { articlesDir: dir, projectRoot: dir, now });
  assert.equal(problems.map((p) => [p.file, p.field, p.severity, p.message]), [
    ["b/2023-09-05-same.md", "slug", "error", "same address /2023/09/05/same/ as a/2023-09-05-same.md: give one of them another slug"],
  ]);
});

test("the same source URL curated twice is a warning naming both", async () => {
  const url = "  url: https://example.com/story\n";
  const dir = folder({
    "topics/t.md": "---\ntitle: T\n---\n",
    "2023-09-05-a.md": article("A", "2023-09-05", url),
    "2023-09-06-b.md": article("B", "2023-09-06", "  url: https://EXAMPLE.com/story/\n"),
  });
  const { problems } = await checkContent(defaultSiteSettings, { articlesDir: dir, projectRoot: dir, now });
  assert.is(problems.length, 1);
  assert.equal([problems[0]?.file, problems[0]?.line, problems[0]?.severity], ["2023-09-06-b.md", 7, "warning"]);
  assert.is(problems[0]?.message, "https://EXAMPLE.com/story/ is already curated in 2023-09-05-a.md");
});

test("an article dated after now is a warning that it will be held back", async () => {
  const dir = folder({ "topics/t.md": "---\ntitle: T\n---\n", "2024-02-01-later.md": article("Later", "2024-02-01") });
  const { problems, articles } = await checkContent(defaultSiteSettings, { articlesDir: dir, projectRoot: dir, now });
  assert.is(articles.length, 1);
  assert.equal([problems[0]?.field, problems[0]?.line, problems[0]?.severity], ["date", 3, "warning"]);
  assert.match(problems[0]!.message, "2024-02-01T00:00:00+07:00 is in the future: the article is held back until then");
});

test.run();
