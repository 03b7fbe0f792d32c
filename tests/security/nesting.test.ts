// Raw HTML nested without end: sanitize-html's parser spends time in proportion to the depth at
// every tag, so a file of unclosed tags took minutes. `npm run check` and the build refuse HTML
// nested more than 100 elements deep, with the line, and the sanitizer stops past its own bound
// whatever the scan made of the text. Depths are counted by hand from the shapes.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { createRequire } from "node:module";
import path from "node:path";
import * as cheerio from "cheerio";
import fc from "fast-check";
import { runCheck } from "../../src/cli/check.ts";
import { HtmlNesting } from "../../src/markdown/html-nesting.ts";
import { maxContentFileBytes } from "../../src/content/load.ts";
import { findMarkdownHazard } from "../../src/markdown/hazards.ts";
import { createBodyRenderer, createReportingMarkdownRenderer } from "../../src/markdown/render.ts";
import { createHtmlSanitizer, maxSanitizedNesting } from "../../src/markdown/sanitize.ts";
import { tempDir, writeTree } from "./support.ts";

const options = { siteOrigin: "https://example.org" };
const report = createReportingMarkdownRenderer(options);
const sanitize = createHtmlSanitizer(options);

const refusal = (element: string) =>
  `raw HTML nests more than 100 elements deep here (the innermost is <${element}>); at most 100 are allowed: close each element you open, as <${element}> with </${element}>, or nest fewer`;

const frontmatter = "---\ntitle: Deep\ndate: 2023-09-05\ntopics: [test]\nsource: Antara\n---\n";
/** `unit` repeated to fill a content file up to the size limit, after the frontmatter. */
const fill = (unit: string) => unit.repeat(Math.floor((maxContentFileBytes - frontmatter.length) / unit.length));

// Each shape, the body line where the 101st element opens, and that element.
const shapes = [
  { name: "<b> never closed", unit: "<b>", line: 1, element: "b" },
  { name: "<b> before text, never closed", unit: "<b>x", line: 1, element: "b" },
  // Each <ul><li> is two levels: the 51st <ul> is the 101st element.
  { name: "lists in list items", unit: "<ul><li>", line: 1, element: "ul" },
  // Three levels each: the 34th <table> is the 100th, its <tr> the 101st.
  { name: "tables in table cells", unit: "<table><tr><td>", line: 1, element: "tr" },
  { name: "links in SVG", unit: "<svg><a>", line: 1, element: "svg" },
  { name: "<div> never closed", unit: "<div>", line: 1, element: "div" },
  { name: "a <div> a line", unit: "<div>\n", line: 101, element: "div" },
  { name: "<div> blocks between blank lines", unit: "<div>\n\n", line: 201, element: "div" },
  { name: "<b> in a quote, a line each", unit: "> <b>\n", line: 101, element: "b" },
  { name: "details in details", unit: "<details><summary>", line: 1, element: "details" },
];

test("each shape of nested raw HTML, filling a file to the size limit, is refused at the line it gets too deep", () => {
  for (const { name, unit, line, element } of shapes) {
    const hazard = findMarkdownHazard(fill(unit));
    assert.equal(hazard, { line, message: refusal(element) }, name);
  }
});

test("npm run check names the file and line once, as an error, and exits 1", async () => {
  const dir = writeTree(tempDir("nesting"), {
    "topics/test.md": "---\ntitle: Test\n---\n",
    "2023-09-05-deep.md": frontmatter + "Intro.\n\n" + fill("<ul><li>").slice(0, 100_000),
  });
  const { code, output } = await runCheck(path.dirname(dir), { DIGEST_ARTICLES: dir });
  const file = `${path.basename(dir)}/2023-09-05-deep.md`;
  // The body starts on line 7; its third line holds the lists.
  assert.is(output, `${file}:9:1  body  error  ${refusal("ul")}\n1 error, 0 warnings`);
  assert.is(code, 1);
});

test("each shape nested exactly 100 deep renders, with every element in place", () => {
  const deep = (html: string, selector: string) => {
    const { html: out, removed } = report(html);
    assert.equal(removed, [], html.slice(0, 30));
    return cheerio.load(out)(selector);
  };
  assert.is(deep("<b>".repeat(100) + "x", "b").length, 100);
  assert.is(deep("<b>".repeat(100) + "x", "b").last().parents("b").length, 99);
  assert.is(deep("<b>".repeat(100) + "x" + "</b>".repeat(100), "b").length, 100);
  assert.is(deep("<ul><li>".repeat(50) + "x", "li").length, 50);
  assert.is(deep("<ul><li>".repeat(50) + "x", "li").last().parents("ul").length, 50);
  assert.is(deep("<table><tr><td>".repeat(33) + "x", "table").length, 33);
  assert.is(deep("<div>".repeat(100) + "x", "div").last().parents("div").length, 99);
  assert.is(deep("<div>\n".repeat(100) + "x", "div").length, 100);
  // SVG goes (it is not allowed), the links it held stay.
  const { html, removed } = report("<svg><a>".repeat(50) + "x");
  assert.equal(removed, ["<svg> element"]);
  assert.is(html.match(/<a>/g)?.length, 50);
  // One more of any of them is refused.
  for (const md of ["<b>".repeat(101), "<ul><li>".repeat(50) + "<ul>", "<div>\n".repeat(101)]) assert.ok(findMarkdownHazard(md), md.slice(0, 20));
});

