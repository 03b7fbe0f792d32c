// The Markdown renderer and its allowlist sanitizer, read back with an HTML parser: harmless
// formatting stays, anything that runs code or leaves by another scheme goes, and the reporting
// variant says what went. URL checks use tests/security/support.ts, not the code under test.
import { test } from "uvu";
import * as assert from "uvu/assert";
import * as cheerio from "cheerio";
import { findMarkdownHazard, maxMarkdownNesting } from "../../src/markdown/hazards.ts";
import { createMarkdownRenderer, createReportingMarkdownRenderer } from "../../src/markdown/render.ts";
import { createHtmlSanitizer } from "../../src/markdown/sanitize.ts";
import { payloads } from "../fixtures/security/payloads.ts";
import { fragmentProblems as problems, srcsetUrls } from "./support.ts";

const options = { siteOrigin: "https://example.org" };
const render = createMarkdownRenderer(options);
const report = createReportingMarkdownRenderer(options);
const sanitize = createHtmlSanitizer(options);
// For hostile input only: unguarded, marked overflows its stack after seconds or rescans for
// minutes on these; 20 s stays far from that yet passes on a busy 2-core machine (the guards
// themselves take milliseconds on a quiet one). What the guards do is asserted without a clock.
const generousMs = 20_000;

test("harmless formatting, tables, figures and http(s) images stay as written", () => {
  const md = [
    "# Title",
    "",
    "Some *emphasis*, **strong**, ~~struck~~, `code`, a [link](https://example.com/a?b=1#c \"Title\"), [mail](mailto:desk@example.org) and [a page](/topics/x/).",
    "",
    "> A quote with a list:",
    ">",
    "> - one",
    "> - two",
    "",
    "1. first",
    "2. second",
    "",
    "| Country | Tonnes |",
    "|---|--:|",
    "| Russia | 1,000 |",
    "",
    "![A map](https://img.example.net/map.png)",
    "",
    '<figure><img src="https://img.example.net/a.jpg" srcset="https://img.example.net/a.jpg 1x, http://img.example.net/a2.jpg 2x" alt="A photo" width="640" height="480" loading="lazy"><figcaption>Caption <em>here</em></figcaption></figure>',
    "",
    "<details><summary>More</summary><p>Hidden <del>old</del> <ins>new</ins> <sub>2</sub><sup>3</sup></p></details>",
    "",
    "```js",
    "if (a < b) run();",
    "```",
  ].join("\n");
  const { html, removed } = report(md);
  assert.equal(removed, []);
  assert.equal(problems(html), []);
  const $ = cheerio.load(html);
  assert.is($("h2").text(), "Title");
  assert.is($("em").first().text(), "emphasis");
  assert.is($("strong").text(), "strong");
  assert.is($("del").first().text(), "struck");
  assert.is($('a[href="https://example.com/a?b=1#c"]').attr("title"), "Title");
  assert.is($('a[href="https://example.com/a?b=1#c"]').attr("rel"), "noopener noreferrer");
  assert.is($('a[href="mailto:desk@example.org"]').text(), "mail");
  assert.is($('a[href="/topics/x/"]').attr("rel"), undefined);
  assert.equal($("blockquote li").map((_, el) => $(el).text()).get(), ["one", "two"]);
  assert.is($("ol li").length, 2);
  assert.is($("th").eq(1).attr("align"), "right");
  assert.is($("td").first().text(), "Russia");
  assert.is($('img[alt="A map"]').attr("src"), "https://img.example.net/map.png");
  const photo = $("figure img");
  assert.is(photo.attr("src"), "https://img.example.net/a.jpg");
  assert.equal(srcsetUrls(photo.attr("srcset")!), ["https://img.example.net/a.jpg", "http://img.example.net/a2.jpg"]);
  assert.equal([photo.attr("alt"), photo.attr("width"), photo.attr("height"), photo.attr("loading")], ["A photo", "640", "480", "lazy"]);
  assert.is($("figcaption").text(), "Caption here");
  assert.is($("details summary").text(), "More");
  assert.is($("ins").text(), "new");
  assert.is($("pre code.language-js").text(), "if (a < b) run();\n");
});

