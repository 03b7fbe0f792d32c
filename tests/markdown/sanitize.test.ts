// The allowlist, through the renderer: raw HTML and URLs it refuses go, links elsewhere get rel.
import { test } from "uvu";
import * as assert from "uvu/assert";
import * as cheerio from "cheerio";
import { createMarkdownRenderer } from "../../src/markdown/render.ts";

const render = createMarkdownRenderer({ siteOrigin: "https://example.org" });

/** The HTML as a browser reads it, written out again: spelling (`&#39;`, `<br />`) no longer differs. */
function dom(html: string): string {
  return cheerio.load(html, null, false).html();
}

/** Every `<a …>` start tag of the output, in order. */
function anchors(html: string): string[] {
  return html.match(/<a\b[^>]*>/g) ?? [];
}

test("a raw <h1> becomes an h2", () => {
  assert.is(render("<h1>Raw heading</h1>"), "<h2>Raw heading</h2>");
  assert.not.match(render('<h1 class="x">A</h1>\n\nText <h1>inline</h1>'), "<h1");
});

test("script, style, iframe, object, embed and form are removed", () => {
  const cases: [string, string][] = [
    ["<script>alert(1)</script>\n\nText", "<script"],
    ['<script src="https://evil.example/x.js"></script>\n\nText', "<script"],
    ["<style>body { display: none }</style>\n\nText", "<style"],
    ['<iframe src="https://evil.example/"></iframe>\n\nText', "<iframe"],
    ['<object data="https://evil.example/x.swf"></object>\n\nText', "<object"],
    ['<embed src="https://evil.example/x.swf">\n\nText', "<embed"],
    ['<form action="https://evil.example/"><input name="q"><button>Go</button></form>\n\nText', "<form"],
    ["<svg><script>alert(1)</script></svg>\n\nText", "<script"],
  ];
  for (const [input, tag] of cases) {
    const html = render(input);
    assert.not.match(html, tag, input);
    assert.match(html, "<p>Text</p>", input);
  }
  // The code inside script and style never reaches the page, not even as text.
  assert.not.match(render("<script>alert(1)</script>\n\nText"), "alert");
  assert.not.match(render("<style>body { display: none }</style>\n\nText"), "display");
  // Form controls go with the form.
  assert.not.match(render('<form><input name="q"><button>Go</button></form>'), /<input|<button/);
});

test("on* event attributes are removed", () => {
  assert.is(render(`<p onclick="alert(1)" onmouseover='alert(2)'>hi</p>`), "<p>hi</p>");
  const img = render('<img src="https://img.example.net/a.png" onerror="alert(1)" onload="alert(2)">');
  assert.not.match(img, /on(error|load)/i);
  assert.match(img, 'src="https://img.example.net/a.png"');
  assert.not.match(render('<a href="https://example.org/x" ONCLICK="alert(1)">x</a>'), /onclick/i);
});

test("javascript:, vbscript: and data: URLs in Markdown links and images are removed", () => {
  const links = [
    "[a](javascript:alert(1))",
    "[a](JaVaScRiPt:alert(1))",
    "[a](vbscript:msgbox(1))",
    "[a](VBScript:msgbox(1))",
    "[a](data:text/html,<script>alert(1)</script>)",
    "[a](&#106;avascript:alert(1))",
    "[a](   javascript:alert(1))",
    "[a](<javascript:alert(1)>)",
  ];
  for (const input of links) {
    const html = render(input);
    assert.not.match(html, "href", input);
    assert.not.match(html, /script:|data:/i, input);
    assert.match(html, "<a>a</a>", input); // the text of the link stays
  }
  for (const input of ["![pic](javascript:alert(1))", "![pic](data:image/png;base64,AAAA)", "![pic](vbscript:x)"]) {
    const html = render(input);
    assert.not.match(html, "src", input);
    assert.match(html, 'alt="pic"', input);
  }
});

