// Random and hostile content through what `npm run check` and the build run, in process: random
// bytes, random YAML frontmatter and random nested HTML and Markdown must come back as our own
// problem lines or as pages, never as a raw exception or a stall, and whatever passes renders
// with no script, handler or unsafe URL. Then one real build of a temp project with fuzzed
// articles. The seed is fixed (FUZZ_SEED=n explores others, FUZZ_RUNS=10 ten times as many
// cases); fast-check prints it on failure.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import * as cheerio from "cheerio";
import fc from "fast-check";
import { DateTime } from "luxon";
import { checkSite } from "../../src/model/check-site.ts";
import { loadDigest } from "../../src/model/load-digest.ts";
import { findMarkdownHazard } from "../../src/markdown/hazards.ts";
import { ContentError, formatProblem } from "../../src/content/problems.ts";
import { defaultSiteSettings } from "../../src/settings/site.ts";
import { fragmentProblems, now as pinnedNow, root, tempDir, writeTree } from "./support.ts";

const seed = Number(process.env.FUZZ_SEED ?? 1414);
const runs = (n: number) => Math.round(n * Number(process.env.FUZZ_RUNS ?? 1));
const now = DateTime.fromISO(pinnedNow);

/**
 * At most this much CPU time (all threads) to check and then build one file of at most 300 KB.
 * The costliest shapes known check and render 300 KB in under a second of CPU; the quadratic
 * ones this catches took 7 s and more at that size. CPU time, so a busy machine does not count.
 */
const cpuBoundMs = 5_000;
/** And of wall-clock time, for anything that waits instead of working: far above any CPU bound. */
const wallBoundMs = 60_000;

// ---------------------------------------------------------------- frontmatter

const weirdScalars = [
  "~", "null", "Null", "true", "no", "yes", "on", "off", ".nan", ".inf", "-.inf", "0x1F", "0o17", "0b101", "1e999", "-0", "1_000",
  "123456789012345678901234567890", "-9e307", "0.1e-400", "!!binary aGVsbG8=", "!!str 12", "!!int x", "!!float abc", "!!bool maybe",
  "!!timestamp 2023-09-05", "!!set {a, b}", "!!omap [a: 1]", "!!js/function 'function(){}'", "!!js/regexp /x/", "!!python/object:os.system x",
  "!<tag:yaml.org,2002:str> x", "!local x", "&a x", "*a", "*nothing", "<<", "'unterminated", '"unterminated', '"\\u0000"', '"\\x85"', '"\\uD800"',
  "|\n  block text", ">-\n  folded", "[", "{", "}", "]", ":", "- -", "? x", "@x", "`x", "%TAG", "#comment", "x #comment", "'it''s'",
  "2023-02-30", "2023-13-01", "2023-09-05T25:00:00Z", "2023-09-05T10:00:00+99:00", "2023-09-05T10:00:00+07:00", "+275760-09-13", "-002023-09-05",
  "\u202e", "\ufeff", '"x\u2028y"', '"\\t"', "<script>alert(1)</script>", "javascript:alert(1)", "https://example.com/\u0000", "test", "Antara",
];
const goodScalars = ["2023-09-05", "2023-09-05T10:00:00+07:00", "test", "Antara", "https://example.com/a", "en", "id", "a-slug", "true", "false"];
const keys = [
  "title", "date", "topics", "topic", "source", "lang", "summary", "tags", "slug", "draft", "related_headlines", "url", "name", "author",
  "Title", "tïtle", "__proto__", "constructor", "toString", "hasOwnProperty", "<<", "? x", "x".repeat(300),
  // Not "": validate.ts reports an empty key as an unknown field with an empty field name (left to its owner).
];

const text = fc.oneof(fc.string({ unit: "grapheme", maxLength: 30 }), fc.string({ unit: "binary", maxLength: 30 }));
const scalar = fc.oneof(
  fc.constantFrom(...weirdScalars),
  fc.constantFrom(...goodScalars),
  text.map((t) => JSON.stringify(t)),
  text.filter((t) => !t.includes("\n")),
);
const key = fc.constantFrom(...keys);
const { value } = fc.letrec<{ value: string; list: string; map: string }>((tie) => ({
  value: fc.oneof({ depthSize: "small" }, scalar, tie("list"), tie("map")),
  list: fc.array(tie("value"), { maxLength: 4 }).map((items) => `[${items.join(", ")}]`),
  map: fc.array(fc.tuple(key, tie("value")), { maxLength: 3 }).map((pairs) => `{${pairs.map(([k, v]) => `${k}: ${v}`).join(", ")}}`),
}));
/** Nesting far deeper than any parser's patience: flow lists and maps, block maps, anchors. */
const deep = fc.oneof(
  fc.integer({ min: 1, max: 5_000 }).map((n) => "[".repeat(n) + "x" + "]".repeat(n)),
  fc.integer({ min: 1, max: 2_000 }).map((n) => "{a: ".repeat(n) + "x" + "}".repeat(n)),
  fc.integer({ min: 1, max: 300 }).map((n) => Array.from({ length: n }, (_, i) => `\n${" ".repeat(2 * i + 2)}a:`).join("") + " x"),
  fc.integer({ min: 1, max: 8 }).map((n) => `&l0 [x, x]` + Array.from({ length: n }, (_, i) => ` # ${i}`).join("")),
);