test("script, style, iframe, object, embed, form and their kin go, and so does every on* attribute", () => {
  for (const tag of ["script", "style", "iframe", "object", "embed", "form", "input", "button", "textarea", "select", "base", "link", "meta", "svg", "math", "frame", "frameset", "applet", "noscript", "template", "title", "xmp", "plaintext", "marquee", "audio", "video", "source", "portal", "dialog"]) {
    const { html, removed } = report(`<${tag} src="https://a.example/x" onload="alert(1)">inside</${tag}>\n\nAfter`);
    assert.equal(problems(html), [], tag);
    assert.ok(removed.some((r) => r.startsWith(`<${tag}>`)), `${tag}: ${removed.join("; ")}`);
  }
  const handlers = ["onclick", "ONCLICK", "onMouseOver", "onerror", "onload", "onfocus", "onanimationstart", "onpointerenter", "ontoggle", "onbegin"];
  for (const handler of handlers) {
    const { html, removed } = report(`<p ${handler}="alert(1)">a</p><img src="https://a.example/x.png" ${handler}=alert(1)><a href="https://a.example/" ${handler}='alert(1)'>l</a><details ${handler}="x"><summary>s</summary></details>`);
    assert.equal(problems(html), [], handler);
    assert.ok(removed.some((r) => r.startsWith(`${handler.toLowerCase()} event handler on <`)), `${handler}: ${removed.join("; ")}`);
  }
});

// Every way of writing a scheme a browser still reads as that scheme.
const disguises = (scheme: string, rest: string): string[] => [
  `${scheme}:${rest}`,
  `${scheme.toUpperCase()}:${rest}`,
  `${scheme[0]!.toUpperCase()}${scheme.slice(1)}:${rest}`,
  ` ${scheme}:${rest}`,
  `\t${scheme}:${rest}`,
  `${scheme.slice(0, 2)}\t${scheme.slice(2)}:${rest}`,
  `${scheme.slice(0, 2)}\n${scheme.slice(2)}:${rest}`,
  `${scheme.slice(0, 3)}\r${scheme.slice(3)}:${rest}`,
  `\u0001${scheme}:${rest}`,
  `\u0000${scheme}:${rest}`.replace("\u0000", "&#0;"),
  `&#${scheme.charCodeAt(0)};${scheme.slice(1)}:${rest}`,
  `&#x${scheme.charCodeAt(0).toString(16)};${scheme.slice(1)}:${rest}`,
  `&#0000${scheme.charCodeAt(0)}${scheme.slice(1)}:${rest}`,
  `${scheme}&colon;${rest}`,
  `${scheme}&#58;${rest}`,
  `${scheme.slice(0, 2)}&Tab;${scheme.slice(2)}:${rest}`,
  `${scheme.slice(0, 2)}&NewLine;${scheme.slice(2)}:${rest}`,
  [...`${scheme}:`].map((c) => `&#x${c.charCodeAt(0).toString(16)};`).join("") + rest,
];
const hostile = [
  ...disguises("javascript", "alert(1)"),
  ...disguises("vbscript", "msgbox(1)"),
  ...disguises("data", "text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="),
  ...disguises("file", "///etc/passwd"),
  "//evil.example/x",
  "\\\\evil.example\\x",
  " //evil.example/x",
];

test("no URL keeps a scheme other than http, https or mailto, in any attribute, however it is disguised", () => {
  const contexts = (url: string) => [
    `<a href="${url}">x</a>`,
    `<img src="${url}" alt="i">`,
    `<img srcset="${url} 1x, https://img.example.net/ok.png 2x" alt="i">`,
    `<svg><a xlink:href="${url}"><text>x</text></a></svg>`,
    `<a xlink:href="${url}">x</a>`,
    `<form action="${url}"><button formaction="${url}">go</button></form>`,
    `<button formaction="${url}">go</button>`,
    `<map><area href="${url}"></map>`,
    `<blockquote cite="${url}">q</blockquote>`,
    `<video poster="${url}"></video>`,
  ];
  for (const url of hostile) {
    for (const fragment of contexts(url)) {
      const { html } = report(fragment);
      assert.equal(problems(html), [], fragment);
    }
  }
});

