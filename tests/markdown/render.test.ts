import { test } from "uvu";
import * as assert from "uvu/assert";
import * as cheerio from "cheerio";
import { marked } from "marked";
import { createMarkdownRenderer } from "../../src/markdown/render.ts";
import { createHtmlSanitizer } from "../../src/markdown/sanitize.ts";

const render = createMarkdownRenderer({ siteOrigin: "https://example.org" });

/** The HTML as a browser reads it, written out again: spelling (`&#39;`, `<br />`) no longer differs. */
function dom(html: string): string {
  return cheerio.load(html, null, false).html();
}

test("Markdown headings are demoted one level, so the page title stays the only h1", () => {
  assert.is(render("# Title\n\n## Part\n\n### Detail"), "<h2>Title</h2>\n<h3>Part</h3>\n<h4>Detail</h4>\n");
  // h6 is as low as HTML goes.
  assert.is(render("##### Five\n\n###### Six"), "<h6>Five</h6>\n<h6>Six</h6>\n");
  assert.is(render("Title\n=====\n\nPart\n----"), "<h2>Title</h2>\n<h3>Part</h3>\n");
});

test("GFM tables render, with column alignment", () => {
  const html = render("| Country | Tonnes |\n|---|--:|\n| Russia | 1,000 |");
  assert.match(html, "<table>");
  assert.match(html, "<th>Country</th>");
  assert.match(html, '<th align="right">Tonnes</th>');
  assert.match(html, "<td>Russia</td>");
  assert.match(html, '<td align="right">1,000</td>');
});

test("template syntax like {{ x }} stays literal text", () => {
  assert.is(render("Hello {{ x }} and {% raw %} here"), "<p>Hello {{ x }} and {% raw %} here</p>\n");
  assert.match(render("`{{ site.title }}`"), "<code>{{ site.title }}</code>");
});

test("code blocks keep their language class and escape their content", () => {
  assert.is(render("```js\nif (a < b) run();\n```"), '<pre><code class="language-js">if (a &lt; b) run();\n</code></pre>\n');
  // Other classes are dropped.
  assert.is(render('<p class="evil" id="x">t</p>'), "<p>t</p>");
});

test("the renderer is its own marked instance: the global marked is untouched", () => {
  render("# Demoted");
  assert.is(marked.parse("# Global", { async: false }), "<h1>Global</h1>\n");
});

const samples = [
  "# Kim meets Putin\n\nThey met at **Vostochny**; see [Reuters](https://www.reuters.com/) and [home](/).\n",
  "| a | b |\n|---|:-:|\n| 1 | 2 |\n",
  "- one\n- two\n\n1. first\n2. second\n\n> quoted *text*\n",
  '<h1 onclick="x()">Raw</h1>\n\n<p><a href="javascript:alert(1)">bad</a> <a href="https://a.example/">ok</a></p>\n\n<img src="data:x" alt="d">\n',
  "```ts\nconst a = 1 < 2;\n```\n\n![pic](https://img.example.net/a.png)\n",
];

test("output is deterministic: same input, same output, from one or two renderers", () => {
  const other = createMarkdownRenderer({ siteOrigin: "https://example.org" });
  for (const input of samples) {
    const first = render(input);
    assert.is(render(input), first, input);
    assert.is(other(input), first, input);
  }
});

test("sanitizing the output again changes nothing a browser reads", () => {
  // Each sample's output is block-level HTML, which marked passes through untouched, so
  // rendering it again sanitizes it again. Markdown without raw HTML skips the sanitizer, so
  // the spelling may differ (`&#39;` for `'`, `<br>` for `<br />`), never the document.
  for (const input of [...samples, "It's \"quoted\" & <escaped>,  \nbroken.\n\n***\n\n![](/a.png) &copy; [x](https://a.example/ 'T')\n"]) {
    const once = render(input);
    assert.is(dom(render(once)), dom(once), input);
  }
});

test("Markdown without raw HTML reads exactly as sanitized HTML would", () => {
  const sanitize = createHtmlSanitizer({ siteOrigin: "https://example.org" });
  const plain = [
    ...samples.filter((input) => !input.includes("<")),
    "Tom's \"quote\" &amp; 5 > 3 &copy; &#169; &#x27;\n\nline  \nbreak\\\nagain\n\n---\n",
    "[site](/topics/) [elsewhere](https://news.example.net/a?b=1 \"Title's\") <https://a.example/x> www.example.com/y and a@b.example\n",
    "![alt *text*](https://img.example.net/a.png 'T') ![](/rel.png)\n\n1. a\n1. b\n\n3. c\n\n- [ ] task\n",
    "```c++ extra\nx\n```\n\n```\nplain\n```\n\n`a<b`\n\n| x | y |\n|:--|--:|\n| ~~d~~ | **b** |\n",
    // Each alone: one refused URL sends the whole body through the sanitizer.
    ...["[mail](mailto:desk@example.org)", "[bad](javascript:alert(1))", "[hidden](java&#115;cript:x)", "[hidden](java&Tab;script:x)"],
    ...["[empty]()", "![data](data:x)", "![far](//evil.example/x.png)", "[tab](<java\tscript:x>)", "![x](<java\nscript:x>)"],
    "[ref]\n\n[ref]: https://ref.example.org/ \"Ref\"\n\nSetext\n======\n",
  ];
  for (const input of plain) {
    const html = render(input);
    const again = sanitize(html);
    assert.is(dom(again.html), dom(html), input);
    assert.equal(again.removed, [], input);
  }
});

test.run();
