import { test } from "uvu";
import * as assert from "uvu/assert";
import { ContentError, formatProblem, summarizeProblems, type Problem } from "../../src/content/problems.ts";

const dateError: Problem = { file: "articles/b.md", line: 3, column: 7, field: "date", message: '"soon" is not a date', severity: "error" };
const noLine: Problem = { file: "articles/b.md", field: "frontmatter", message: "the file is empty", severity: "error" };
const tagWarning: Problem = { file: "articles/a.md", line: 9, field: "tags", message: "duplicate tag", severity: "warning" };
const titleError: Problem = { file: "articles/b.md", line: 2, field: "title", message: "title is missing", severity: "error" };
const lateError: Problem = { file: "articles/c.md", line: 12, field: "source.url", message: "not a URL", severity: "error" };

test("formatProblem with line and column: file:line:column, field, severity, message", () => {
  assert.is(formatProblem(dateError), 'articles/b.md:3:7  date  error  "soon" is not a date');
});

test("formatProblem with a line but no column points at column 1", () => {
  assert.is(formatProblem(tagWarning), "articles/a.md:9:1  tags  warning  duplicate tag");
});

test("formatProblem without a line shows the file alone", () => {
  assert.is(formatProblem(noLine), "articles/b.md  frontmatter  error  the file is empty");
});

test("formatProblem keeps a quoted value with line breaks or control characters on one line", () => {
  const forged: Problem = { ...dateError, message: '"2023\n::error::x\r\u001b[31m\u2028" is not a date' };
  assert.is(formatProblem(forged), 'articles/b.md:3:7  date  error  "2023\\n::error::x\\r\\u001b[31m\\u2028" is not a date');
});

test("summarizeProblems sorts by path, then line, and ends with the counts", () => {
  assert.is(
    summarizeProblems([lateError, dateError, tagWarning, titleError, noLine]),
    [
      "articles/a.md:9:1  tags  warning  duplicate tag",
      "articles/b.md  frontmatter  error  the file is empty",
      "articles/b.md:2:1  title  error  title is missing",
      'articles/b.md:3:7  date  error  "soon" is not a date',
      "articles/c.md:12:1  source.url  error  not a URL",
      "4 errors, 1 warning",
    ].join("\n"),
  );
});

test("lines sort as numbers, not as text", () => {
  const at = (line: number): Problem => ({ file: "articles/x.md", line, field: "f", message: `line ${line}`, severity: "error" });
  const lines = summarizeProblems([at(10), at(9), at(100)]).split("\n");
  assert.equal(lines.slice(0, 3), [
    "articles/x.md:9:1  f  error  line 9",
    "articles/x.md:10:1  f  error  line 10",
    "articles/x.md:100:1  f  error  line 100",
  ]);
});

test("summarizeProblems does not reorder the caller's array", () => {
  const list = [lateError, tagWarning];
  summarizeProblems(list);
  assert.equal(list, [lateError, tagWarning]);
});

test("counts use singular and plural", () => {
  const last = (problems: Problem[]) => summarizeProblems(problems).split("\n").pop();
  assert.is(last([dateError]), "1 error, 0 warnings");
  assert.is(last([tagWarning]), "0 errors, 1 warning");
  assert.is(last([dateError, titleError, tagWarning, { ...tagWarning, line: 10 }]), "2 errors, 2 warnings");
});

test("ContentError carries every problem and summarizes them in its message", () => {
  const problems = [titleError, tagWarning, noLine];
  const error = new ContentError(problems);
  assert.instance(error, Error);
  assert.instance(error, ContentError);
  assert.is(error.name, "ContentError");
  assert.is(error.problems.length, 3);
  assert.equal(error.problems, [titleError, tagWarning, noLine]);
  assert.is(
    error.message,
    [
      "articles/a.md:9:1  tags  warning  duplicate tag",
      "articles/b.md  frontmatter  error  the file is empty",
      "articles/b.md:2:1  title  error  title is missing",
      "2 errors, 1 warning",
    ].join("\n"),
  );
});

test.run();
