import { test } from "uvu";
import * as assert from "uvu/assert";
import { parseContentFile } from "../../src/content/frontmatter.ts";
import type { ContentFile } from "../../src/content/load.ts";
import { defaultSiteSettings } from "../../src/settings/site.ts";
import { validateContent } from "../../src/content/validate.ts";

function file(path: string, text: string): ContentFile {
  const parsed = parseContentFile(new TextEncoder().encode(text));
  if ("message" in parsed) throw new Error(parsed.message);
  return { file: path, kind: path.startsWith("articles/topics/") ? "topic" : "article", parsed };
}

const topics = [
  file("articles/topics/russia-dprk-arms-deal.md", "---\ntitle: Russia–DPRK arms deal\nsummary: Talks.\n---\nBackground.\n"),
  file("articles/topics/el-nino.md", "---\ntitle: El Niño\n---\n"),
];

const good = `---
title: Kim meets Putin
date: "2023-09-13T14:00:00+10:00"
topics: [russia-dprk-arms-deal]
source:
  name: Reuters
  url: https://www.reuters.com/
  author: A. Writer
lang: en
summary: They met.
tags: [summit]
---
Body.
`;

function check(text: string, path = "articles/2023/2023-09-13-kim-meets-putin.md") {
  return validateContent([...topics, file(path, text)], defaultSiteSettings);
}
function messages(text: string) {
  return check(text).problems.map((p) => `${p.field}: ${p.message}`);
}

test("a valid article becomes a typed source with defaults filled in", () => {
  const { articles, problems } = check(good);
  assert.equal(problems, []);
  const [a] = articles;
  assert.ok(a);
  assert.is(a.slug, "kim-meets-putin");
  assert.equal(a.topics, ["russia-dprk-arms-deal"]);
  assert.equal(a.source, { name: "Reuters", url: "https://www.reuters.com/", author: "A. Writer" });
  assert.is(a.date.at.toISO(), "2023-09-13T11:00:00.000+07:00");
  assert.is(a.draft, false);
  assert.is(a.body, "Body.\n");
});

test("topics resolve by slug or title; topic: is a shorthand; lang defaults to the site's", () => {
  const text = good.replace("topics: [russia-dprk-arms-deal]", "topic: El Niño").replace("lang: en\n", "");
  const [a] = check(text).articles;
  assert.equal(a?.topics, ["el-nino"]);
  assert.is(a?.lang, "en");
  const both = check(good.replace("topics: [russia-dprk-arms-deal]", 'topics: ["Russia–DPRK arms deal", el-nino]')).articles[0];
  assert.equal(both?.topics, ["russia-dprk-arms-deal", "el-nino"]);
});

test("every problem in a file is reported, each naming its field and line", () => {
  const text = `---
title: 123
date: next week
topics: [russia-dprk-arms-dea]
source:
  url: javascript:alert(1)
lang: "not a tag!"
tags: 5
draft: "yes"
slug: Not A Slug
---
`;
  const { problems, articles } = check(text);
  assert.equal(articles, []);
  const byField = Object.fromEntries(problems.map((p) => [p.field, p]));
  assert.is(byField.title?.message, "must be text, not a number");
  assert.is(byField.title?.line, 2);
  assert.match(byField.date!.message, '"next week" is not a date: use YYYY-MM-DD');
  assert.is(byField.date?.line, 3);
  assert.is(byField["topics.0"]?.message, 'unknown topic "russia-dprk-arms-dea": did you mean "russia-dprk-arms-deal"?');
  assert.is(byField["topics.0"]?.line, 4);
  assert.is(byField["source.name"]?.message, "is missing");
  assert.is(byField["source.url"]?.message, "must be a full http:// or https:// address");
  assert.is(byField["source.url"]?.line, 6);
  assert.match(byField.lang!.message, "BCP 47");
  assert.ok(byField.tags, "tags");
  assert.is(byField.draft?.message, "must be true or false, not a string");
  assert.match(byField.slug!.message, "lowercase letters");
  assert.ok(problems.every((p) => p.severity === "error" && p.file === "articles/2023/2023-09-13-kim-meets-putin.md"));
});

test("missing required fields are named", () => {
  const list = messages("---\nsummary: only this\n---\n");
  assert.ok(list.includes("title: is missing"), list.join("\n"));
  assert.ok(list.includes("date: is missing"), list.join("\n"));
  assert.ok(list.includes("source: is missing"), list.join("\n"));
  assert.ok(list.includes("topics: is missing: name at least one topic, e.g. topics: [russia-dprk-arms-deal]"), list.join("\n"));
});

test("a source must have a name and an http(s) url", () => {
  assert.ok(messages(good.replace("  name: Reuters\n", "")).includes("source.name: is missing"));
  const ftp = check(good.replace("https://www.reuters.com/", "ftp://example.org/x")).problems;
  assert.is(ftp[0]?.field, "source.url");
  assert.is(ftp[0]?.message, "must be a full http:// or https:// address");
  assert.is(ftp[0]?.line, 7);
  assert.equal(check(good.replace(/source:\n(  .*\n)+/, "source: Antara\n")).articles[0]?.source.name, "Antara");
});

test("an unknown topic without a close match says how to add one", () => {
  const list = messages(good.replace("topics: [russia-dprk-arms-deal]", "topics: [football]"));
  assert.equal(list, ['topics.0: unknown topic "football": add articles/topics/<slug>.md or use an existing topic']);
});

test("unknown fields are warnings with a suggestion, and do not block the article", () => {
  const { problems, articles } = check(good.replace("title:", "titel: typo\ntitle:"));
  assert.is(articles.length, 1);
  assert.is(problems.length, 1);
  assert.is(problems[0]?.severity, "warning");
  assert.is(problems[0]?.message, 'unknown field: did you mean "title"?');
});

test("a topic needs a title", () => {
  const { problems, topics: found } = validateContent([file("articles/topics/x.md", "---\nsummary: no title\n---\n")], defaultSiteSettings);
  assert.equal(found, []);
  assert.is(problems[0]?.field, "title");
  assert.is(problems[0]?.message, "is missing");
});

test("slug: overrides the file name", () => {
  assert.is(check(good.replace("lang: en", "lang: en\nslug: kim-putin")).articles[0]?.slug, "kim-putin");
});

test("an article may not take the slug a busy day's later pages use", () => {
  const named = check(good.replace("lang: en", "lang: en\nslug: page"));
  assert.equal(named.articles, []);
  assert.equal(named.problems.map((p) => [p.field, p.line]), [["slug", 10]]);
  assert.match(named.problems[0]!.message, 'is "page", which a busy day\'s later pages use in their URLs: add slug: with another name');
  const fromFileName = check(good, "articles/2023/2023-09-13-page.md");
  assert.equal(fromFileName.articles, []);
  assert.match(fromFileName.problems[0]!.message, 'is "page" (from the file name)');
});

test.run();