const validFields: [string, string][] = [
  ["title", "A story"],
  ["date", "2023-09-05"],
  ["topics", "[test]"],
  ["source", "Antara"],
];

/** A frontmatter block: some of the valid fields, some replaced or joined by random ones, in a random dress. */
const frontmatter = fc
  .record({
    keep: fc.oneof({ arbitrary: fc.constant(validFields), weight: 3 }, fc.subarray(validFields)),
    extra: fc.array(fc.tuple(key, fc.oneof({ arbitrary: value, weight: 5 }, { arbitrary: deep, weight: 1 })), { maxLength: 4 }),
    junk: fc.array(fc.constantFrom("- x", "  indented: 1", "\t tab: x", "a: b: c", "---", "...", "%YAML 1.1", "%TAG ! tag:x,2000:", "? [a]\n: b", "<<: *a", "k: &a v\nk2: *a"), { maxLength: 2 }),
    crlf: fc.boolean(),
    bom: fc.boolean(),
    close: fc.oneof({ arbitrary: fc.constant("---"), weight: 8 }, fc.constantFrom("...", "--- x", "")),
  })
  .map(({ keep, extra, junk, crlf, bom, close }) => {
    // A random value replaces the valid one of its key: a duplicated key would stop at the YAML parser.
    const lines = [...new Map([...keep, ...extra])].map(([k, v]) => `${k}: ${v}`).concat(junk);
    const block = `---\n${lines.join("\n")}\n${close}\n`;
    return (bom ? "\ufeff" : "") + (crlf ? block.replace(/\n/g, "\r\n") : block);
  });

// ---------------------------------------------------------------- bodies

const tags = [
  "b", "i", "em", "strong", "a", "p", "div", "span", "ul", "ol", "li", "table", "tr", "td", "th", "thead", "tbody", "blockquote", "pre", "code",
  "details", "summary", "img", "br", "hr", "svg", "math", "mi", "desc", "foreignObject", "script", "style", "iframe", "object", "embed", "form",
  "input", "textarea", "title", "xmp", "noscript", "template", "select", "option", "h1", "h2", "sup", "time", "del", "base", "meta", "link",
  "marquee", "SCRIPT", "Img",
];
const attributes = [
  'href="https://example.com/"', 'href="javascript:alert(1)"', 'href="JaVaScRiPt:alert(1)"', 'href="&#106;avascript:alert(1)"',
  'href="java\tscript:alert(1)"', 'href="//evil.example/"', 'href="data:text/html,<script>alert(1)</script>"', 'href=" \u0001javascript:x"',
  'src="https://example.com/a.png"', "src=x", "onerror=alert(1)", 'onclick="alert(1)"', "ONLOAD=alert(1)", 'style="background:url(javascript:alert(1))"',
  'srcset="javascript:alert(1) 1x, https://a.b/c.png 2x"', 'class="language-js"', "class=x", "title='a>b'", "lang=id", "id=x",
  'xlink:href="javascript:alert(1)"', "formaction=javascript:alert(1)", 'action="javascript:x"', "/", 'x="', "'",
];
const snippets = [
  "*", "**", "_", "__", "~", "~~", "`", "```", "[", "](", "](javascript:alert(1))", "![", ">", "> ", "#", "# ", "|", "\\", "&lt;", "&#", "&#x6a;",
  "{{ x }}", "{% raw %}", "<!--", "-->", "<![CDATA[", "]]>", "<?php", "<", "</", "\n", "\n\n", "    ", "- ", "1. ", "~~~", "---", "===", "<http://a.b>",
  "a@b.co", "https://example.com", "[x]: javascript:alert(1)", "[x]", "\u0000", "\u202e", "\r", "\t",
];
const url = fc.constantFrom("https://example.com/a", "javascript:alert(1)", "//evil.example", "mailto:a@b.co", "data:text/html,x", "<javascript:x>", "");

