import { test } from "uvu";
import * as assert from "uvu/assert";
import { contentFile, type ContentFile } from "../../src/content/load.ts";
import { parseContentFile } from "../../src/content/frontmatter.ts";
import { defaultSiteSettings } from "../../src/settings/site.ts";
import { validateContent } from "../../src/content/validate.ts";

function file(path: string, text: string): ContentFile {
  const parsed = parseContentFile(new TextEncoder().encode(text));
  if ("message" in parsed) throw new Error(parsed.message);
  return contentFile(path, path.startsWith("articles/topics/") ? "topic" : "article", parsed);
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
  assert.is(byField["topics[1]"]?.message, 'unknown topic "russia-dprk-arms-dea": did you mean "russia-dprk-arms-deal"?');
  assert.is(byField["topics[1]"]?.line, 4);
  assert.is(byField["source.name"]?.message, "is missing: add it, e.g. name: Antara");
  assert.is(byField["source.url"]?.message, "must be a full http:// or https:// address");
  assert.is(byField["source.url"]?.line, 6);
  assert.is(byField.lang!.message, '"not a tag!" is not a language code: use a BCP 47 tag such as id or en');
  assert.ok(byField.tags, "tags");
  assert.is(byField.draft?.message, "must be true or false, not a string");
  assert.match(byField.slug!.message, "lowercase letters");
  assert.ok(problems.every((p) => p.severity === "error" && p.file === "articles/2023/2023-09-13-kim-meets-putin.md"));
});

test("missing required fields are named", () => {
  const list = messages("---\nsummary: only this\n---\n");
  assert.ok(list.includes("title: is missing: add it, e.g. title: Kim meets Putin"), list.join("\n"));
  assert.ok(list.includes('date: is missing: add it, e.g. date: "2023-09-05"'), list.join("\n"));
  assert.ok(list.includes("source: is missing: add it, e.g. source: Antara"), list.join("\n"));
  assert.ok(list.includes("topics: is missing: name at least one topic, e.g. topics: [russia-dprk-arms-deal]"), list.join("\n"));
});

test("a tag needs Latin letters or digits: its page's address is made of them", () => {
  assert.equal(messages(good.replace("tags: [summit]", "tags: [summit, \"!!!\"]")), [
    "tags[2]: has no Latin letters or digits to make its page's address from: add some, e.g. its name in Latin script",
  ]);
});

test("a source must have a name and an http(s) url", () => {
  assert.ok(messages(good.replace("  name: Reuters\n", "")).includes("source.name: is missing: add it, e.g. name: Antara"));
  const ftp = check(good.replace("https://www.reuters.com/", "ftp://example.org/x")).problems;
  assert.is(ftp[0]?.field, "source.url");
  assert.is(ftp[0]?.message, "must be a full http:// or https:// address");
  assert.is(ftp[0]?.line, 7);
  assert.equal(check(good.replace(/source:\n(  .*\n)+/, "source: Antara\n")).articles[0]?.source.name, "Antara");
});

test("an unknown topic without a close match lists the nearest topics and the command that creates one", () => {
  const list = messages(good.replace("topics: [russia-dprk-arms-deal]", "topics: [football]"));
  assert.equal(list, ['topics[1]: unknown topic "football": the nearest topics are "el-nino", "russia-dprk-arms-deal"; or create it with npm run new -- --topic-file "football"']);
  const alone = validateContent([file("articles/2023/2023-09-13-x.md", good)], defaultSiteSettings).problems.map((p) => p.message);
  assert.equal(alone, ['unknown topic "russia-dprk-arms-deal": there are no topics yet; create it with npm run new -- --topic-file "russia-dprk-arms-deal"']);
});

test("list items are named as editors count them: topics[2] is the second topic", () => {
  const { problems } = check(good.replace("topics: [russia-dprk-arms-deal]", "topics: [el-nino, russia-dprk-arms-dea]").replace("tags: [summit]", "tags: [summit, 5]"));
  assert.equal(problems.map((p) => [p.field, p.line]), [["tags[2]", 11], ["topics[2]", 4]]);
});

