import { test } from "uvu";
import * as assert from "uvu/assert";
import { DateTime } from "luxon";
import { parseArticleDate } from "../../src/content/dates.ts";
import { buildDigest, type RenderedArticle, type RenderedTopic } from "../../src/model/index.ts";
import { defaultSiteSettings, type SiteSettings } from "../../src/settings/site.ts";

const settings: SiteSettings = { ...defaultSiteSettings, topicPageSize: 2, homeDays: 2 };
const now = DateTime.fromISO("2024-01-01T00:00:00Z");

const topics: RenderedTopic[] = [
  { file: "articles/topics/arms.md", slug: "arms", title: "Arms deal", html: "<p>Background</p>" },
  { file: "articles/topics/asean.md", slug: "asean", title: "ASEAN", html: "" },
  { file: "articles/topics/quiet.md", slug: "quiet", title: "Quiet topic", html: "" },
];

function article(slug: string, date: string, topicSlugs: string[], extra: Partial<RenderedArticle> = {}): RenderedArticle {
  const parsed = parseArticleDate(date, settings.timeZone);
  if ("error" in parsed) throw new Error(parsed.error);
  return {
    file: `articles/${slug}.md`, slug, title: slug.toUpperCase(), date: parsed, topics: topicSlugs,
    source: { name: "Antara" }, lang: "en", tags: [], draft: false, html: `<p>${slug}</p>`, relatedHeadlines: [], ...extra,
  };
}

const sources = [
  article("c", "2023-09-06T09:00", ["arms"]),
  article("a", "2023-09-05", ["arms", "asean"]),
  article("late", "2023-09-05T23:30:00-04:00", ["asean"]), // 6 Sept in Jakarta
  article("b", "2023-09-05", ["asean"]),
  article("oct", "2023-10-01T12:00", ["arms"]),
  article("old", "2022-12-31T23:00", ["arms"]),
];

const digest = buildDigest(sources, topics, settings, { now });
const urls = (list: { url: string }[]) => list.map((x) => x.url);

test("articles are in time order, ties broken by slug, with dated URLs in the site zone", () => {
  assert.equal(digest.articles.map((a) => a.slug), ["old", "a", "b", "c", "late", "oct"]);
  const late = digest.articles.find((a) => a.slug === "late")!;
  assert.is(late.url, "/2023/09/06/late/");
  assert.is(late.published, "2023-09-06T10:30:00+07:00");
  assert.is(late.day.key, "2023-09-06");
});

test("days are newest first; inside a day, articles sit once under their main topic", () => {
  assert.equal(digest.days.map((d) => d.key), ["2023-10-01", "2023-09-06", "2023-09-05", "2022-12-31"]);
  const sept6 = digest.days[1]!;
  assert.equal(sept6.groups.map((g) => [g.topic.slug, g.articles.map((a) => a.slug)]), [["asean", ["late"]], ["arms", ["c"]]]);
  const sept5 = digest.days[2]!;
  assert.equal(sept5.groups.map((g) => [g.topic.slug, g.articles.map((a) => a.slug)]), [["asean", ["b"]], ["arms", ["a"]]]);
  const onDays = digest.days.flatMap((d) => d.groups.flatMap((g) => g.articles));
  assert.is(onDays.length, sources.length);
});

test("the home page holds the newest homeDays days", () => {
  assert.equal(digest.latestDays.map((p) => p.day.key), ["2023-10-01", "2023-09-06"]);
});

test("a busy day's edition spreads over pages of dayPageSize articles, its topics' groups split where a page ends", () => {
  const busy = buildDigest(sources, topics, { ...settings, dayPageSize: 1 }, { now });
  const sept5 = busy.dayPages.filter((p) => p.day.key === "2023-09-05");
  assert.equal(urls(sept5), ["/2023/09/05/", "/2023/09/05/page/2/"]);
  assert.equal(sept5.map((p) => p.groups.map((g) => [g.topic.slug, g.articles.map((a) => a.slug)])), [[["asean", ["b"]]], [["arms", ["a"]]]]);
  assert.equal([sept5[0]!.nextUrl, sept5[1]!.previousUrl, sept5[0]!.total], ["/2023/09/05/page/2/", "/2023/09/05/", 2]);
  // The home page shows a day's first page; the day's count still says how many it has.
  assert.equal(busy.latestDays.map((p) => [p.day.key, p.number, p.day.count]), [["2023-10-01", 1, 1], ["2023-09-06", 1, 2]]);
  assert.equal(busy.latestDays[1]!.groups.flatMap((g) => g.articles.map((a) => a.slug)), ["late"]);
  // A day that fits stays one page at the day's URL.
  assert.equal(urls(digest.dayPages), ["/2023/10/01/", "/2023/09/06/", "/2023/09/05/", "/2022/12/31/"]);
});

test("days, months and years link to their neighbours and up", () => {
  const sept6 = digest.days[1]!;
  assert.is(sept6.previous?.url, "/2023/09/05/");
  assert.is(sept6.next?.url, "/2023/10/01/");
  assert.is(sept6.month.url, "/2023/09/");
  assert.is(sept6.year.url, "/2023/");
  assert.equal(digest.months.map((m) => [m.key, m.count]), [["2023-10", 1], ["2023-09", 4], ["2022-12", 1]]);
  assert.equal(digest.months[1]!.days.map((d) => d.key), ["2023-09-06", "2023-09-05"]);
  assert.is(digest.months[1]!.previous?.url, "/2022/12/");
  assert.equal(digest.years.map((y) => [y.key, y.count, y.months.map((m) => m.key)]), [["2023", 5, ["2023-10", "2023-09"]], ["2022", 1, ["2022-12"]]]);
  assert.is(digest.years[0]!.previous?.url, "/2022/");
  assert.is(digest.years[1]!.next?.url, "/2023/");
});

