// The email of a day as the build writes it and the edition command sends it, rendered with the
// site's real template: email-safe HTML, a plain-text twin, and a busy day kept under Gmail's 102 KB.
import { test } from "uvu";
import * as assert from "uvu/assert";
import * as cheerio from "cheerio";
import path from "node:path";
import { buildDigest, type RenderedTopic } from "../../../src/model/index.ts";
import { dayEmail, emailTemplates } from "../../../src/outputs/email/index.ts";
import { article, now, prefixed, site, smallDigest } from "../../helpers/small-digest.ts";

const templates = emailTemplates(path.resolve(import.meta.dirname, "../../../layouts/_includes"));
const gmailClip = 102 * 1024;
const sept12 = () => smallDigest(undefined, prefixed).days.find((d) => d.key === "2023-09-12")!;

test("email-safe HTML: lang on the root and on the Indonesian item, no script, no external CSS, every link absolute under the prefix", () => {
  const { html } = dayEmail(sept12(), prefixed, templates);
  const $ = cheerio.load(html);
  assert.is($("html").attr("lang"), "en");
  assert.is($("h3 a").first().text(), "Kim tiba dengan kereta");
  assert.is($("h3").first().closest("[lang]").attr("lang"), "id");
  assert.is($("script").length, 0);
  assert.is($('link[rel="stylesheet"]').length, 0);
  const hrefs = $("a").map((_, a) => $(a).attr("href")).get();
  assert.ok(hrefs.length >= 4);
  for (const href of hrefs) assert.ok(href.startsWith("https://news.example.com/digest/") || href.startsWith("mailto:"), href);
  assert.ok(hrefs.includes("https://news.example.com/digest/2023/09/12/kereta/"));
  assert.ok(hrefs.includes("https://news.example.com/digest/2023/09/12/"), "links to the web edition");
});

test("CSS is inlined; only the dark colours stay in a <style>, and the sheet is at most 600 px wide", () => {
  const { html } = dayEmail(sept12(), site, templates);
  const $ = cheerio.load(html);
  assert.is($('meta[name="color-scheme"]').attr("content"), "light dark");
  const style = $("style").text();
  assert.match(style, "@media (prefers-color-scheme: dark)");
  assert.not.match(style.replace(/@media[\s\S]*$/, ""), /\{/, "no rule outside the @media block");
  assert.match($("table.sheet").attr("style") ?? "", "max-width: 600px");
  assert.match($("h3 a").first().attr("style") ?? "", "color:");
});

test("the headline's markup characters are escaped, never markup", () => {
  const day = smallDigest().days.find((d) => d.key === "2023-09-13")!;
  const { html } = dayEmail(day, site, templates);
  assert.not.match(html, "</script><!--");
  assert.match(html, "Kim &amp; Putin say &quot;&lt;/script&gt;&lt;!--&quot;");
});

test("the plain text has the headlines, summaries, sources and URLs, every line but a URL within 72 columns", () => {
  const { text } = dayEmail(sept12(), prefixed, templates);
  assert.match(text, "Kim tiba dengan kereta\n  Ringkasan berbahasa Indonesia.\n  Source: Kompas\n  https://news.example.com/digest/2023/09/12/kereta/");
  for (const line of text.split("\n")) assert.ok([...line].length <= 72 || /^\s*https:\/\/\S+$/.test(line), line);
});

const many = (count: number, topicCount: number) => {
  const topics: RenderedTopic[] = Array.from({ length: topicCount }, (_, t) => ({ file: `articles/topics/t${t}.md`, slug: `t${t}`, title: `Topic number ${t + 1}`, html: "" }));
  const summary = "A summary of reasonable length for a curated digest, two sentences long. It says what happened and why it matters to readers.";
  const list = Array.from({ length: count }, (_, i) =>
    article(`story-${i}`, `2023-09-06T${String(Math.floor(i / 60) % 24).padStart(2, "0")}:${String(i % 60).padStart(2, "0")}`, [`t${i % topicCount}`], { title: `Headline number ${i + 1} of a very busy day`, summary }),
  );
  return buildDigest(list, topics, site, { now }).days[0]!;
};

test("a 500-article day in one topic stays under 102 KB and says how many more are on the web edition", () => {
  const { html, text } = dayEmail(many(500, 1), site, templates);
  assert.ok(Buffer.byteLength(html) < gmailClip, `${Buffer.byteLength(html)} bytes`);
  assert.is(cheerio.load(html)("h3").length, 10);
  assert.match(html, "490 more on the web edition");
  assert.match(text, "490 more on the web edition");
});

test("a 500-article day over 100 topics is cut further to fit, and still counts what it left out", () => {
  const { html, edition } = dayEmail(many(500, 100), site, templates);
  assert.ok(Buffer.byteLength(html) < gmailClip, `${Buffer.byteLength(html)} bytes`);
  const shown = cheerio.load(html)("h3").length;
  const counted = edition.groups.reduce((n, g) => n + g.more, 0) + edition.moreArticles;
  assert.is(shown + counted, 500);
  assert.ok(shown > 20, `${shown} shown`);
});

test.run();