const { body: nested } = fc.letrec<{ body: string; node: string }>((tie) => ({
  body: fc.array(tie("node"), { maxLength: 8 }).map((nodes) => nodes.join("")),
  node: fc.oneof(
    { depthSize: "small" },
    text,
    fc.constantFrom(...snippets),
    fc
      .record({ tag: fc.constantFrom(...tags), attrs: fc.subarray(attributes, { maxLength: 3 }), inner: tie("body"), closed: fc.boolean() })
      .map(({ tag, attrs, inner, closed }) => `<${[tag, ...attrs].join(" ")}>${inner}${closed ? `</${tag}>` : ""}`),
    fc.tuple(fc.constantFrom("*", "**", "_", "~~", "`"), tie("body")).map(([mark, inner]) => `${mark}${inner}${mark}`),
    fc.tuple(tie("body"), url).map(([inner, href]) => `[${inner}](${href})`),
    fc.tuple(tie("body"), url).map(([inner, src]) => `![${inner}](${src})`),
    fc.tuple(fc.constantFrom("\n> ", "\n- ", "\n1. ", "\n# ", "\n    ", "\n| "), tie("body")).map(([start, inner]) => start + inner.replace(/\n/g, start)),
    fc.tuple(fc.constantFrom("", "html", "js", "x<y", "\" onclick=x"), tie("body")).map(([lang, inner]) => `\n\`\`\`${lang}\n${inner}\n\`\`\`\n`),
    // A piece repeated: how deep nesting and long runs of marks come about.
    fc.tuple(tie("node"), fc.integer({ min: 2, max: 2_000 })).map(([piece, times]) => piece.slice(0, 24).repeat(times)),
  ),
}));
/** At most 40 KB, so that many of them run in a few seconds (big shapes: {@link hostile}). */
const body = nested.map((md) => md.slice(0, 40_000));

/** Shapes known to be costly, repeated to 300 KB: each must still be checked and built within the bound. */
const hostileUnits = [
  "<b>", "<ul><li>", "<table><tr><td>", "<svg><a>", "<div>", "<div>\n", ">", "*", "_", "[", "`", "word ", "<p>", "<br>", "- a\n", "<a\n", "*a ",
  "_a ", "_a_a", "*(*a ", "</b>", "<", "# h\n", "a\n--\n", "&amp;", "<!--", "[a](", "a~$", "!", "> a\nb\n", "  - a\n", "<b>x</i>",
];
const hostileSize = 300_000;

// ---------------------------------------------------------------- running a file through check and build

const articles = tempDir("fuzz");
writeTree(articles, { "topics/test.md": "---\ntitle: Test\n---\nBackground.\n" });
const file = "2023/2023-09-05-fuzz.md";
const relative = `${path.basename(articles)}/${file}`;

/** What an editor may see, and a reader may get, of one file. */
async function checkAndBuild(bytes: Uint8Array | string): Promise<void> {
  writeTree(articles, { [file]: bytes });
  const lineCount = (typeof bytes === "string" ? bytes : Buffer.from(bytes).toString("latin1")).split(/\r\n|\r|\n/).length;
  const cpu = process.cpuUsage();
  const started = Date.now();
  try {
    // As `npm run check` does.
    const checked = await checkSite(defaultSiteSettings, { articlesDir: articles, projectRoot: path.dirname(articles), now, reportSanitized: true });
    for (const problem of checked.problems) {
      assert.is(problem.file, relative, formatProblem(problem));
      assert.ok(problem.field && problem.message, formatProblem(problem));
      assert.ok(!formatProblem(problem).includes("\n"), formatProblem(problem));
      if (problem.line !== undefined) assert.ok(problem.line >= 1 && problem.line <= lineCount + 1, formatProblem(problem));
    }
    // As the build does: problems throw a ContentError; anything else is a bug.
    try {
      const { digest } = await loadDigest(defaultSiteSettings, { articlesDir: articles, projectRoot: path.dirname(articles), now });
      assert.not.ok(checked.problems.some((p) => p.severity === "error"), "the build took what check refused");
      for (const { html } of [...digest.articles, ...digest.topics.map((t) => ({ html: t.backgroundHtml }))]) {
        assert.not.match(html, /<script/i);
        assert.equal(fragmentProblems(html), [], html.slice(0, 200));
      }
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      assert.ok(checked.problems.some((p) => p.severity === "error"), `the build refused what check took: ${error.message}`);
    }
  } finally {
    const used = process.cpuUsage(cpu);
    const cpuMs = (used.user + used.system) / 1000;
    assert.ok(cpuMs < cpuBoundMs, `${Math.round(cpuMs)} ms of CPU for ${JSON.stringify(String(bytes).slice(0, 60))}`);
    assert.ok(Date.now() - started < wallBoundMs, `${Date.now() - started} ms for ${JSON.stringify(String(bytes).slice(0, 60))}`);
  }
}

const article = (fm: string, md: string) => `${fm}${md}`;
const validFrontmatter = "---\ntitle: A story\ndate: 2023-09-05\ntopics: [test]\nsource: Antara\n---\n";