test("topic timelines are newest first, grouped by day and paginated", () => {
  const arms = digest.topicPages.filter((p) => p.topic.slug === "arms");
  assert.equal(urls(arms), ["/topics/arms/", "/topics/arms/page/2/"]);
  assert.equal(arms.map((p) => p.days.map((d) => [d.key, d.articles.map((a) => a.slug)])), [
    [["2023-10-01", ["oct"]], ["2023-09-06", ["c"]]],
    [["2023-09-05", ["a"]], ["2022-12-31", ["old"]]],
  ]);
  assert.is(arms[0]!.nextUrl, "/topics/arms/page/2/");
  assert.is(arms[1]!.previousUrl, "/topics/arms/");
  assert.is(arms[0]!.total, 2);
});

test("an article with two topics appears on both timelines", () => {
  const onAsean = digest.topicPages.filter((p) => p.topic.slug === "asean").flatMap((p) => p.days.flatMap((d) => d.articles.map((a) => a.slug)));
  assert.equal(onAsean, ["late", "b", "a"]);
});

test("topics index: counts, latest date, most recently updated first, empty topics last", () => {
  assert.equal(digest.topics.map((t) => [t.slug, t.count, t.latest]), [
    ["arms", 4, "2023-10-01T12:00:00+07:00"],
    ["asean", 3, "2023-09-06T10:30:00+07:00"],
    ["quiet", 0, undefined],
  ]);
  assert.equal(urls(digest.topicPages.filter((p) => p.topic.slug === "quiet")), ["/topics/quiet/"]);
});

test("previous and next follow the article's first topic", () => {
  const bySlug = Object.fromEntries(digest.articles.map((a) => [a.slug, a]));
  assert.is(bySlug.a!.previous?.url, "/2022/12/31/old/");
  assert.is(bySlug.a!.next?.url, "/2023/09/06/c/");
  assert.is(bySlug.b!.previous?.url, "/2023/09/05/a/"); // a is in asean too, though its own first topic is arms
  assert.is(bySlug.b!.next?.url, "/2023/09/06/late/");
  assert.is(bySlug.old!.previous, undefined);
  assert.is(bySlug.oct!.next, undefined);
});

test("drafts and scheduled articles are left out unless asked for", () => {
  const more = [...sources, article("draft", "2023-09-05", ["arms"], { draft: true }), article("future", "2024-06-01", ["arms"])];
  const published = buildDigest(more, topics, settings, { now });
  assert.not.ok(published.articles.some((a) => a.slug === "draft" || a.slug === "future"));
  assert.is(published.topics[0]!.count, 4);
  const preview = buildDigest(more, topics, settings, { now, includeDrafts: true, includeScheduled: true });
  const future = preview.articles.find((a) => a.slug === "future");
  assert.is(future?.scheduled, true);
  assert.is(preview.articles.find((a) => a.slug === "draft")?.draft, true);
});

test("read-also headlines link articles of the digest, ignoring case and punctuation", () => {
  const withRelated = [
    ...sources,
    article("reader", "2023-09-07", ["arms"], { relatedHeadlines: ["c!", "Not in this digest", "  OCT  "] }),
  ];
  const built = buildDigest(withRelated, topics, settings, { now });
  const reader = built.articles.find((a) => a.slug === "reader")!;
  assert.equal(reader.related.map((r) => r.url), ["/2023/09/06/c/", "/2023/10/01/oct/"]);
  assert.equal(built.articles.find((a) => a.slug === "c")!.related, []);
});

test("a rebuild shares the refs of what did not change, and a retitled article's links carry its new title", () => {
  const named = sources.map((source) => ({ ...source, tags: ["Sanctions"], people: ["Kim Jong Un"] }));
  const slugC = (d: ReturnType<typeof buildDigest>) => d.articles.find((a) => a.slug === "c")!;
  const first = slugC(buildDigest(named, topics, settings, { now }));
  const again = slugC(buildDigest(named, topics, settings, { now }));
  assert.is.not(again, first);
  // The dev server compares each page's data with the last build's: the same object is equal at once.
  for (const field of ["tags", "topics", "people", "outlets"] as const) assert.is(again[field][0], first[field][0], field);
  assert.is(again.previous, first.previous);
  assert.ok(Object.isFrozen(first.previous) && Object.isFrozen(first.tags[0]), "shared refs cannot be changed by one build under another");

  const retitled = slugC(buildDigest(named.map((source) => (source.slug === "a" ? { ...source, title: "A, retitled" } : source)), topics, settings, { now }));
  assert.is(retitled.previous?.title, "A, retitled");
  assert.is(first.previous?.title, "A");
});

test("input order does not change the output", () => {
  const shuffled = buildDigest([...sources].reverse(), topics, settings, { now });
  assert.equal(JSON.stringify(shuffled), JSON.stringify(digest));
});

test("an empty site is a valid site", () => {
  const empty = buildDigest([], topics, settings, { now });
  assert.equal([empty.articles, empty.days, empty.dayPages, empty.months, empty.years, empty.latestDays], [[], [], [], [], [], []]);
  assert.is(empty.topicPages.length, 3);
});

test.run();
