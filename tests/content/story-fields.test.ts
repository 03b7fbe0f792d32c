// coverage:, updates: and the outlet registry files, as `npm run check` reports them.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { contentFile, type ContentFile } from "../../src/content/load.ts";
import { parseContentFile } from "../../src/content/frontmatter.ts";
import { validateContent } from "../../src/content/validate.ts";
import { defaultSiteSettings } from "../../src/settings/site.ts";

function file(path: string, text: string): ContentFile {
  const parsed = parseContentFile(new TextEncoder().encode(text));
  if ("message" in parsed) throw new Error(parsed.message);
  const kind = path.startsWith("articles/topics/") ? "topic" : path.startsWith("articles/sources/") ? "outlet" : "article";
  return contentFile(path, kind, parsed);
}

const topic = file("articles/topics/t.md", "---\ntitle: T\n---\n");
const article = (extra: string) => `---\ntitle: Kim meets Putin\ndate: "2023-09-13T16:00"\ntopics: [t]\nsource: Reuters\n${extra}---\nBody.\n`;
const check = (...files: ContentFile[]) => validateContent([topic, ...files], defaultSiteSettings);
const lines = (text: string) => check(file("articles/a.md", article(text))).problems.map((p) => `${p.line} ${p.field} ${p.severity} ${p.message}`);

test("coverage entries are read with their dates; a valid list gives no problem", () => {
  const { articles, problems } = check(
    file("articles/a.md", article('coverage:\n  - name: Associated Press\n    url: https://apnews.com/x\n    title: "Kim and Putin meet"\n    lang: en\n    date: "2023-09-13"\n  - name: Antara\n    url: https://www.antaranews.com/y\n')),
  );
  assert.equal(problems, []);
  const coverage = articles[0]!.coverage!;
  assert.equal(coverage.map((c) => [c.name, c.url, c.title, c.lang, c.date?.at.toISO()]), [
    ["Associated Press", "https://apnews.com/x", "Kim and Putin meet", "en", "2023-09-13T00:00:00.000+07:00"],
    ["Antara", "https://www.antaranews.com/y", undefined, undefined, undefined],
  ]);
});

test("a coverage entry without a name, or with an address that is not http(s), is an error at its line", () => {
  assert.equal(lines("coverage:\n  - url: https://apnews.com/x\n  - name: Antara\n    url: www.antaranews.com/y\n  - name: Kompas\n    url: ftp://kompas.com/z\n"), [
    "7 coverage[1].name error is missing",
    '9 coverage[2].url error has no http:// or https://: did you mean "https://www.antaranews.com/y"?',
    "11 coverage[3].url error must be a full http:// or https:// address",
  ]);
});

test("a coverage date follows the article's date rules", () => {
  assert.equal(lines('coverage:\n  - name: Antara\n    url: https://www.antaranews.com/y\n    date: "2023-09-31"\n'), [
    '9 coverage[1].date error "2023-09-31" is not a real date: September 2023 has 30 days',
  ]);
});

test("updates are read oldest first as written, with their kinds and dates in the site's zone", () => {
  const { articles, problems } = check(file("articles/a.md", article('updates:\n  - date: "2023-09-14T09:00"\n    kind: correction\n    note: It is in **Amur**.\n')));
  assert.equal(problems, []);
  assert.equal(articles[0]!.updates!.map((u) => [u.date.at.toISO(), u.kind, u.note]), [["2023-09-14T09:00:00.000+07:00", "correction", "It is in **Amur**."]]);
});

test("an update dated before the article is an error", () => {
  assert.equal(lines('updates:\n  - date: "2023-09-12"\n    kind: update\n    note: Earlier.\n'), [
    `7 updates[1].date error "2023-09-12" is before the article's own date (2023-09-13T16:00:00+07:00): an update comes after publication; check the day and time`,
  ]);
});

