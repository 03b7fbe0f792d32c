import { test } from "uvu";
import * as assert from "uvu/assert";
import yaml from "js-yaml";
import { parseContentFile } from "../../src/content/frontmatter.ts";
import { markdownDocument } from "../../src/editor/markdown-document.ts";

const parse = (text: string) => {
  const parsed = parseContentFile(new TextEncoder().encode(text));
  if ("message" in parsed) throw new Error(parsed.message);
  return parsed;
};

test("fields become a frontmatter block, then the body ending in one newline", () => {
  const text = markdownDocument({ title: "Kim meets Putin", topics: ["russia-dprk-arms-deal"] }, "Body.\n\n\n");
  assert.is(text, '---\ntitle: "Kim meets Putin"\ntopics:\n  - "russia-dprk-arms-deal"\n---\nBody.\n');
});

test("dates and words YAML would read as something else stay quoted text", () => {
  const fields = { date: "2023-09-05", time: "2023-09-05T10:00", lang: "no", draft: "true", number: "01234" };
  const text = markdownDocument(fields, "");
  assert.match(text, 'date: "2023-09-05"\n');
  assert.match(text, 'time: "2023-09-05T10:00"\n');
  assert.equal(parse(text).data, fields);
  assert.equal(yaml.load(text.split("---\n")[1]!), fields); // even under YAML 1.1 rules
});

test("non-ASCII letters and curly quotes are written as they are; nothing breaks the block", () => {
  const fields = {
    title: "BMKG: El Niño “lebih kering” — puncaknya Agustus–September",
    summary: 'Quotes " and \' and # and --- and a: colon',
    long: "word ".repeat(60).trim(),
  };
  const text = markdownDocument(fields, "");
  assert.match(text, 'title: "BMKG: El Niño “lebih kering” — puncaknya Agustus–September"\n');
  assert.match(text, `long: "${fields.long}"\n`); // never folded
  assert.equal(parse(text).data, fields);
});

test("an empty body leaves only the frontmatter", () => {
  assert.is(markdownDocument({ title: "x" }, ""), '---\ntitle: "x"\n---\n');
});

test.run();
