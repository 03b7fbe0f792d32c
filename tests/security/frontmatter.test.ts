// Frontmatter is data, never code: gray-matter's JavaScript engines are refused without running
// anything, YAML is read by the YAML 1.2 core schema, and aliases (the "billion laughs") are refused.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { existsSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import matter from "gray-matter";
import { parseContentFile, type ParsedFile, type ParseFailure } from "../../src/content/frontmatter.ts";

const bytes = (text: string) => new TextEncoder().encode(text);
function ok(text: string): ParsedFile {
  const result = parseContentFile(bytes(text));
  if ("message" in result) throw new Error(`expected to parse, got: ${result.message}`);
  return result;
}
function failure(text: string | Uint8Array): ParseFailure {
  const result = parseContentFile(typeof text === "string" ? bytes(text) : text);
  if (!("message" in result)) throw new Error(`expected a failure, got ${JSON.stringify(result.data)}`);
  return result;
}

const flag = "__digestFrontmatterRan";
const marker = path.join(tmpdir(), `digest-frontmatter-ran-${process.pid}`);
const globals = globalThis as Record<string, unknown>;
/** Code that, if run by any JavaScript engine, sets a global and writes a file. */
const code = `{ title: (globalThis.${flag} = true, process.getBuiltinModule("node:fs").writeFileSync(${JSON.stringify(marker)}, "ran"), "x") }`;

test.after.each(() => {
  delete globals[flag];
  rmSync(marker, { force: true });
});

test("the detector works: gray-matter on its own would run ---js frontmatter", () => {
  matter(`---js\n${code}\n---\nbody`);
  assert.is(globals[flag], true, "gray-matter did not run the code: this test could not see execution");
  assert.ok(existsSync(marker));
});

test("---js, ---javascript and other engines are refused without running anything", () => {
  const openings = ["---js", "---javascript", "---JS", "--- js", "---\tjs", "---coffee", "---json", "---yaml", "---js ", "\ufeff---js"];
  for (const opening of openings) {
    const f = failure(`${opening}\n${code}\n---\nbody\n`);
    assert.is(f.line, 1, opening);
    assert.match(f.message, /first line must be exactly ---|no frontmatter/, opening);
    assert.is(globals[flag], undefined, `${JSON.stringify(opening)} ran code`);
    assert.not.ok(existsSync(marker), `${JSON.stringify(opening)} ran code`);
  }
});

test("a plain --- block holding JavaScript is only YAML text: nothing runs", () => {
  for (const text of [`---\n${code}\n---\n`, `---\ntitle: !!js/function "function () { globalThis.${flag} = true }"\n---\n`]) {
    const result = parseContentFile(bytes(text));
    if (!("message" in result)) assert.type(result.data.title, "string");
    assert.is(globals[flag], undefined);
    assert.not.ok(existsSync(marker));
  }
});

test("YAML 1.2 core schema: 01234 is decimal, 1:30 is text, yes/no/on/off are text, dates stay text", () => {
  const { data } = ok(
    "---\nzip: 01234\nzero: 0\ntime: 1:30\nclock: 12:30:45\nsexagesimal: 190:20:30\noctal: 0o14\nhex: 0x1F\nyes: yes\nno: no\non: on\noff: off\ny: y\nt: true\nf: False\nnothing: ~\nnull2: null\nday: 2023-09-05\nwhen: 2023-09-05T23:30:00-04:00\ninf: .inf\nsci: 1e3\n---\n",
  );
  assert.equal(data, {
    zip: 1234,
    zero: 0,
    time: "1:30",
    clock: "12:30:45",
    sexagesimal: "190:20:30",
    octal: 12,
    hex: 31,
    yes: "yes",
    no: "no",
    on: "on",
    off: "off",
    y: "y",
    t: true,
    f: false,
    nothing: null,
    null2: null,
    day: "2023-09-05",
    when: "2023-09-05T23:30:00-04:00",
    inf: Infinity,
    sci: 1000,
  });
});

test("types beyond the core schema are refused: no functions, regexps, timestamps or binaries", () => {
  for (const tag of ["!!js/function 'function () {}'", "!!js/regexp /x/", "!!js/undefined ''", "!!timestamp 2023-09-05", "!!binary aGVsbG8=", "!!set {a}", "!<tag:yaml.org,2002:js/function> x"]) {
    const f = failure(`---\ntitle: ${tag}\n---\n`);
    assert.match(f.message, /^invalid YAML: unknown tag/, tag);
    assert.is(f.line, 2, tag);
  }
});

test("aliases are refused with the line they are on, however deep; anchors alone are fine", () => {
  let bomb = 'a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]\n';
  for (let i = 1; i < 40; i++) bomb += `l${i}: &l${i} [${Array(9).fill(i === 1 ? "*a" : `*l${i - 1}`).join(", ")}]\n`;
  const started = Date.now();
  const f = failure(`---\ntitle: x\n${bomb}tags: *l39\n---\n`);
  // Expanded, the bomb is 9^39 strings: it would never finish. 20 s is generous for a busy machine.
  assert.ok(Date.now() - started < 20_000, `took ${Date.now() - started} ms`);
  assert.match(f.message, "YAML aliases (*name) are not allowed");
  assert.is(f.line, 4);
  const cases: [string, number][] = [
    ["---\ntitle: &t Hello\nsummary: *t\n---\n", 3],
    ["---\ntitle: x\nlist: &l [1]\nother:\n  - *l\n---\n", 5],
    ["---\ntitle: x\nm: &m {a: 1}\nn: {b: *m}\n---\n", 4],
    ["---\ntitle: x\nk: &k key\n*k : value\n---\n", 4],
    ["---\ntitle: x\nbase: &b {a: 1}\nmerged:\n  <<: *b\n---\n", 5],
  ];
  for (const [text, line] of cases) {
    const g = failure(text);
    assert.match(g.message, "YAML aliases", text);
    assert.is(g.line, line, text);
  }
  // `*` inside text is no alias.
  const { data } = ok('---\ntitle: "*starred*"\nsummary: a * b\nnote: |\n  * a list in text\ntags: [x*]\nanchored: &a kept\n---\n');
  assert.equal(data, { title: "*starred*", summary: "a * b", note: "* a list in text\n", tags: ["x*"], anchored: "kept" });
});

test("__proto__ and constructor keys stay plain data: nothing is polluted", () => {
  const { data } = ok("---\ntitle: x\n__proto__:\n  polluted: yes\nconstructor:\n  prototype:\n    polluted: yes\n---\n");
  assert.equal(Object.keys(data).sort(), ["__proto__", "constructor", "title"]);
  assert.is(({} as Record<string, unknown>).polluted, undefined);
  assert.is(Object.getPrototypeOf(data), Object.prototype);
  assert.is((data as Record<string, unknown>).polluted, undefined);
});

test("the body's first line is known, however the frontmatter ends", () => {
  assert.is(ok("---\ntitle: x\n---\nBody").bodyLine, 4);
  assert.is(ok("---\ntitle: x\nsummary: y\n---\n\nBody").bodyLine, 5);
  assert.is(ok("\ufeff---\r\ntitle: x\r\n---\r\nBody\r\n").bodyLine, 4);
  const trailing = ok("---\ntitle: x\n---   \nBody");
  assert.is(trailing.bodyLine, 3); // the rest of the closing line is the body's first line
  assert.is(trailing.body, "   \nBody");
});

test.run();
