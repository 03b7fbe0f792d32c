import { test } from "uvu";
import * as assert from "uvu/assert";
import * as cheerio from "cheerio";
import { createMarkdownRenderer } from "../../src/markdown/render.ts";
import { escapeLineStart, markdownParagraphs } from "../../src/editor/markdown-paragraphs.ts";

const render = createMarkdownRenderer({ siteOrigin: "https://example.org" });

const hazards = [
  "# 1 di klasemen",
  "#DukungTimnas ramai di media sosial.",
  "> kutipan",
  "- satu",
  "* bintang",
  "+ plus",
  "---",
  "* * *",
  "___",
  "1. pertama",
  "2023. Tahun yang panas.",
  "3) tiga",
  "```js",
  "~~~",
  "<div>teks",
  "<script>alert(1)",
  "<!-- komentar -->",
  "[1]: https://example.org",
];

test("what Markdown would read at the start of a line stays text when rendered", () => {
  for (const line of hazards) {
    const html = render(markdownParagraphs([line]));
    const $ = cheerio.load(html);
    assert.is($("p").length, 1, `${line} → ${html}`);
    assert.is($("p").text(), line, `${line} → ${html}`);
  }
});

test("only the leading character is escaped; the rest is byte for byte", () => {
  assert.is(escapeLineStart("# judul"), "\\# judul");
  assert.is(escapeLineStart("- satu"), "\\- satu");
  assert.is(escapeLineStart("2023. Tahun"), "2023\\. Tahun");
  assert.is(escapeLineStart("<div>"), "\\<div>");
  assert.is(escapeLineStart("[1]: https://x"), "\\[1]: https://x");
});

test("ordinary text is left alone", () => {
  for (const line of ["Harga naik 3.5 persen.", "-10 derajat di puncak.", "“Kutipan” — dan é.", "3.5 persen", "<5 persen", "*penting* katanya", "[Foto] Banjir"]) {
    assert.is(escapeLineStart(line), line);
  }
});

test("paragraphs are one blank line apart", () => {
  assert.is(markdownParagraphs(["Satu.", "- dua", "Tiga."]), "Satu.\n\n\\- dua\n\nTiga.");
});

test.run();