test("tags or topics written as one text with commas show the list form, never one tag", () => {
  const tags = check(good.replace("tags: [summit]", "tags: beras, impor"));
  assert.equal(tags.articles, []);
  assert.equal(tags.problems.map((p) => [p.field, p.line, p.message]), [["tags", 11, "is one text with commas, not a list: write tags: [beras, impor]"]]);
  const topicsText = check(good.replace("topics: [russia-dprk-arms-deal]", "topics: russia-dprk-arms-deal, el-nino"));
  assert.equal(topicsText.articles, []);
  assert.equal(topicsText.problems.map((p) => `${p.field}: ${p.message}`), ["topics: is one text with commas, not a list: write topics: [russia-dprk-arms-deal, el-nino]"]);
  // Each name in it is still checked, so one run shows an unknown one too.
  assert.equal(messages(good.replace("topics: [russia-dprk-arms-deal]", "topics: el-nino, el-ninyo")), [
    "topics: is one text with commas, not a list: write topics: [el-nino, el-ninyo]",
    'topics: unknown topic "el-ninyo": did you mean "el-nino"?',
  ]);
  // A single tag or topic is a list of one, as before.
  assert.equal(check(good.replace("tags: [summit]", "tags: summit")).articles[0]?.tags, ["summit"]);
});

test("a topic whose title has a comma may be named as one text", () => {
  const rice = file("articles/topics/rice.md", "---\ntitle: Rice, imports\n---\n");
  const result = validateContent([rice, file("articles/2023/2023-09-13-x.md", good.replace("topics: [russia-dprk-arms-deal]", "topics: Rice, imports"))], defaultSiteSettings);
  assert.equal(result.problems, []);
  assert.equal(result.articles[0]?.topics, ["rice"]);
});

test("a language name suggests its code; an old code is a warning naming the current one", () => {
  assert.equal(messages(good.replace("lang: en", "lang: indonesian")), ['lang: "indonesian" is not a language code: did you mean lang: id?']);
  // Well-formed (five to eight letters may be a language subtag) but no language: it would reach <html lang>.
  assert.equal(messages(good.replace("lang: en", "lang: english")), ['lang: "english" is not a language code: did you mean lang: en?']);
  assert.equal(messages(good.replace("lang: en", "lang: Englsh")), ['lang: "Englsh" is not a language code: did you mean lang: en?']);
  const old = check(good.replace("lang: en", "lang: in"));
  assert.equal(old.problems.map((p) => [p.field, p.line, p.severity, p.message]), [["lang", 9, "warning", '"in" is an old code for Indonesian: use lang: id']]);
  assert.is(old.articles[0]?.lang, "id");
});

test("a day written the locale's way suggests the ISO date; an impossible day says why", () => {
  assert.equal(messages(good.replace('date: "2023-09-13T14:00:00+10:00"', "date: 05/09/2023")), ['date: "05/09/2023" is not a date: did you mean date: "2023-09-05"? (dates are written YYYY-MM-DD)']);
  const american = validateContent([...topics, file("articles/2023/2023-09-13-x.md", good.replace('date: "2023-09-13T14:00:00+10:00"', "date: 05/09/2023"))], { ...defaultSiteSettings, locale: "en-US" });
  assert.equal(american.problems.map((p) => p.message), ['"05/09/2023" is not a date: did you mean date: "2023-05-09"? (dates are written YYYY-MM-DD)']);
  assert.equal(messages(good.replace('date: "2023-09-13T14:00:00+10:00"', 'date: "2023-09-31"')), ['date: "2023-09-31" is not a real date: September 2023 has 30 days']);
  assert.equal(messages(good.replace('date: "2023-09-13T14:00:00+10:00"', 'date: "2023-02-29"')), ['date: "2023-02-29" is not a real date: February 2023 has 28 days']);
  assert.equal(messages(good.replace('date: "2023-09-13T14:00:00+10:00"', 'date: "2023-13-01"')), ['date: "2023-13-01" is not a real date: there is no month 13; months run from 01 to 12']);
  assert.equal(messages(good.replace('date: "2023-09-13T14:00:00+10:00"', 'date: "2023-09-05T24:30"')), ['date: "2023-09-05T24:30" is not a real date: there is no hour 24; hours run from 00 to 23']);
});

