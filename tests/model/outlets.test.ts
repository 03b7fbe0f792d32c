// Outlets: names and aliases fold into one page each; an article's coverage and updates in the model.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { DateTime } from "luxon";
import { parseArticleDate } from "../../src/content/dates.ts";
import { buildDigest, sourceLine, type RenderedArticle, type RenderedOutlet } from "../../src/model/index.ts";
import { wordsFor } from "../../src/settings/i18n.ts";
import { defaultSiteSettings, type SiteSettings } from "../../src/settings/site.ts";

const settings: SiteSettings = { ...defaultSiteSettings, topicPageSize: 2 };
const now = DateTime.fromISO("2024-01-01T00:00:00+07:00");
const topics = [{ file: "articles/topics/t.md", slug: "t", title: "T", html: "" }];
const at = (date: string) => {
  const parsed = parseArticleDate(date, settings.timeZone);
  if ("error" in parsed) throw new Error(parsed.error);
  return parsed;
};

function article(slug: string, date: string, source: string, extra: Partial<RenderedArticle> = {}): RenderedArticle {
  return { file: `articles/${slug}.md`, slug, title: slug, date: at(date), topics: ["t"], source: { name: source }, lang: "en", tags: [], draft: false, html: "", relatedHeadlines: [], ...extra };
}
const cover = (name: string, date?: string) => ({ name, url: `https://x.example/${encodeURIComponent(name)}`, ...(date && { date: at(date) }) });

const antara: RenderedOutlet = { file: "articles/sources/antara.md", slug: "antara", name: "Antara", aliases: ["ANTARA", "Antara News"], url: "https://www.antaranews.com/", kind: "wire", html: "<p>Agency.</p>" };
const digest = buildDigest(
  [
    article("one", "2023-09-01", "ANTARA", { coverage: [cover("Reuters", "2023-09-02"), cover("Kompas", "2023-09-01"), cover("AP"), cover("Antara News", "2023-09-01")] }),
    article("two", "2023-09-02", "Reuters", { coverage: [cover("antara")] }),
    article("three", "2023-09-03", "Antara News"),
    article("four", "2023-09-04", "Kompas", {
      updates: [
        { date: at("2023-09-06T10:00"), kind: "update", note: "Second.", html: "<p>Second.</p>" },
        { date: at("2023-09-05T10:00"), kind: "correction", note: "First.", html: "<p>First.</p>" },
        { date: at("2024-02-01"), kind: "update", note: "Not yet.", html: "<p>Not yet.</p>" },
      ],
    }),
  ],
  topics,
  settings,
  { now },
  { outlets: [antara] },
);
const byName = (name: string) => digest.articles.find((a) => a.slug === name)!;

test("a registered outlet's name, aliases and slug fold into its page, named as its file names it", () => {
  assert.equal(digest.articles.map((a) => [a.slug, a.outlet.name, a.outlet.url]), [
    ["one", "Antara", "/sources/antara/"],
    ["two", "Reuters", "/sources/reuters/"],
    ["three", "Antara", "/sources/antara/"],
    ["four", "Kompas", "/sources/kompas/"],
  ]);
});

test("/sources/ lists outlets by count then name, each with its primary reports and coverage mentions", () => {
  const index = digest.collectionIndexes.find((i) => i.kind === "sources")!;
  assert.is(index.url, "/sources/");
  assert.equal(index.collections.map((c) => `${c.name} ${c.count} ${c.primary} ${c.mentions}`), ["Antara 3 2 2", "Kompas 2 1 1", "Reuters 2 1 1", "AP 1 0 1"]);
  assert.equal(index.collections[0]!.registry, { aliases: ["ANTARA", "Antara News"], url: "https://www.antaranews.com/", kind: "wire", html: "<p>Agency.</p>" });
});

test("an outlet's page lists its articles by day, newest first, paginated", () => {
  const pages = digest.collectionPages.filter((p) => p.collection.slug === "antara");
  assert.equal(pages.map((p) => p.url), ["/sources/antara/", "/sources/antara/page/2/"]);
  assert.equal(pages.map((p) => p.days.map((d) => [d.key, d.articles.map((a) => a.slug)])), [[["2023-09-03", ["three"]], ["2023-09-02", ["two"]]], [["2023-09-01", ["one"]]]]);
});

test("coverage is ordered by date, then name, undated last, each with its outlet", () => {
  assert.equal(byName("one").coverage.map((c) => [c.name, c.date, c.outlet.name]), [
    ["Antara News", "2023-09-01T00:00:00+07:00", "Antara"],
    ["Kompas", "2023-09-01T00:00:00+07:00", "Kompas"],
    ["Reuters", "2023-09-02T00:00:00+07:00", "Reuters"],
    ["AP", undefined, "AP"],
  ]);
});

test("lists count the other outlets once each: the source's own outlet in coverage is not another", () => {
  assert.is(sourceLine(byName("one"), wordsFor("en")), "Antara + 3 outlets");
  assert.is(sourceLine(byName("two"), wordsFor("en")), "Reuters + 1 outlet");
  assert.is(sourceLine(byName("three"), wordsFor("en")), "Antara");
  assert.is(sourceLine(byName("one"), wordsFor("id")), "Antara + 3 media lain");
});

test("updates come oldest first; one after now is held back; updated is the latest shown", () => {
  const four = byName("four");
  assert.equal(four.updates.map((u) => [u.kind, u.date, u.html]), [
    ["correction", "2023-09-05T10:00:00+07:00", "<p>First.</p>"],
    ["update", "2023-09-06T10:00:00+07:00", "<p>Second.</p>"],
  ]);
  assert.is(four.updated, "2023-09-06T10:00:00+07:00");
  assert.is(byName("three").updated, undefined);
  const preview = buildDigest([article("four", "2023-09-04", "Kompas", { updates: [{ date: at("2024-02-01"), kind: "update", note: "x", html: "" }] })], topics, settings, { now, includeScheduled: true });
  assert.is(preview.articles[0]!.updated, "2024-02-01T00:00:00+07:00");
});

test.run();
