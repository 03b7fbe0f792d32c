// Builds a site whose every field and body is hostile (tests/fixtures/security/payloads.ts) with
// the real build command, then reads every built page with an HTML parser, as a browser would.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { existsSync, readFileSync } from "node:fs";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import path from "node:path";
import * as cheerio from "cheerio";
import { invalidSourceUrls, payloads } from "../fixtures/security/payloads.ts";
import { payloadSites, readPage } from "./payload-site.ts";
import { browserScheme, filesIn, ownSignatures, runBuild, safeSchemes, srcsetUrls, tempDir, violations, writeTree } from "./support.ts";

const sites = await payloadSites();
const html = (page: string) => readPage(sites.site, page);

test("the corpus has at least 60 payloads, each with a unique name", () => {
  assert.ok(payloads.length >= 60, `${payloads.length} payloads`);
  assert.is(new Set(payloads.map((p) => p.name)).size, payloads.length);
});

test("the checks catch what they look for (run on hand-made hostile pages)", () => {
  const ours = new Set<string>();
  const bad = [
    ["<p><script>alert(1)</script></p>", "script"],
    ['<img src="x" onerror="alert(1)">', "event handler onerror"],
    ['<a href=" java\tscript:alert(1)">x</a>', "scheme javascript"],
    ['<a href="&#x6A;avascript:alert(1)">x</a>', "scheme javascript"],
    ['<img srcset="https://a.example/a.png 1x, data:image/png;base64,AA 2x">', "scheme data"],
    ['<svg><a xlink:href="javascript:alert(1)">x</a></svg>', "scheme javascript"],
    ['<button formaction="vbscript:x">b</button>', "scheme vbscript"],
    ['<form action="javascript:alert(1)"></form>', "scheme javascript"],
    ['<iframe src="https://a.example/"></iframe>', "forbidden element"],
    ['<meta http-equiv="refresh" content="0;url=https://a.example/">', "meta http-equiv"],
    ['<script type="application/ld+json">{"a": </script>', "JSON-LD that is not JSON"],
    ["<style>p{}</style>", "forbidden element"],
  ];
  for (const [page, expected] of bad) {
    const found = violations(`<!doctype html><html><head></head><body>${page}</body></html>`, ours);
    assert.ok(found.some((v) => v.includes(expected!)), `${page} → ${found.join("; ") || "nothing found"}`);
  }
  const clean = '<a href="https://a.example/x">x</a><a href="mailto:a@b.example">m</a><a href="/topics/">t</a><img src="https://a.example/a.png" srcset="https://a.example/b.png 2x">';
  assert.equal(violations(`<!doctype html><html><head></head><body>${clean}</body></html>`, ours), []);
  // The URL reading agrees with a browser on the tricky cases.
  assert.is(browserScheme("\u0001 JaVa\tScRipt:alert(1) "), "javascript");
  assert.is(browserScheme("java\u0001script:alert(1)"), "https"); // not a scheme: a relative path
  assert.is(browserScheme("//evil.example/x"), "https");
  assert.ok(safeSchemes.includes(browserScheme("/x:y")!));
  assert.equal(srcsetUrls("a.png 1x,b.png 2x, data:x,y 3x"), ["a.png", "b.png", "data:x,y"]);
});

test("the site builds with every payload in every field that reaches a page", () => {
  assert.is(sites.benignBuild.code, 0, sites.benignBuild.out);
  assert.is(sites.build.code, 0, sites.build.out);
  assert.not.match(sites.build.out, /\n\s+at /);
  for (const article of sites.articles) assert.ok(sites.pages.includes(article.page), `no page ${article.page}`);
  for (const article of sites.articles) assert.ok(sites.pages.includes(`topics/${article.topic}/index.html`), `no topic page for ${article.topic}`);
  assert.ok(sites.pages.length > payloads.length * 2, `${sites.pages.length} pages`);
});

test("no page holds a script, an event handler, a URL with another scheme than http, https or mailto, or an element that loads, styles or redirects", () => {
  // Both builds made their pages: with none, there would be nothing to check.
  assert.is(sites.build.code, 0, sites.build.out);
  assert.is(sites.benignBuild.code, 0, sites.benignBuild.out);
  assert.ok(sites.pages.length > payloads.length * 2, `${sites.pages.length} pages`);
  const ours = ownSignatures(filesIn(sites.benign).filter((f) => f.endsWith(".html")).map((f) => readPage(sites.benign, f)));
  const found: string[] = [];
  for (const page of sites.pages) for (const v of violations(html(page), ours)) found.push(`${page}: ${v}`);
  assert.equal(found.slice(0, 30), [], `${found.length} problems`);
});