test("Markdown links and images lose such URLs too, keeping their text", () => {
  const markdown = (url: string) => [`[the text](${url})`, `[the text](<${url}>)`, `![the text](${url})`, `[the text][r]\n\n[r]: ${url}`, `<${url}>`];
  let checked = 0;
  for (const url of hostile.filter((u) => !/[\s\u0000-\u001f]/.test(u))) {
    for (const md of markdown(url)) {
      const { html } = report(md);
      assert.equal(problems(html), [], md);
      checked++;
    }
  }
  assert.ok(checked > 200, `${checked} cases`);
  const { html, removed } = report("[the text](javascript:alert(1)) and ![a picture](data:image/png;base64,AAAA)");
  const $ = cheerio.load(html);
  assert.is($("a").text(), "the text");
  assert.is($("a").attr("href"), undefined);
  assert.is($("img").attr("alt"), "a picture");
  assert.equal(removed, ["javascript: URL in href of <a>", "data: URL in src of <img>"]);
});

test("http, https, mailto and relative links stay; images take http(s) only; links elsewhere get rel=noopener noreferrer", () => {
  const { html } = report('<a href="HTTPS://a.example/x">1</a> <a href=" https://a.example/y">2</a> <a href="mailto:a@b.example">3</a> <a href="../up/">4</a> <a href="#note">5</a> <a href="?q=javascript:x">6</a> <img src="mailto:a@b.example"> <img srcset="https://a.example/a.png 1x, mailto:a@b.example 2x">');
  const $ = cheerio.load(html);
  assert.equal($("a").map((_, el) => $(el).attr("href") ?? null).get(), ["HTTPS://a.example/x", " https://a.example/y", "mailto:a@b.example", "../up/", "#note", "?q=javascript:x"]);
  // A link a browser reads as https elsewhere is external, even with a leading space.
  assert.equal($("a").map((_, el) => $(el).attr("rel") ?? "-").get(), ["noopener noreferrer", "noopener noreferrer", "-", "-", "-", "-"]);
  assert.is($("img").first().attr("src"), undefined);
  assert.is($("img").last().attr("srcset"), "https://a.example/a.png 1x");
});

test("the payload corpus renders to nothing a browser would run", () => {
  for (const { name, text } of payloads) {
    const { html } = report(text);
    assert.equal(problems(html), [], name);
    // Rendering a body is the same whichever renderer does it.
    assert.is(render(text), html, name);
  }
});

test("the report lists what was removed, once each, in order, in an editor's words", () => {
  assert.equal(report("Just *text* with a [link](https://a.example/).").removed, []);
  assert.equal(report("<!-- a comment --> and <h1>a raw heading</h1>").removed, []);
  const { removed } = report(
    '<script>alert(1)</script><p onclick="x" class="lead" id="top">a</p><p onclick="y">b</p><a href="javascript:alert(1)" target="_blank">c</a><a href="//evil.example/">d</a><img src="vbscript:x" srcset="data:x 1x"><code class="language-js evil">e</code><iframe src="https://a.example/"></iframe>',
  );
  assert.equal(removed, [
    "<script> element",
    "onclick event handler on <p>",
    "class attribute on <p>",
    "id attribute on <p>",
    "javascript: URL in href of <a>",
    "target attribute on <a>",
    "protocol-relative (//…) URL in href of <a>",
    "vbscript: URL in src of <img>",
    "data: URL in srcset of <img>",
    'class "evil" on <code>',
    "<iframe> element",
  ]);
});

test("the sanitizer on its own reports too, and the reporting renderer gives the same HTML as the plain one", () => {
  assert.equal(sanitize("<p>fine <b>bold</b></p>"), { html: "<p>fine <b>bold</b></p>", removed: [] });
  assert.equal(sanitize('<p style="color:red">x</p>'), { html: "<p>x</p>", removed: ["style attribute on <p>"] });
  // Each call starts a new report.
  assert.equal(sanitize("<p>again</p>").removed, []);
  for (const md of ["# Hi", "<script>x</script>Text", "[a](javascript:x)", "| a |\n|---|\n| b |"]) assert.is(report(md).html, render(md));
});