test("a day written another unambiguous way suggests the ISO date, in the article's, a coverage item's and an update's date", () => {
  const withDates = (day: string) =>
    good
      .replace('date: "2023-09-13T14:00:00+10:00"', `date: "${day}"`)
      .replace("tags: [summit]\n", `tags: [summit]\ncoverage:\n  - name: Kompas\n    url: https://www.kompas.com/a\n    date: "${day}"\nupdates:\n  - date: "${day}"\n    kind: update\n    note: More.\n`);
  const meant = (day: string, iso: string) =>
    ["date", "coverage[1].date", "updates[1].date"].map((field) => `${field}: "${day}" is not a date: did you mean date: "${iso}"? (dates are written YYYY-MM-DD)`);
  for (const day of ["2023/09/18", "2023-9-18", "18 September 2023", "September 18, 2023", "18 Sep 2023", "18/09/2023", "18-09-2023"]) {
    assert.equal(messages(withDates(day)), meant(day, "2023-09-18"), day);
  }
  assert.equal(messages(withDates("18 Agustus 2023")), meant("18 Agustus 2023", "2023-08-18"));
  assert.equal(messages(withDates("2023/09/18 14:30")), meant("2023/09/18 14:30", "2023-09-18T14:30"));
  // With the day first or the month first, 18 can only be the day.
  const american = validateContent([...topics, file("articles/2023/2023-09-13-x.md", withDates("18/09/2023"))], { ...defaultSiteSettings, locale: "en-US" });
  assert.equal(american.problems.map((p) => `${p.field}: ${p.message}`), meant("18/09/2023", "2023-09-18"));
});

test("a day whose reading is not certain gets no guess", () => {
  const generic = (day: string) => `date: "${day}" is not a date: use YYYY-MM-DD (a day in the site's time zone), YYYY-MM-DDTHH:mm (site time) or YYYY-MM-DDTHH:mm+07:00 (with an offset)`;
  for (const day of ["18/09/23", "September 2023", "Selasa, 18 September 2023"]) {
    assert.equal(messages(good.replace('date: "2023-09-13T14:00:00+10:00"', `date: "${day}"`)), [generic(day)], day);
  }
  // A site locale that writes the year first says nothing of the order of day and month.
  const japanese = validateContent([...topics, file("articles/2023/2023-09-13-x.md", good.replace('date: "2023-09-13T14:00:00+10:00"', 'date: "09/10/2023"'))], { ...defaultSiteSettings, locale: "ja-JP" });
  assert.equal(japanese.problems.map((p) => `${p.field}: ${p.message}`), [generic("09/10/2023")]);
});

test("a coverage address without http:// or https:// suggests https://; another scheme gets no guess", () => {
  const coverage = (url: string) => good.replace("tags: [summit]\n", `tags: [summit]\ncoverage:\n  - name: Kompas\n    url: ${url}\n`);
  assert.equal(messages(coverage("kompas.com/read/2023/09/18/x")), ['coverage[1].url: has no http:// or https://: did you mean "https://kompas.com/read/2023/09/18/x"?']);
  assert.equal(messages(coverage("www.kompas.com/read/2023/09/18/x")), ['coverage[1].url: has no http:// or https://: did you mean "https://www.kompas.com/read/2023/09/18/x"?']);
  assert.equal(messages(coverage("ftp://www.kompas.com/x")), ["coverage[1].url: must be a full http:// or https:// address"]);
  assert.equal(messages(good.replace("https://www.reuters.com/", "kompas.com/read/1")), ['source.url: has no http:// or https://: did you mean "https://kompas.com/read/1"?']);
});

test("a source address without http:// or https:// suggests https://", () => {
  const { problems } = check(good.replace("https://www.reuters.com/", "www.reuters.com/world"));
  assert.equal(problems.map((p) => [p.field, p.line, p.message]), [["source.url", 7, 'has no http:// or https://: did you mean "https://www.reuters.com/world"?']]);
  assert.equal(messages(good.replace("https://www.reuters.com/", "reuters")), ["source.url: must be a full http:// or https:// address"]);
});

test("unknown fields are warnings with a suggestion, and do not block the article", () => {
  const { problems, articles } = check(good.replace("title:", "titel: typo\ntitle:"));
  assert.is(articles.length, 1);
  assert.is(problems.length, 1);
  assert.is(problems[0]?.severity, "warning");
  assert.is(problems[0]?.message, 'unknown field: did you mean "title"?');
});

/** Each problem as `line field severity message`, in the order validateContent gives them. */
function problemLines(text: string): string[] {
  return check(text).problems.map((p) => `${p.line} ${p.field} ${p.severity} ${p.message}`);
}

