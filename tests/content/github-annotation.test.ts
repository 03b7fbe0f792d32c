import { test } from "uvu";
import * as assert from "uvu/assert";
import { githubAnnotation } from "../../src/content/github-annotation.ts";

test("errors and warnings become workflow commands with file, line and column", () => {
  assert.is(
    githubAnnotation({ file: "articles/a.md", line: 3, column: 1, field: "date", message: '"x" is not a date', severity: "error" }),
    '::error file=articles/a.md,line=3,col=1,title=date::date: "x" is not a date',
  );
  assert.is(
    githubAnnotation({ file: "articles/b.md", field: "file", message: "empty", severity: "warning" }),
    "::warning file=articles/b.md,title=file::file: empty",
  );
});

test("commas, colons, percent signs and newlines cannot break the command", () => {
  const line = githubAnnotation({ file: "articles/a,b:c.md", line: 1, field: "source.url", message: "100% wrong\nreally", severity: "error" });
  assert.is(line, "::error file=articles/a%2Cb%3Ac.md,line=1,col=1,title=source.url::source.url: 100%25 wrong%0Areally");
});

test.run();