test("Markdown nested 10,000 levels deep renders as plain text, fast, and says why", () => {
  const deep = [
    "- ".repeat(10_000) + "list",
    ">".repeat(10_000) + " quote",
    "1. ".repeat(10_000) + "ordered",
    "*a ".repeat(10_000) + "x" + " a*".repeat(10_000),
    "**".repeat(10_000) + "x" + "**".repeat(10_000),
    "~~a ".repeat(10_000) + "x" + " a~~".repeat(10_000),
    Array.from({ length: 200 }, (_, i) => "  ".repeat(i) + "- item").join("\n"),
  ];
  for (const md of deep) {
    const started = Date.now();
    const { html, removed } = report(md);
    assert.ok(Date.now() - started < generousMs, `${md.slice(0, 20)} took ${Date.now() - started} ms`);
    assert.equal(problems(html), []);
    assert.match(removed[0] ?? "", /^Markdown formatting, shown as plain text instead: line \d+: .*nested \d+ levels deep/, md.slice(0, 20));
    assert.ok(html.startsWith("<p>"), md.slice(0, 20));
    assert.is(render(md), html);
  }
  // At the limit it is still Markdown.
  const { html, removed } = report(">".repeat(maxMarkdownNesting) + " quote");
  assert.equal(removed, []);
  assert.is(cheerio.load(html)("blockquote").length, maxMarkdownNesting);
});

test("Markdown that would take marked minutes is caught by a linear scan, with the line", () => {
  const slow = [
    ["_a_a_a_a ".repeat(22_000), 1, "do not pair up"],
    ["intro\n\n" + "*(*a ".repeat(40_000), 3, "do not pair up"],
    // Block-level rescanning is reported at the line where it became too much.
    ["a\n--\n".repeat(40_000), undefined, "hold only - or |"],
    ["- a\n" + "  b\n".repeat(50_000), undefined, "continue list items or quotes"],
    ["> a\nb\n".repeat(30_000), undefined, "continue list items or quotes"],
    ["!".repeat(100_000), 1, "word here holds more than"],
    ["a~$".repeat(40_000), 1, "word here holds more than"],
    ["`a".repeat(100_000), 1, "word here holds more than"],
  ] as const;
  for (const [md, line, words] of slow) {
    const started = Date.now();
    const hazard = findMarkdownHazard(md);
    assert.ok(Date.now() - started < generousMs, `scan of ${JSON.stringify(md.slice(0, 12))} took ${Date.now() - started} ms`);
    assert.ok(hazard, JSON.stringify(md.slice(0, 12)));
    if (line !== undefined) assert.is(hazard!.line, line, JSON.stringify(md.slice(0, 12)));
    else assert.ok(hazard!.line > 1 && hazard!.line <= md.split("\n").length, `line ${hazard!.line}`);
    assert.match(hazard!.message, words);
    const rendered = Date.now();
    report(md);
    assert.ok(Date.now() - rendered < generousMs, `render of ${JSON.stringify(md.slice(0, 12))} took ${Date.now() - rendered} ms`);
  }
});

test("ordinary long Markdown is no hazard: long lists, tables, quotes, code and heavy formatting", () => {
  const ok = [
    "- item\n".repeat(20_000),
    "| a | b |\n|---|---|\n" + "| 1 | 2 |\n".repeat(5_000),
    "> quoted line of an email thread\n".repeat(20_000),
    ("Some **bold** and *italic* text, ~~struck~~, `code_span` and snake_case_names, 2 * 3 = 6. ".repeat(10) + "\n\n").repeat(2_000),
    "```\n" + "*a _b ~c `d\n".repeat(20_000) + "```\n",
    ("1. first\n   continued\n2. second\n\n").repeat(5_000),
    ">".repeat(maxMarkdownNesting) + " deep but allowed\n",
  ];
  for (const md of ok) assert.is(findMarkdownHazard(md), undefined, md.slice(0, 40));
});

test.run();