test("a mistyped key in a coverage item is a warning at its line; a missing name is still an error", () => {
  const text = good.replace(
    "tags: [summit]\n",
    `tags: [summit]
coverage:
  - name: Kompas
    url: https://www.kompas.com/a
    dtae: "2023-09-13"
  - nmae: Tempo
    url: https://www.tempo.co/b
    titel: Kim and Putin
`,
  );
  assert.equal(problemLines(text), [
    '15 coverage[1].dtae warning unknown field: did you mean "date"?',
    '16 coverage[2].nmae warning unknown field: did you mean "name"?',
    '18 coverage[2].titel warning unknown field: did you mean "title"?',
    "16 coverage[2].name error is missing",
  ]);
  // Alone, a typo in an optional field leaves the article published, without that field.
  const dtae = check(good.replace("tags: [summit]\n", "tags: [summit]\ncoverage:\n  - name: Kompas\n    url: https://www.kompas.com/a\n    dtae: \"2023-09-13\"\n"));
  assert.equal(dtae.problems.map((p) => `${p.line} ${p.field} ${p.severity}`), ["15 coverage[1].dtae warning"]);
  assert.equal(dtae.articles[0]?.coverage?.map((c) => c.date), [undefined]);
});

test("a mistyped key in an update is a warning at its line, next to the missing field's error", () => {
  const text = good.replace("tags: [summit]\n", "tags: [summit]\nupdates:\n  - date: \"2023-09-14\"\n    knid: correction\n    note: The meeting was on Wednesday.\n");
  assert.equal(problemLines(text), [
    '14 updates[1].knid warning unknown field: did you mean "kind"?',
    "13 updates[1].kind error is missing",
  ]);
});

test("a mistyped key in image or in a source written as a mapping is a warning at its line", () => {
  const image = good.replace("tags: [summit]\n", "tags: [summit]\nimage:\n  src: photo.jpg\n  alt: Kim and Putin shake hands\n  credti: Reuters\n");
  assert.equal(problemLines(image), ['15 image.credti warning unknown field: did you mean "credit"?']);
  const source = good.replace("  author: A. Writer", "  athor: A. Writer");
  assert.equal(problemLines(source), ['8 source.athor warning unknown field: did you mean "author"?']);
  // Nothing close: the known fields are listed, as at the top level.
  const file = good.replace("tags: [summit]\n", "tags: [summit]\nimage:\n  src: photo.jpg\n  file: photo.jpg\n");
  assert.equal(problemLines(file), ["14 image.file warning unknown field; known fields are src, alt, credit, caption"]);
});

test("correctly written nested fields give no warning", () => {
  const text = good.replace(
    "tags: [summit]\n",
    `tags: [summit]
coverage:
  - name: Kompas
    url: https://www.kompas.com/a
    title: Kim bertemu Putin
    lang: id
    date: "2023-09-13"
  - { name: Tempo, url: "https://www.tempo.co/b" }
updates:
  - date: "2023-09-14"
    kind: correction
    note: The meeting was on Wednesday.
image:
  src: photo.jpg
  alt: Kim and Putin shake hands
  credit: Reuters
  caption: In Vostochny.
`,
  );
  const { problems, articles } = check(text);
  assert.equal(problems, []);
  assert.is(articles[0]?.coverage?.length, 2);
  assert.is(articles[0]?.updates?.length, 1);
  assert.is(articles[0]?.image?.credit, "Reuters");
});