test("javascript:, vbscript: and data: URLs in raw href and src are removed", () => {
  const hrefs = [
    "javascript:alert(1)",
    "JAVASCRIPT:alert(1)",
    "  javascript:alert(1)",
    "\tjavascript:alert(1)",
    "java\tscript:alert(1)",
    "&#106;avascript:alert(1)",
    "&#x6A;avascript&colon;alert(1)",
    "&#0000106;avascript:alert(1)",
    "vbscript:msgbox(1)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "//evil.example/x",
  ];
  for (const href of hrefs) {
    const html = render(`<a href="${href}">x</a>`);
    assert.is(html, "<p><a>x</a></p>\n", href);
  }
  for (const src of ["javascript:alert(1)", " JavaScript:alert(1)", "vbscript:x", "data:image/png;base64,AAAA", "&#100;ata:image/png;base64,AAAA"]) {
    const html = render(`<img src="${src}" alt="d">`);
    assert.is(html, '<img alt="d" />', src);
  }
  // Each candidate of a srcset is checked too.
  assert.is(
    render('<img srcset="javascript:alert(1) 1x, https://img.example.net/b.png 2x">'),
    '<img srcset="https://img.example.net/b.png 2x" />',
  );
});

test("http, https and mailto links stay", () => {
  const html = render("[h](http://a.example/) [s](https://a.example/x?y=1#z) [m](mailto:desk@example.org)");
  assert.match(html, 'href="http://a.example/"');
  assert.match(html, 'href="https://a.example/x?y=1#z"');
  assert.match(html, 'href="mailto:desk@example.org"');
  assert.match(render('<a href="https://a.example/raw">raw</a>'), 'href="https://a.example/raw"');
});

test("links to other sites get rel=noopener noreferrer", () => {
  const tags = anchors(render("[a](https://www.reuters.com/world/) [b](http://antaranews.com/) [c](https://example.org.evil.example/)"));
  assert.equal(tags, [
    '<a href="https://www.reuters.com/world/" rel="noopener noreferrer">',
    '<a href="http://antaranews.com/" rel="noopener noreferrer">',
    '<a href="https://example.org.evil.example/" rel="noopener noreferrer">',
  ]);
  // Whatever rel the author wrote is replaced, and target is not kept.
  assert.equal(anchors(render('<a href="https://a.example/" rel="opener" target="_blank">x</a>')), [
    '<a href="https://a.example/" rel="noopener noreferrer">',
  ]);
});

test("links within the site (same origin or relative) get no rel", () => {
  const tags = anchors(
    render("[a](https://example.org/topics/el-nino/) [b](HTTPS://EXAMPLE.ORG/2023/) [c](/topics/x/) [d](../x/) [e](#notes) [f](mailto:desk@example.org)"),
  );
  assert.equal(tags, [
    '<a href="https://example.org/topics/el-nino/">',
    '<a href="HTTPS://EXAMPLE.ORG/2023/">',
    '<a href="/topics/x/">',
    '<a href="../x/">',
    '<a href="#notes">',
    '<a href="mailto:desk@example.org">',
  ]);
  // An author's rel on an internal link is dropped, not kept.
  assert.equal(anchors(render('<a href="/x/" rel="nofollow">x</a>')), ['<a href="/x/">']);
});

test("a link to the site's bare origin (no path) is internal and gets no rel", () => {
  assert.equal(anchors(render("[home](https://example.org)")), ['<a href="https://example.org">']);
  assert.equal(anchors(render("[top](https://example.org#top)")), ['<a href="https://example.org#top">']);
});

test("img with an https src keeps src and alt", () => {
  assert.is(
    dom(render('![Kim and Putin at Vostochny](https://img.example.net/a.jpg "At the cosmodrome")')),
    '<p><img src="https://img.example.net/a.jpg" alt="Kim and Putin at Vostochny" title="At the cosmodrome"></p>\n',
  );
  assert.is(
    render('<img src="https://img.example.net/b.jpg" alt="Map" width="640" height="480" loading="lazy">'),
    '<img src="https://img.example.net/b.jpg" alt="Map" width="640" height="480" loading="lazy" />',
  );
});

test.run();