test("every payload reaches its article page as literal text: title, summary, source name, author, tags and the source link", () => {
  const payloadTexts = new Set(sites.articles.map(({ payload }) => payload.text.trim()));
  for (const { payload, page, sourceUrl } of sites.articles) {
    const $ = cheerio.load(html(page));
    const text = payload.text.trim();
    const where = `${payload.name} (${page})`;
    assert.is($("h1").text(), text, `title of ${where}`);
    assert.ok($("title").text().startsWith(text), `<title> of ${where}`);
    assert.is($(".lede").text(), text, `summary of ${where}`);
    assert.is($("meta[name=description]").attr("content"), text, `description of ${where}`);
    const source = $(".story-meta .source");
    assert.is(source.find("a").first().text(), text, `source name of ${where}`);
    assert.ok(source.text().includes(` · ${text}`), `author of ${where}`);
    assert.is(source.find("a").first().attr("href"), sourceUrl.trim(), `source link of ${where}`);
    assert.is($(".original a").attr("href"), sourceUrl.trim(), `original link of ${where}`);
    // Tags that make one address fold into one, named as one of the articles spells it.
    const tag = $(".tags li").first().text();
    assert.ok(payloadTexts.has(tag), `tag of ${where}: ${tag}`);
  }
});

test("every payload reaches its topic page as literal text: title and summary", () => {
  sites.articles.forEach(({ payload, topic }) => {
    const $ = cheerio.load(html(`topics/${topic}/index.html`));
    const text = payload.text.trim();
    assert.is($("h1").text(), text, `topic title of ${payload.name}`);
    assert.is($(".lede").text(), text, `topic summary of ${payload.name}`);
  });
});

test("bodies keep their text around the payload, and template syntax stays literal", () => {
  // An element left open whose content is raw text (script, style, textarea…) takes the rest of
  // the body with it when it is removed, as a browser would have read it as that element's text.
  const swallowing = ["script-close-spaced", "math-mglyph-style", "json-comment-open"];
  const lost: string[] = [];
  for (const { payload, page, slug, topic } of sites.articles) {
    if (swallowing.includes(payload.name)) continue;
    if (!cheerio.load(html(page))(".story-body").text().includes(`Body of ${slug}.`)) lost.push(`${payload.name}: article body`);
    const id = topic.slice(2);
    if (!cheerio.load(html(`topics/${topic}/index.html`))(".background").text().includes(`Background ${id}.`)) lost.push(`${payload.name}: topic background`);
  }
  assert.equal(lost, []);
  const article = (name: string) => sites.articles.find((a) => a.payload.name === name)!;
  for (const name of ["njk-expression", "njk-raw", "njk-set", "njk-include"]) {
    const { payload, page } = article(name);
    const body = cheerio.load(html(page))(".story-body").text();
    assert.match(body, payload.text, name);
  }
  assert.not.match(cheerio.load(html(article("njk-expression").page))("h1").text(), "49");
});

test("every article and topic page has one JSON-LD block, which parses and holds the payload text unchanged", () => {
  for (const { payload, page, topic } of sites.articles) {
    const text = payload.text.trim();
    const article = cheerio.load(html(page))('script[type="application/ld+json"]');
    assert.is(article.length, 1, `JSON-LD blocks on the page of ${payload.name}`);
    // Never cut short by a </script> in the text: the whole block parses, every field intact.
    const data = JSON.parse(article.text());
    assert.is(data["@type"], "NewsArticle", payload.name);
    assert.is(data.headline, text, `headline of ${payload.name}`);
    assert.is(data.description, text, `description of ${payload.name}`);
    assert.is(data.author.name, text, `author of ${payload.name}`);
    assert.is(data.publisher.name, text, `publisher of ${payload.name}`);
    const topicBlock = cheerio.load(html(`topics/${topic}/index.html`))('script[type="application/ld+json"]');
    assert.is(topicBlock.length, 1, `JSON-LD blocks on the topic page of ${payload.name}`);
    assert.is(JSON.parse(topicBlock.text()).name, text, `topic name of ${payload.name}`);
  }
});