test("a topic needs a title", () => {
  const { problems, topics: found } = validateContent([file("articles/topics/x.md", "---\nsummary: no title\n---\n")], defaultSiteSettings);
  assert.equal(found, []);
  assert.is(problems[0]?.field, "title");
  assert.is(problems[0]?.message, "is missing: add it, e.g. title: El Niño and drought in Indonesia");
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

test("a control character in a source URL is refused, though browsers would drop it", () => {
  const { problems, articles } = check(good.replace("  url: https://www.reuters.com/", '  url: "\\u0000https://www.reuters.com/"'));
  assert.equal(articles, []);
  assert.equal(problems.map((p) => [p.field, p.line, p.message]), [
    ["source.url", 7, '"\u0000https://www.reuters.com/" contains a control character (U+0000): retype the address without it'],
  ]);
});

test("a source URL with a user name and password is refused, naming neither", () => {
  const { problems, articles } = check(good.replace("https://www.reuters.com/", "https://user:secret@www.reuters.com/world"));
  assert.equal(articles, []);
  assert.equal(problems.map((p) => [p.field, p.message]), [
    ["source.url", 'contains a user name or password (before the @), which would be published with the link: remove it, e.g. "https://www.reuters.com/world"'],
  ]);
});

test("a slug longer than 100 characters is an error suggesting a shorter slug:", () => {
  const words = Array.from({ length: 30 }, (_, i) => `word${i}`).join("-"); // 10 × 5 + 20 × 6 letters and 29 hyphens: 199 characters
  const given = check(good.replace("lang: en", `lang: en\nslug: ${words}`));
  assert.equal(given.articles, []);
  assert.equal(given.problems.map((p) => [p.field, p.line, p.message]), [
    ["slug", 10, "is 199 characters long; addresses allow at most 100: add a shorter slug, e.g. slug: word0-word1-word2-word3-word4-word5-word6-word7-word8-word9"],
  ]);
  const fromFileName = check(good, `articles/2023/2023-09-13-${"a".repeat(300)}.md`);
  assert.equal(fromFileName.problems.map((p) => [p.field, p.message]), [
    ["slug", `is 300 characters long (from the file name); addresses allow at most 100: add a shorter slug, e.g. slug: ${"a".repeat(60)}`],
  ]);
  assert.is(check(good.replace("lang: en", `lang: en\nslug: ${"b".repeat(100)}`)).articles[0]?.slug, "b".repeat(100));
});

test("an article may name at most 10 topics: one error, not one per unknown name", () => {
  const many = Array.from({ length: 5000 }, (_, i) => `t${i}`).join(", ");
  const { problems, articles } = check(good.replace("topics: [russia-dprk-arms-deal]", `topics: [${many}]`));
  assert.equal(articles, []);
  assert.equal(problems.map((p) => [p.field, p.line, p.message]), [
    ["topics", 4, "lists 5000 topics, but an article may have at most 10 (each topic's feed lists all of them): keep the main ones"],
  ]);
  const ten = Array.from({ length: 9 }, () => "el-nino").join(", ");
  assert.is(check(good.replace("topics: [russia-dprk-arms-deal]", `topics: [russia-dprk-arms-deal, ${ten}]`)).problems.length, 0);
});

test("an article may have at most 30 tags and 30 related headlines", () => {
  const list = (n: number) => `[${Array.from({ length: n }, (_, i) => `x${i}`).join(", ")}]`;
  assert.equal(messages(good.replace("tags: [summit]", `tags: ${list(31)}`)), ["tags: lists 31 tags, but an article may have at most 30: keep the ones readers would look for"]);
  assert.equal(messages(good.replace("tags: [summit]", `tags: ${list(30)}`)), []);
  assert.equal(messages(good.replace("tags: [summit]", `related_headlines: ${list(31)}`)), [
    "related_headlines: lists 31 headlines, but an article may have at most 30: keep the closest stories",
  ]);
});

test("a topic file whose name has no letters or digits is an error: its page would be /topics/ itself", () => {
  const { problems, topics: found } = validateContent([file("articles/topics/-.md", "---\ntitle: Dash\n---\n")], defaultSiteSettings);
  assert.equal(found, []);
  assert.equal(problems, [
    {
      file: "articles/topics/-.md",
      field: "file",
      message: 'the file name "-.md" has no letters or digits, so the topic would have no address of its own: rename it, e.g. articles/topics/my-topic.md',
      severity: "error",
    },
  ]);
  // Reported with the file's other problems, not after they are fixed.
  const untitled = validateContent([file("articles/topics/-.md", "---\nsummary: No title\n---\n")], defaultSiteSettings);
  assert.equal(untitled.problems.map((p) => p.field), ["file", "title"]);
});

test("a topic file name giving a slug over 100 characters is an error suggesting a shorter name", () => {
  const { problems } = validateContent([file(`articles/topics/${"z".repeat(120)}.md`, "---\ntitle: Long\n---\n")], defaultSiteSettings);
  assert.equal(problems.map((p) => [p.field, p.message]), [
    ["file", `the file name gives the topic a slug of 120 characters; addresses allow at most 100: rename it, e.g. articles/topics/${"z".repeat(60)}.md`],
  ]);
});

test("messages quote at most 80 characters of an editor's text, field names included", () => {
  const name = "n".repeat(1000);
  const { problems } = check(good.replace("topics: [russia-dprk-arms-deal]", `topics: [${name}]\n${"k".repeat(1000)}: 1`));
  assert.equal(problems.map((p) => [p.field, p.message]), [
    [`${"k".repeat(79)}…`, "unknown field; known fields are title, date, topics, topic, source, lang, summary, tags, draft, slug, related_headlines, people, places, organizations, coverage, updates, image"],
    ["topics[1]", `unknown topic "${"n".repeat(79)}…": the nearest topics are "el-nino", "russia-dprk-arms-deal"; or create it with npm run new -- --topic-file "${"n".repeat(79)}…"`],
  ]);
});

test.run();
