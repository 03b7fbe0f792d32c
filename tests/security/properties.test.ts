// Properties that must hold for every input, checked with fast-check on random ones: slugs,
// dates in every zone, grouping into the digest, and sanitizing. The expected values come from
// independent sources (the platform's Intl time zone data, plain counting), never from the
// code under test.
import { test } from "uvu";
import * as assert from "uvu/assert";
import * as cheerio from "cheerio";
import fc from "fast-check";
import { DateTime } from "luxon";
import { dayKey, parseArticleDate } from "../../src/content/dates.ts";
import { createMarkdownRenderer } from "../../src/markdown/render.ts";
import { createHtmlSanitizer } from "../../src/markdown/sanitize.ts";
import { buildDigest, type Article, type RenderedArticle, type RenderedTopic } from "../../src/model/index.ts";
import { defaultSiteSettings, type SiteSettings } from "../../src/settings/site.ts";
import { isSlug, slugFromFileName, slugify } from "../../src/content/slug.ts";
import { fragmentProblems } from "./support.ts";

const runs = { numRuns: 150 };

// ---------------------------------------------------------------- slugs

const anyText = fc.oneof(
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.string({ unit: fc.constantFrom(..."aAbZ09 -_.'’/é Ñ ü ß İ ı ﬁ Ⅻ ① 新 闻 Ω ğ Ø\u0301\u0308\t\n".split("")), maxLength: 40 }),
);

test("a slug is URL-safe: lowercase ASCII letters and digits joined by single hyphens, or nothing", () => {
  fc.assert(
    fc.property(anyText, (text) => {
      const slug = slugify(text);
      assert.ok(/^(?:[a-z0-9]+(?:-[a-z0-9]+)*)?$/.test(slug), JSON.stringify(slug));
      assert.is(encodeURIComponent(slug), slug);
      assert.is(isSlug(slug), slug !== "");
    }),
    runs,
  );
});

test("slugify is idempotent and stable: the same slug again, whatever Unicode normalization the text came in", () => {
  fc.assert(
    fc.property(anyText, (text) => {
      const slug = slugify(text);
      assert.is(slugify(slug), slug);
      assert.is(slugify(text.normalize("NFC")), slug);
      assert.is(slugify(text.normalize("NFD")), slug);
      assert.is(slugify(text), slug); // no hidden state between calls
    }),
    runs,
  );
});

test("a slug keeps the words of the text: ASCII words come through lowercased, in order", () => {
  const word = fc.string({ unit: fc.constantFrom(..."abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".split("")), minLength: 1, maxLength: 8 });
  const glue = fc.string({ unit: fc.constantFrom(..." -_.,:;!?/()[]".split("")), minLength: 1, maxLength: 3 });
  fc.assert(
    fc.property(fc.array(word, { minLength: 1, maxLength: 6 }), glue, (words, separator) => {
      assert.is(slugify(words.join(separator)), words.map((w) => w.toLowerCase()).join("-"));
    }),
    runs,
  );
});

