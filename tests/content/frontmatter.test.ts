import { test } from "uvu";
import * as assert from "uvu/assert";
import { fieldLine, parseContentFile, type ParsedFile, type ParseFailure } from "../../src/content/frontmatter.ts";

const bytes = (text: string) => new TextEncoder().encode(text);
function ok(text: string | Uint8Array): ParsedFile {
  const result = parseContentFile(typeof text === "string" ? bytes(text) : text);
  if ("message" in result) throw new Error(result.message);
  return result;
}
function failure(text: string | Uint8Array): ParseFailure {
  const result = parseContentFile(typeof text === "string" ? bytes(text) : text);
  if (!("message" in result)) throw new Error("expected a failure");
  return result;
}

test("splits frontmatter and body", () => {
  const file = ok("---\ntitle: Hello\ntopics: [a, b]\n---\nBody *text*\n");
  assert.equal(file.data, { title: "Hello", topics: ["a", "b"] });
  assert.is(file.body, "Body *text*\n");
});

test("dates stay strings and numbers follow YAML 1.2", () => {
  const file = ok("---\ndate: 2023-09-05\nwhen: 2023-09-05T23:30:00-04:00\nzip: 01234\ntime: 1:30\n---\n");
  assert.is(file.data.date, "2023-09-05");
  assert.is(file.data.when, "2023-09-05T23:30:00-04:00");
  assert.is(file.data.zip, 1234);
  assert.is(file.data.time, "1:30");
});

test("a UTF-8 byte order mark and CRLF line endings are accepted", () => {
  const file = ok(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes("---\r\ntitle: Berita\r\n---\r\nIsi\r\n")]));
  assert.is(file.data.title, "Berita");
  assert.is(file.body, "Isi\n");
});

test("YAML errors carry the file line", () => {
  const f = failure("---\ntitle: ok\nsummary: [unclosed\ndate: 2023-09-05\n---\n");
  assert.match(f.message, /^invalid YAML/);
  assert.ok(f.line !== undefined && f.line >= 3 && f.line <= 5, `line ${f.line}`);
  const duplicate = failure("---\ntitle: a\ntitle: b\n---\n");
  assert.match(duplicate.message, /duplicated mapping key/);
  assert.is(duplicate.line, 3);
});

test("files that are not frontmatter-and-Markdown say what is wrong", () => {
  assert.match(failure("").message, "empty");
  assert.match(failure("Just text\n").message, "no frontmatter");
  assert.match(failure("---\ntitle: never closed\n").message, "not closed");
  assert.match(failure("---\n- a\n- b\n---\n").message, "mapping");
  assert.match(failure("---\njust a string\n---\n").message, "mapping");
  assert.match(failure(new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0xff, 0xfe, 0x0a])).message, "UTF-8");
  assert.match(failure(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0])).message, "not a text file");
});

test("JavaScript frontmatter is refused without running it", () => {
  (globalThis as Record<string, unknown>).pwned = false;
  const f = failure("---js\n{ title: (globalThis.pwned = true, 'x') }\n---\n");
  assert.match(f.message, "must be YAML");
  assert.is((globalThis as Record<string, unknown>).pwned, false);
});

test("fieldLine finds top-level and nested fields", () => {
  const file = ok("---\ntitle: x\nsource:\n  name: Antara\n  url: ftp://x\ndate: 2023\n---\n");
  assert.is(fieldLine(file.frontmatterLines, ["title"]), 2);
  assert.is(fieldLine(file.frontmatterLines, ["source", "url"]), 5);
  assert.is(fieldLine(file.frontmatterLines, ["date"]), 6);
  assert.is(fieldLine(file.frontmatterLines, ["missing"]), 2);
});

test("YAML slips are named in plain words: a quote left open at its line, a colon in an unquoted title", () => {
  const read = (text: string) => parseContentFile(new TextEncoder().encode(text)) as ParseFailure;
  assert.equal(read('---\ntitle: "Kim meets Putin\ndate: "2023-09-05"\ntopics: [t]\n---\n'), {
    line: 2,
    column: 1,
    message: 'the quote opened on line 2 is never closed: end the value with " on that line',
  });
  assert.equal(read("---\ndate: '2023-09-05'\ntitle: Kim: meets Putin\n---\n"), {
    line: 3,
    column: 1,
    message: 'the title has a colon in it, which YAML reads as a new field: put it in quotes, e.g. title: "Kim: meets Putin"',
  });
});

test.run();