test("random bytes are read, refused or published, never thrown", async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.oneof(
        fc.uint8Array({ maxLength: 600 }),
        fc.uint8Array({ maxLength: 600 }).map((bytes) => Buffer.concat([Buffer.from("---\n"), bytes, Buffer.from("\n---\n"), bytes])),
        fc.uint8Array({ maxLength: 600 }).map((bytes) => Buffer.concat([Buffer.from(validFrontmatter), bytes])),
      ),
      checkAndBuild,
    ),
    { seed, numRuns: runs(80) },
  );
});

test("random YAML frontmatter gives problem lines or a page, never a raw error", async () => {
  await fc.assert(fc.asyncProperty(frontmatter, text, (fm, md) => checkAndBuild(article(fm, md))), { seed, numRuns: runs(200) });
});

test("random nested HTML and Markdown is refused with a line or renders with no script, handler or unsafe URL", async () => {
  await fc.assert(fc.asyncProperty(body, (md) => checkAndBuild(article(validFrontmatter, md))), { seed, numRuns: runs(120) });
});

test("costly shapes at 300 KB are checked and built within the bound", async () => {
  // The unit is the counterexample, not 300 KB of it; a failure is slow enough not to shrink.
  await fc.assert(
    fc.asyncProperty(fc.constantFrom(...hostileUnits), (unit) => checkAndBuild(article(validFrontmatter, unit.repeat(Math.floor(hostileSize / unit.length))))),
    { seed, numRuns: runs(8), endOnFailure: true },
  );
});

// ---------------------------------------------------------------- one real build

test("the build command on fuzzed articles publishes them or fails with problem lines, never a stack trace", () => {
  const project = tempDir("fuzz-project");
  for (const name of ["layouts", "eleventy.config.ts", "package.json", "tsconfig.json"]) cpSync(path.join(root, name), path.join(project, name), { recursive: true });
  cpSync(path.join(root, "articles/topics"), path.join(project, "articles/topics"), { recursive: true });
  for (const name of ["src", "node_modules"]) symlinkSync(path.join(root, name), path.join(project, name));
  // Valid articles with fuzzed text: bodies the scan takes and no NUL (a binary file), any printable title, summary and tags.
  const printable = fc.string({ unit: "grapheme", maxLength: 40 }).map((t) => t.replace(/[\u0000-\u001f\u007f-\u009f\ufffe\uffff]/g, ""));
  const articleText = fc
    .record({ md: body.filter((md) => !md.includes("\u0000") && !findMarkdownHazard(md)), title: printable, summary: printable, tag: printable })
    .map(({ md, title, summary, tag }) => ({ md, fields: `title: ${JSON.stringify(`Fuzzed ${title}`)}\nsummary: ${JSON.stringify(`In short: ${summary}`)}\ntags: [${JSON.stringify(`tag ${tag}`)}]` }));
  const texts = fc.sample(articleText, { seed, numRuns: 6 });
  mkdirSync(path.join(project, "articles/2023"), { recursive: true });
  texts.forEach(({ md, fields }, i) => {
    writeFileSync(
      path.join(project, `articles/2023/2023-09-0${i + 1}-fuzz-${i}.md`),
      `---\n${fields}\ndate: 2023-09-0${i + 1}\ntopics: [russia-dprk-arms-deal]\nsource: Antara\n---\n${md}`,
    );
  });
  const output = path.join(project, "dist");
  const result = spawnSync(path.join(project, "node_modules/.bin/tsx"), ["src/cli/build.ts", "--output", output, "--now", pinnedNow], {
    cwd: project,
    encoding: "utf8",
    env: { ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith("DIGEST_"))), DIGEST_SEARCH: "off" },
    timeout: 180_000,
  });
  const out = `${result.stdout}${result.stderr}`;
  assert.not.match(out, /^ {4}at /m, out);
  assert.ok(result.status === 0 || result.status === 1, `exit ${result.status} (${result.signal}): ${out}`);
  if (result.status === 1) {
    for (const line of out.trim().split("\n")) assert.match(line, /^articles\/\S+?(:\d+:\d+)? {2}\S+ {2}(error|warning) {2}|^\d+ errors?, \d+ warnings?$|^Build failed: /, line);
    return;
  }
  texts.forEach((_, i) => {
    const page = path.join(output, `2023/09/0${i + 1}/fuzz-${i}/index.html`);
    assert.ok(existsSync(page), page);
    const story = cheerio.load(readFileSync(page, "utf8"))(".story-body");
    assert.is(story.length, 1, page);
    assert.equal(fragmentProblems(story.html()!), [], story.html()!.slice(0, 200));
  });
  rmSync(output, { recursive: true, force: true });
});

test.run();