test("a file name's slug drops .md and one leading date, and is the slug of the rest", () => {
  const date = fc.date({ min: new Date("1990-01-01T00:00:00Z"), max: new Date("2099-12-31T00:00:00Z"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
  fc.assert(
    fc.property(date, anyText, fc.constantFrom(".md", ".MD", ".Md"), (day, name, extension) => {
      assert.is(slugFromFileName(`${day}-${name}${extension}`), slugify(name));
    }),
    runs,
  );
});

// ---------------------------------------------------------------- dates in every zone

const zones = [
  "UTC", "Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura", "Asia/Kolkata", "Asia/Kathmandu", "Asia/Tehran", "Asia/Tokyo",
  "Australia/Adelaide", "Australia/Lord_Howe", "Pacific/Chatham", "Pacific/Kiritimati", "Pacific/Pago_Pago", "Pacific/Apia",
  "America/St_Johns", "America/New_York", "America/Los_Angeles", "America/Sao_Paulo", "America/Santiago", "America/Havana",
  "America/Asuncion", "Atlantic/Azores", "Europe/London", "Europe/Dublin", "Europe/Moscow", "Africa/Casablanca",
  "Asia/Beirut", "Antarctica/Troll", "Asia/Gaza",
];
const zone = fc.constantFrom(...zones);
const instant = fc.integer({ min: Date.UTC(1971, 0, 1), max: Date.UTC(2099, 11, 31) });
const offsetMinutes = fc.integer({ min: -12 * 4, max: 14 * 4 }).map((quarters) => quarters * 15);

const formatters = new Map<string, Intl.DateTimeFormat>();
/** The calendar day and wall time of an instant in a zone, from the platform's own zone data. */
function local(ms: number, timeZone: string): { day: string; time: string } {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23" });
    formatters.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(new Date(ms)).map((p) => [p.type, p.value]));
  return { day: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}:${parts.second}` };
}

/** ISO 8601 for an instant written with a given offset, by hand. */
function isoWithOffset(ms: number, minutes: number): string {
  const wall = new Date(ms + minutes * 60_000).toISOString().slice(0, 23);
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  return `${wall}${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
}

test("an instant with an offset keeps its instant, and its day is the zone's day for that instant (per Intl and per luxon)", () => {
  fc.assert(
    fc.property(instant, offsetMinutes, zone, (ms, minutes, timeZone) => {
      const iso = isoWithOffset(ms, minutes);
      const parsed = parseArticleDate(iso, timeZone);
      if ("error" in parsed) throw new Error(`${iso}: ${parsed.error}`);
      assert.is(parsed.at.toMillis(), ms, iso);
      assert.is(parsed.allDay, false);
      assert.is(dayKey(parsed.at), local(ms, timeZone).day, `${iso} in ${timeZone}`);
      assert.is(dayKey(parsed.at), DateTime.fromMillis(ms, { zone: timeZone }).toFormat("yyyy-MM-dd"), `${iso} in ${timeZone}`);
      assert.is(parsed.at.zoneName, timeZone);
    }),
    { numRuns: 200 },
  );
});

test("a date alone is the start of that day in the zone: midnight, or the first moment after a gap at midnight", () => {
  const day = fc.integer({ min: Date.UTC(1971, 0, 2), max: Date.UTC(2099, 11, 30) }).map((ms) => new Date(ms).toISOString().slice(0, 10));
  fc.assert(
    fc.property(day, zone, (key, timeZone) => {
      const parsed = parseArticleDate(key, timeZone);
      if ("error" in parsed) throw new Error(`${key}: ${parsed.error}`);
      const ms = parsed.at.toMillis();
      assert.is(parsed.allDay, true);
      assert.is(dayKey(parsed.at), key);
      const here = local(ms, timeZone);
      assert.is(here.day, key, `${key} in ${timeZone} starts on ${here.day}`);
      assert.ok(local(ms - 1, timeZone).day < key, `${key} in ${timeZone}: the moment before is the same day (${here.time})`);
      // Midnight itself, unless the clocks jumped over it that night.
      if (here.time !== "00:00:00") assert.ok(local(ms - 60 * 60_000, timeZone).day < key, `${key} in ${timeZone} starts at ${here.time}`);
    }),
    { numRuns: 200 },
  );
  // The nights the clocks skip midnight, and those midnight comes twice (summer time ends at 01:00
  // and the clocks go back to 00:00: the day begins at the first), which random days rarely hit.
  const rareNights = [["2022-09-11", "America/Santiago"], ["2020-03-08", "America/Havana"], ["2023-11-05", "America/Havana"], ["1971-09-26", "Europe/Rome"]] as const;
  for (const [key, timeZone] of rareNights) {
    const parsed = parseArticleDate(key, timeZone);
    if ("error" in parsed) throw new Error(parsed.error);
    assert.is(local(parsed.at.toMillis(), timeZone).day, key);
    assert.ok(local(parsed.at.toMillis() - 1, timeZone).day < key, `${key} in ${timeZone}`);
  }
});

// ---------------------------------------------------------------- grouping into the digest

interface Scenario {
  timeZone: string;
  pageSize: number;
  homeDays: number;
  topicCount: number;
  articles: { ms: number; topics: number[]; draft: boolean }[];
  nowMs: number;
  includeDrafts: boolean;
  includeScheduled: boolean;
}

const span = { min: Date.UTC(2022, 10, 1), max: Date.UTC(2024, 1, 28) };
const scenario: fc.Arbitrary<Scenario> = fc
  .record({ timeZone: zone, pageSize: fc.integer({ min: 1, max: 5 }), homeDays: fc.integer({ min: 1, max: 7 }), topicCount: fc.integer({ min: 1, max: 5 }) })
  .chain((base) =>
    fc.record({
      timeZone: fc.constant(base.timeZone),
      pageSize: fc.constant(base.pageSize),
      homeDays: fc.constant(base.homeDays),
      topicCount: fc.constant(base.topicCount),
      articles: fc.array(
        fc.record({
          // Several articles often share a day, or even an instant.
          ms: fc.oneof(fc.integer(span), fc.constantFrom(Date.UTC(2023, 8, 5, 16, 59, 59), Date.UTC(2023, 8, 5, 17), Date.UTC(2023, 11, 31, 23, 30))),
          topics: fc.uniqueArray(fc.integer({ min: 0, max: base.topicCount - 1 }), { minLength: 1, maxLength: base.topicCount }),
          draft: fc.boolean(),
        }),
        { maxLength: 40 },
      ),
      nowMs: fc.integer(span),
      includeDrafts: fc.boolean(),
      includeScheduled: fc.boolean(),
    }),
  );

function digestOf(s: Scenario) {
  const settings: SiteSettings = { ...defaultSiteSettings, timeZone: s.timeZone, topicPageSize: s.pageSize, dayPageSize: s.pageSize, homeDays: s.homeDays };
  const topics: RenderedTopic[] = Array.from({ length: s.topicCount }, (_, i) => ({ file: `topics/t${i}.md`, slug: `t${i}`, title: `Topic ${i}`, html: "" }));
  const sources: RenderedArticle[] = s.articles.map((a, i) => ({
    file: `a${i}.md`,
    slug: `a${i}`,
    title: `Article ${i}`,
    date: { at: DateTime.fromMillis(a.ms, { zone: s.timeZone }), allDay: false },
    topics: a.topics.map((t) => `t${t}`),
    source: { name: "Antara" },
    lang: "en",
    tags: [],
    draft: a.draft,
    relatedHeadlines: [],
    body: "",
    html: "",
   
  }));
  const digest = buildDigest(sources, topics, settings, {
    now: DateTime.fromMillis(s.nowMs, { zone: s.timeZone }),
    includeDrafts: s.includeDrafts,
    includeScheduled: s.includeScheduled,
  });
  // What should be published, counted by hand.
  const published = s.articles
    .map((a, i) => ({ ...a, file: `a${i}.md`, day: local(a.ms, s.timeZone).day }))
    .filter((a) => (s.includeDrafts || !a.draft) && (s.includeScheduled || a.ms <= s.nowMs));
  return { digest, published };
}

const files = (articles: readonly Article[]) => articles.map((a) => a.file).sort();
const countBy = <T>(items: readonly T[], key: (item: T) => string) => {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
};

test("every published article is in the digest once, on its day's page once, and nothing else is", () => {
  fc.assert(
    fc.property(scenario, (s) => {
      const { digest, published } = digestOf(s);
      const expected = published.map((a) => a.file).sort();
      assert.equal(files(digest.articles), expected);
      const onDays = digest.days.flatMap((d) => d.groups.flatMap((g) => g.articles));
      assert.equal(files(onDays), expected);
      for (const day of digest.days) {
        for (const group of day.groups) {
          for (const article of group.articles) {
            assert.is(published.find((p) => p.file === article.file)!.day, day.key, `${article.file} filed under ${day.key}`);
            assert.is(group.topic.slug, article.topics[0]!.slug, "grouped under its main topic");
          }
        }
      }
      assert.equal(digest.days.map((d) => d.key), [...new Set(published.map((a) => a.day))].sort().reverse());
    }),
    runs,
  );
});

test("every published article is on each of its topics' pages exactly once, and pages hold at most a page's worth", () => {
  fc.assert(
    fc.property(scenario, (s) => {
      const { digest, published } = digestOf(s);
      for (let t = 0; t < s.topicCount; t++) {
        const slug = `t${t}`;
        const pages = digest.topicPages.filter((p) => p.topic.slug === slug);
        const expected = published.filter((a) => a.topics.includes(t)).map((a) => a.file).sort();
        const listed = pages.flatMap((p) => p.days.flatMap((d) => d.articles));
        assert.equal(files(listed), expected, slug);
        assert.is(pages.length, Math.max(1, Math.ceil(expected.length / s.pageSize)), slug);
        assert.equal(pages.map((p) => p.number), pages.map((_, i) => i + 1));
        for (const page of pages) assert.ok(page.days.reduce((n, d) => n + d.articles.length, 0) <= s.pageSize);
        assert.is(digest.topics.find((x) => x.slug === slug)!.count, expected.length, slug);
      }
    }),
    runs,
  );
});

test("a day's pages hold its edition in order, at most a page's worth each, under main topics", () => {
  fc.assert(
    fc.property(scenario, (s) => {
      const { digest } = digestOf(s);
      const pagesOf = new Map<string, typeof digest.dayPages>();
      for (const page of digest.dayPages) pagesOf.set(page.day.key, [...(pagesOf.get(page.day.key) ?? []), page]);
      assert.equal([...pagesOf.keys()], digest.days.map((d) => d.key), "every day, newest first");
      for (const day of digest.days) {
        const pages = pagesOf.get(day.key)!;
        assert.is(pages.length, Math.ceil(day.count / s.pageSize), day.key);
        assert.equal(pages.map((p) => [p.number, p.total]), pages.map((_, i) => [i + 1, pages.length]));
        assert.is(pages[0]!.url, day.url);
        assert.is(new Set(pages.map((p) => p.url)).size, pages.length, "each page its own URL");
        const edition = day.groups.flatMap((g) => g.articles);
        assert.equal(pages.flatMap((p) => p.groups.flatMap((g) => g.articles)), edition, day.key);
        for (const page of pages) {
          assert.ok(page.groups.reduce((n, g) => n + g.articles.length, 0) <= s.pageSize);
          for (const group of page.groups) for (const article of group.articles) assert.is(group.topic.slug, article.topics[0]!.slug);
          for (let i = 1; i < page.groups.length; i++) assert.is.not(page.groups[i]!.topic, page.groups[i - 1]!.topic, "one group a topic");
        }
      }
    }),
    runs,
  );
});

test("counts add up: days, months and years count their articles, and each sums to the whole", () => {
  fc.assert(
    fc.property(scenario, (s) => {
      const { digest, published } = digestOf(s);
      const byDay = countBy(published, (a) => a.day);
      const byMonth = countBy(published, (a) => a.day.slice(0, 7));
      const byYear = countBy(published, (a) => a.day.slice(0, 4));
      assert.equal(new Map(digest.days.map((d) => [d.key, d.count])), byDay);
      for (const day of digest.days) assert.is(day.groups.reduce((n, g) => n + g.articles.length, 0), day.count);
      assert.equal(new Map(digest.months.map((m) => [m.key, m.count])), byMonth);
      for (const month of digest.months) assert.is(month.days.reduce((n, d) => n + d.groups.reduce((g, group) => g + group.articles.length, 0), 0), month.count, month.key);
      assert.equal(new Map(digest.years.map((y) => [y.key, y.count])), byYear);
      for (const year of digest.years) assert.is(year.months.reduce((n, m) => n + m.count, 0), year.count, year.key);
      const total = published.length;
      assert.is(digest.days.reduce((n, d) => n + d.count, 0), total);
      assert.is(digest.months.reduce((n, m) => n + m.count, 0), total);
      assert.is(digest.years.reduce((n, y) => n + y.count, 0), total);
      assert.is(digest.topics.reduce((n, t) => n + t.count, 0), published.reduce((n, a) => n + a.topics.length, 0));
      assert.equal(digest.latestDays.map((p) => [p.day.key, p.number]), digest.days.slice(0, s.homeDays).map((d) => [d.key, 1]));
    }),
    runs,
  );
});

// ---------------------------------------------------------------- sanitizing

const sanitize = createHtmlSanitizer({ siteOrigin: "https://example.org" });
const render = createMarkdownRenderer({ siteOrigin: "https://example.org" });

const tagName = fc.constantFrom("a", "img", "p", "b", "em", "script", "style", "iframe", "svg", "math", "form", "button", "object", "embed", "base", "meta", "link", "table", "td", "code", "h1", "details", "textarea", "noscript", "template", "div", "SCRIPT", "Img", "xmp", "title", "area", "video");
const attrName = fc.constantFrom("href", "src", "srcset", "onclick", "onerror", "ONLOAD", "style", "class", "xlink:href", "formaction", "action", "title", "alt", "id", "target", "rel", "data", "poster", "lang");
const scheme = fc.constantFrom("javascript:", "JaVaScRiPt:", " javascript:", "java\tscript:", "jav&#x61;script:", "&#106;avascript:", "javascript&colon;", "vbscript:", "data:", "DATA:", "//", "\\\\", "http:", "https:", "mailto:", "", "\u0001javascript:", "file:", "java\nscript:");
const attrValue = fc.oneof(
  fc.tuple(scheme, fc.constantFrom("alert(1)", "//example.com/x", "a@b.example", "x.png 1x, javascript:alert(2) 2x", "text/html,<script>alert(1)</script>")).map(([a, b]) => a + b),
  fc.string({ maxLength: 12 }),
);
const quote = fc.constantFrom('"', "'", "");
const attribute = fc.tuple(attrName, attrValue, quote).map(([name, value, q]) => (q ? ` ${name}=${q}${value.replaceAll(q, "")}${q}` : ` ${name}=${value.replace(/[\s>]/g, "")}`));
const element = fc.tuple(tagName, fc.array(attribute, { maxLength: 3 }), fc.boolean()).map(([tag, attrs, close]) => `<${tag}${attrs.join("")}>${close ? `x</${tag}>` : ""}`);
const text = fc.constantFrom("text", " ", "&lt;script&gt;", "&amp;", "{{ 7*7 }}", "</p>", "<!--", "-->", "]]>", "<", ">", "\"", "'", "`", "\n", "\n\n", "*", "_", "[a](javascript:x)", "![i](data:x)", "<javascript:alert(1)>", "- ", "> ", "# ", "```", "|", "&#106;");
const fragment = fc.array(fc.oneof(element, text), { maxLength: 25 }).map((parts) => parts.join(""));

test("sanitizing is idempotent, and its output never holds what it must remove", () => {
  fc.assert(
    fc.property(fragment, (html) => {
      const once = sanitize(html).html;
      assert.equal(fragmentProblems(once), [], once);
      const twice = sanitize(once);
      assert.is(twice.html, once);
      assert.equal(twice.removed, [], `sanitizing again removed ${twice.removed.join(", ")}`);
    }),
    { numRuns: 300 },
  );
});

test("rendering any mix of Markdown and HTML never yields what sanitizing must remove", () => {
  fc.assert(
    fc.property(fragment, (markdown) => {
      const html = render(markdown);
      assert.equal(fragmentProblems(html), [], html);
    }),
    { numRuns: 300 },
  );
});

// Markdown without raw HTML skips the sanitizer when marked wrote all of it (see markdown.ts):
// whatever comes out must be what sanitizing would have kept, attribute for attribute.
const word = fc.constantFrom("Kim", "Putin", "it's", '"quoted"', "a&b", "&amp;", "&copy;", "&#106;", "&Tab;", "5 > 3", "x_y", "(", ")", "@", "a@b.example", "www.example.com", "https://x.example/p?q=1", "é", "新闻");
const target = fc.oneof(
  fc.tuple(scheme, fc.constantFrom("alert(1)", "//example.com/x", "x.example/a.png", "a@b.example")).map(([a, b]) => a + b),
  fc.constantFrom("/topics/", "#top", "../up", "", "https://example.org/own", "https://other.example/x", "<https://a.example/b c>", "<java\tscript:x>"),
);
const title = fc.constantFrom("", ' "T"', " 'It''s'", ' "a&quot;b"', " (p)");
const markdownPiece = fc.oneof(
  word,
  fc.constantFrom(" ", "\n", "\n\n", "  \n", "\\\n", "*", "**", "_", "~~", "`", "# ", "## ", "- ", "1. ", "3) ", "> ", "---\n", "- [ ] ", "- [x] ", "| a | b |\n|---|:-:|\n| 1 | 2 |\n"),
  fc.tuple(fc.constantFrom("", "js", "c++", "a<b", "x\"y", "lang extra"), word).map(([lang, body]) => `\n\`\`\`${lang}\n${body}\n\`\`\`\n`),
  fc.tuple(fc.constantFrom("[", "!["), word, target, title).map(([open, text, url, t]) => `${open}${text}](${url}${t})`),
  fc.tuple(target, title).map(([url, t]) => `[r]\n\n[r]: ${url}${t}\n`),
  target.map((url) => `<${url.replace(/^<|>$/g, "")}>`),
);
const markdownOnly = fc.array(markdownPiece, { maxLength: 30 }).map((parts) => parts.join(""));

test("Markdown without raw HTML renders to what sanitizing would keep, attribute for attribute", () => {
  fc.assert(
    fc.property(markdownOnly, (markdown) => {
      const html = render(markdown);
      assert.equal(fragmentProblems(html), [], html);
      const again = sanitize(html);
      assert.equal(again.removed, [], `sanitizing removed ${again.removed.join(", ")} from ${html}`);
      assert.is(cheerio.load(again.html, null, false).html(), cheerio.load(html, null, false).html(), markdown);
    }),
    { numRuns: 1000 },
  );
});

test.run();