test("an unknown update kind gets a did-you-mean; a missing note is an error", () => {
  assert.equal(lines('updates:\n  - date: "2023-09-14"\n    kind: corection\n  - date: "2023-09-14"\n    kind: retraction\n    note: x\n'), [
    "7 updates[1].note error is missing",
    '8 updates[1].kind error unknown kind "corection": did you mean kind: correction?',
    '10 updates[2].kind error unknown kind "retraction": write kind: update or kind: correction',
  ]);
});

const outlet = (name: string, extra = "") => `---\nname: ${name}\n${extra}---\nAbout it.\n`;

test("an outlet file is read with its aliases; its slug is its file's name", () => {
  const { outlets, problems } = check(file("articles/sources/antara.md", outlet("Antara", "aliases: [ANTARA, Antara News]\nurl: https://www.antaranews.com/\ncountry: Indonesia\nlang: id\nkind: wire\n")));
  assert.equal(problems, []);
  assert.equal(outlets, [{ file: "articles/sources/antara.md", slug: "antara", name: "Antara", aliases: ["ANTARA", "Antara News"], url: "https://www.antaranews.com/", country: "Indonesia", lang: "id", kind: "wire", body: "About it.\n", frontmatterLines: outlets![0]!.frontmatterLines }]);
});

test("an outlet's unknown kind gets a did-you-mean; an unknown field is a warning", () => {
  const { problems } = check(file("articles/sources/antara.md", outlet("Antara", "kind: wires\nhomepage: x\n")));
  assert.equal(problems.map((p) => `${p.line} ${p.field} ${p.severity} ${p.message}`), [
    '4 homepage warning unknown field; known fields are name, aliases, url, country, lang, kind',
    '3 kind error unknown kind "wires": did you mean kind: wire?',
  ]);
});

test("a name or alias two outlet files claim is an error naming both files", () => {
  const { problems } = check(
    file("articles/sources/antara.md", outlet("Antara", "aliases: [ANTARA, Antara News]\n")),
    file("articles/sources/lkbn.md", outlet("LKBN", "aliases: [Kantor Berita, antara news]\n")),
  );
  assert.equal(problems.map((p) => `${p.file}:${p.line} ${p.field} ${p.severity} ${p.message}`), [
    'articles/sources/lkbn.md:3 aliases[2] error "antara news" already names the outlet in articles/sources/antara.md: keep each name and alias in one outlet\'s file',
  ]);
});

test("every field's problem of an outlet file shows in one run, each at its line: a bad url does not hide a bad kind", () => {
  const { outlets, problems } = check(file("articles/sources/kompas.md", outlet("Kompas", "url: kompas.com\nlang: indonesian\nkind: newpaper\n")));
  assert.equal(outlets, []);
  assert.equal(problems.map((p) => `${p.file}:${p.line} ${p.field} ${p.severity} ${p.message}`), [
    'articles/sources/kompas.md:3 url error has no http:// or https://: did you mean "https://kompas.com/"?',
    'articles/sources/kompas.md:4 lang error "indonesian" is not a language code: did you mean lang: id?',
    'articles/sources/kompas.md:5 kind error unknown kind "newpaper": did you mean kind: newspaper?',
  ]);
});

test("an outlet file with a bad field still has its names checked against the other outlet files", () => {
  const { problems } = check(
    file("articles/sources/antara.md", outlet("Antara", "aliases: [ANTARA, Antara News]\n")),
    file("articles/sources/lkbn.md", outlet("LKBN", "aliases: [Kantor Berita, antara news]\nurl: lkbn.id\nkind: agency\n")),
  );
  assert.equal(problems.map((p) => `${p.file}:${p.line} ${p.field} ${p.severity} ${p.message}`), [
    'articles/sources/lkbn.md:4 url error has no http:// or https://: did you mean "https://lkbn.id/"?',
    'articles/sources/lkbn.md:5 kind error unknown kind "agency": write one of wire, newspaper, broadcaster, government, other',
    'articles/sources/lkbn.md:3 aliases[2] error "antara news" already names the outlet in articles/sources/antara.md: keep each name and alias in one outlet\'s file',
  ]);
});

test("coverage and updates are known fields", () => {
  assert.equal(lines('coverage: []\nupdates: []\n'), []);
});

test.run();