test("invalid values are refused by validation with a message naming the field, and nothing is built", async () => {
  const topic = "---\ntitle: Test topic\n---\n";
  const files: Record<string, string> = { "topics/test.md": topic };
  const base = (extra: string) => `---\ntitle: Fine title\ndate: 2023-09-05\ntopics: [test]\n${extra}---\nBody.\n`;
  invalidSourceUrls.forEach(({ name, text }) => {
    files[`2023-09-05-${name}.md`] = base(`source:\n  name: Antara\n  url: ${JSON.stringify(text)}\n`);
  });
  files["2023-09-05-bad-lang.md"] = base(`source: Antara\nlang: ${JSON.stringify('en" onmouseover="alert(1)')}\n`);
  files["2023-09-05-bad-slug.md"] = base(`source: Antara\nslug: ${JSON.stringify('"><script>alert(1)</script>')}\n`);
  files["2023-09-05-bad-slug-path.md"] = base("source: Antara\nslug: ../../../escape\n");
  files["2023-09-05-bad-date.md"] = base("source: Antara\n").replace("date: 2023-09-05", `date: ${JSON.stringify("<script>alert(1)</script>")}`);
  files["2023-09-05-bad-draft.md"] = base("source: Antara\ndraft: \"javascript:alert(1)\"\n");
  const dir = writeTree(tempDir("invalid"), files);
  const output = path.join(tempDir("invalid-out"), "site");
  const result = await runBuild(dir, output);
  assert.is(result.code, 1, result.out);
  assert.not.match(result.out, /\n\s+at /);
  for (const { name } of invalidSourceUrls) {
    assert.match(result.out, new RegExp(`${name}\\.md:\\d+:1  source\\.url  error  `), `${name}: ${result.out}`);
  }
  assert.match(result.out, /bad-lang\.md:\d+:1  lang  error  /);
  assert.match(result.out, /bad-slug\.md:\d+:1  slug  error  /);
  assert.match(result.out, /bad-slug-path\.md:\d+:1  slug  error  /);
  assert.match(result.out, /bad-date\.md:\d+:1  date  error  /);
  assert.match(result.out, /bad-draft\.md:\d+:1  draft  error  /);
  assert.not.ok(existsSync(output), "a failed build wrote its output");
});

/** The address of an article's page, as feeds give it. */
const address = (a: { page: string }) => `https://example.org/${a.page.replace(/index\.html$/, "")}`;
const byAddress = new Map(sites.articles.map((a) => [address(a), a]));
const listedArticle = (id: string, feed: string) => {
  const article = byAddress.get(id);
  assert.ok(article, `${feed}: ${id} is no fixture article`);
  return article!;
};

/**
 * Reads `dir`feed.json and `dir`feed.xml: both parse (XML well-formed), list the same articles of
 * the fixture, and show each one's payload title and summary as literal text. Returns their addresses.
 */
function feedAddresses(dir: string): string[] {
  const json = JSON.parse(readFileSync(path.join(sites.site, dir, "feed.json"), "utf8"));
  for (const item of json.items) {
    const { payload } = listedArticle(item.id, `${dir}feed.json`);
    assert.is(item.title, payload.text.trim(), `title of ${payload.name} in ${dir}feed.json`);
    assert.is(item.summary, payload.text.trim(), `summary of ${payload.name} in ${dir}feed.json`);
  }
  const xml = readFileSync(path.join(sites.site, dir, "feed.xml"), "utf8");
  assert.is(XMLValidator.validate(xml), true, `${dir}feed.xml is not well-formed XML`);
  assert.not.match(xml, /<script/i, `${dir}feed.xml`);
  const entries = new XMLParser({ isArray: (name) => name === "entry" }).parse(xml).feed.entry as { id: string; title: string; summary: string }[];
  for (const entry of entries) {
    const { payload } = listedArticle(entry.id, `${dir}feed.xml`);
    // type="html": a feed reader shows the text of that HTML, which must be the payload as written.
    assert.is(cheerio.load(entry.title, null, false).text(), payload.text.trim(), `title of ${payload.name} in ${dir}feed.xml`);
    assert.is(cheerio.load(entry.summary, null, false).text(), payload.text.trim(), `summary of ${payload.name} in ${dir}feed.xml`);
  }
  const ids = json.items.map((item: { id: string }) => item.id).sort();
  assert.equal(entries.map((entry) => entry.id).sort(), ids, `${dir}feed.xml and ${dir}feed.json list the same articles`);
  return ids;
}

test("the site's feeds parse as JSON and as XML, and hold the 30 newest payload titles as literal text", () => {
  const listed = new Set(feedAddresses(""));
  assert.is(listed.size, 30);
  // The fixture dates article i on 2023-09-(1 + i % 8) at (6 + i % 12):00: none left out is newer than one listed.
  const when = (i: number) => (1 + (i % 8)) * 100 + 6 + (i % 12);
  const times = (inFeed: boolean) => sites.articles.flatMap((a, i) => (listed.has(address(a)) === inFeed ? [when(i)] : []));
  assert.ok(Math.max(...times(false)) <= Math.min(...times(true)), "the feed holds the newest articles");
});

test("every topic's feeds parse as JSON and as XML and hold its two articles' titles as literal text", () => {
  // Article i is in topics t-i and t-(i+1): topic t-i holds articles i and i-1.
  const n = sites.articles.length;
  sites.articles.forEach(({ topic }, i) => {
    const expected = [sites.articles[i]!, sites.articles[(i - 1 + n) % n]!].map(address).sort();
    assert.equal(feedAddresses(`topics/${topic}/`), expected, `topics/${topic}/`);
  });
});

test.run();