test("long HTML that does not nest deep is no hazard: closed elements, void elements, stray tags closed by their paragraph", () => {
  const ok = [
    "<div><b>bold</b> and <i>italic</i></div>\n".repeat(20_000),
    "<br>".repeat(50_000) + "\n" + '<img src="https://example.org/a.png" alt="">'.repeat(5_000),
    // Each paragraph's </p> closes the <b> left open in it.
    "A paragraph with a stray <b> in it.\n\n".repeat(2_000),
    "<ul>\n" + "<li>item\n".repeat(5_000) + "</ul>\n",
    "<table>\n" + "<tr><td>a<td>b\n".repeat(5_000) + "</table>\n",
    "<p>one<p>two<p>three\n".repeat(5_000),
    "<svg>" + '<path d="M0 0"/>'.repeat(5_000) + "</svg>",
    // Tags in code, comments and script text are not elements.
    "```html\n" + "<div>".repeat(5_000) + "\n```\n",
    "<!--\n" + "<div>".repeat(5_000) + "\n-->\n",
    "<script>" + "<div>".repeat(5_000) + "</script>\n",
    "\\<b>".repeat(5_000),
  ];
  for (const md of ok) assert.is(findMarkdownHazard(md), undefined, md.slice(0, 40));
});

test("the scan nests HTML exactly as sanitize-html's own parser does", () => {
  // htmlparser2 as sanitize-html loads it (it carries its own version).
  const requireFromSanitizer = createRequire(createRequire(import.meta.url).resolve("sanitize-html"));
  const { Parser } = requireFromSanitizer("htmlparser2") as { Parser: new (cbs: object, options: object) => { write(html: string): void; stack: string[] } };
  const piece = fc.oneof(
    fc.constantFrom(
      "<b>", "</b>", "<B>", "</B >", "<i>", "</i>", "<p>", "</p>", "<li>", "<ul>", "</ul>", "<table>", "<tr>", "<td>", "</td>", "<tbody>",
      "<dd>", "<dt>", "<option>", "<select>", "<h1>", "<div", "<br>", "</br>", "<img src=x>", "<input>", "</ b>", "</>", "</ x>",
      "<svg>", "</svg>", "<math>", "<mi>", "</mi>", "<a/>", "<path/>", "<a b=c/>", "<a href='>'>", '<a title="x>', '"', "'",
      "<script>", "</script>", "</sCript>", "<style>", "</style >", "<title>", "</title>", "<textarea>", "</textarea>", "<xmp>", "</xmp>",
      "<scriptx>", "<titles>", "<!--", "-->", "<!-->", "<![CDATA[", "]]>", "<?x", "<!doctype html>", ">", "/", "=", " ", "x", "\n",
    ),
    fc.string({ maxLength: 3 }),
  );
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
      // No blank lines and no backslashes: those mean something to Markdown, not to HTML.
      const html = pieces.join("").replace(/\\/g, "").replace(/\n\s*\n/g, "\n") + " ";
      const parser = new Parser({}, { decodeEntities: true });
      parser.write(html);
      const scan = new HtmlNesting();
      for (const line of html.split("\n")) if (line.trim() !== "") scan.read(line);
      assert.equal(scan.open, [...parser.stack].reverse(), JSON.stringify(html));
    }),
    { numRuns: 3_000, seed: 14 },
  );
});

test("the sanitizer refuses HTML nested past its own bound, whatever the scan made of it", () => {
  assert.match(sanitize("<b>".repeat(maxSanitizedNesting) + "x").html, "x");
  assert.throws(() => sanitize("<b>".repeat(maxSanitizedNesting + 1) + "x"), (error: unknown) => error instanceof RangeError);
  // Text the scan reads as one long comment (the `<!--` is in a code span): the sanitizer stops,
  // and the body shows as plain text, with a note for `npm run check`.
  const fooled = "Type `<!--` to start a comment.\n" + "<b>".repeat(100_000);
  assert.is(findMarkdownHazard(fooled), undefined);
  const { html, removed } = report(fooled);
  assert.equal(removed, ["Markdown formatting, shown as plain text instead: it is nested too deeply to render"]);
  assert.ok(html.startsWith("<p>Type `&lt;!--` to start a comment.\n&lt;b&gt;&lt;b&gt;"), html.slice(0, 80));
  // A body rendered as already scanned (the build's path) is bounded the same way.
  assert.equal(createBodyRenderer(options)("<b>".repeat(100_000), true).removed, ["Markdown formatting, shown as plain text instead: it is nested too deeply to render"]);
});

test.run();
