// Builds the real sample site (and small fixtures) with the real command and reads the HTML
// the way a reader's browser would get it.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import * as cheerio from "cheerio";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { tempFolder } from "../helpers/temp-folder.ts";

const root = path.resolve(import.meta.dirname, "../..");
const tsx = path.join(root, "node_modules/.bin/tsx");
const now = "2024-01-01T00:00:00+07:00";

function build(output: string, env: Record<string, string> = {}, args: string[] = []) {
  const result = spawnSync(tsx, ["src/cli/build.ts", "--output", output, "--now", now, ...args], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, ...env },
  });
  return { code: result.status, out: `${result.stdout}${result.stderr}` };
}

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
}

/** The site's web pages: every built .html file but the daily emails (an email has no site chrome and is not in the sitemap). */
const webPages = (dir: string) => files(dir).filter((f) => f.endsWith(".html") && !f.endsWith("/email.html"));

const tmp = tempFolder("digest-build-");
const site = path.join(tmp, "site");
const first = build(site);
const page = (url: string) => cheerio.load(readFileSync(path.join(site, url, url.endsWith(".html") ? "" : "index.html"), "utf8"));

test("the sample site builds with every kind of page", () => {
  assert.is(first.code, 0, first.out);
  for (const url of ["index.html", "topics/index.html", "topics/russia-dprk-arms-deal/index.html", "2023/index.html", "2023/09/index.html", "2023/09/06/index.html", "2023/09/13/kim-meets-putin-vostochny/index.html", "404.html", "assets/style.css"]) {
    assert.ok(existsSync(path.join(site, url)), url);
  }
});

test("the topic page lists its articles under the right days, newest first", () => {
  const $ = page("/topics/russia-dprk-arms-deal/");
  assert.is($("h1").text(), "Russia–DPRK arms deal");
  const days = $(".timeline-day h3 time").map((_, el) => $(el).attr("datetime")).get();
  assert.ok(days.length >= 6);
  assert.equal(days, [...days].sort().reverse(), "days newest first");
  // 18:45 in Washington on 5 September is 05:45 on 6 September in Jakarta.
  const sept6 = $(".timeline-day").filter((_, el) => $(el).find("h3 time").attr("datetime") === "2023-09-06");
  assert.match(sept6.text(), "pay a price");
  const sept5 = $(".timeline-day").filter((_, el) => $(el).find("h3 time").attr("datetime") === "2023-09-05");
  assert.is(sept5.length, 0);
  // Each timeline day holds its articles newest first.
  $(".timeline-day").each((_, day) => {
    const times = $(day).find(".item time").map((__, el) => $(el).attr("datetime")).get();
    assert.equal(times, [...times].sort().reverse());
  });
});

test("an article page shows its source, topics, tags, body and neighbours in its topic", () => {
  const $ = page("/2023/09/13/kim-meets-putin-vostochny/");
  assert.is($("h1").length, 1);
  assert.match($(".story-meta .source").text(), "Reuters");
  assert.is($(".story-meta a[href='/topics/russia-dprk-arms-deal/']").text(), "Russia–DPRK arms deal");
  assert.ok($(".story-body p").length >= 2);
  assert.ok($(".tags li").length > 0);
  assert.match($("time").first().text(), "2023");
  const previous = $("a[rel=prev]").attr("href");
  const next = $("a[rel=next]").attr("href");
  assert.is(previous, "/2023/09/12/kim-tiba-di-rusia-dengan-kereta-lapis-baja/");
  assert.is(next, "/2023/09/17/kim-kunjungi-pabrik-pesawat-dan-armada-pasifik/");
});

test("tags lead somewhere: an article's tags link to tag pages that list it by day, and /tags/ lists every tag with its count", () => {
  const article = page("/2023/09/13/kim-meets-putin-vostochny/");
  assert.equal(article(".tags a").map((_, a) => `${article(a).text()} ${article(a).attr("href")}`).get(), [
    "north-korea /tags/north-korea/",
    "russia /tags/russia/",
    "summit /tags/summit/",
    "space /tags/space/",
  ]);
  const tag = page("/tags/north-korea/");
  assert.is(tag("h1").text(), "north-korea");
  assert.is(tag(".breadcrumbs a").attr("href"), "/tags/");
  assert.match(tag(".meta").first().text(), "6 articles");
  const sept13 = tag(".timeline-day").filter((_, el) => tag(el).find("h3 time").attr("datetime") === "2023-09-13");
  assert.ok(sept13.find("a[href='/2023/09/13/kim-meets-putin-vostochny/']").length, "the tag page lists the article under its day");
  const index = page("/tags/");
  const first = index(".collection-list li").first();
  assert.is(first.find("a").attr("href"), "/tags/north-korea/");
  assert.is(first.find(".count").text(), "6 articles");
});

test("an entity page shows its registry description, Wikidata link and background, and lists its articles by day, newest first", () => {
  const kim = page("/people/kim-jong-un/");
  assert.is(kim("h1").text(), "Kim Jong Un");
  assert.is(kim(".breadcrumbs a").attr("href"), "/people/");
  assert.is(kim(".lede").text(), "Leader of North Korea since 2011.");
  assert.is(kim("a[href='https://www.wikidata.org/wiki/Q56226']").length, 1);
  assert.match(kim(".background").text(), "Kim Jong Il");
  assert.equal(kim(".timeline-day h3 time").map((_, t) => kim(t).attr("datetime")).get(), ["2023-09-17", "2023-09-13", "2023-09-12", "2023-09-06", "2023-08-31", "2023-07-28", "2023-07-27"]);
  // Indonesian "Kim Jong Un" and English "Kim Jong Un" articles are one entity; "Rusia" and "Russia" one place.
  const russia = page("/places/russia/");
  assert.ok(russia("a[href='/2023/09/12/kim-tiba-di-rusia-dengan-kereta-lapis-baja/']").length && russia("a[href='/2023/09/13/kim-meets-putin-vostochny/']").length);
  const people = page("/people/");
  assert.equal(people(".collection-list li").first().text().replace(/\s+/g, " ").trim(), "Kim Jong Un 7 articles");
  assert.is(page("/organizations/")(".collection-list a[href='/organizations/asean/']").length, 1);
});

test("an article page links its people, places and organisations and lists related coverage other than its topic neighbours", () => {
  const $ = page("/2023/09/13/kim-meets-putin-vostochny/");
  const row = (label: string) => $(".story-meta div").filter((_, d) => $(d).find("dt").text() === label).find("a").map((_, a) => `${$(a).text()} ${$(a).attr("href")}`).get();
  assert.equal(row("People"), ["Kim Jong Un /people/kim-jong-un/", "Vladimir Putin /people/vladimir-putin/"]);
  assert.equal(row("Places"), ["Vostochny Cosmodrome /places/vostochny-cosmodrome/", "Russia /places/russia/", "North Korea /places/north-korea/"]);
  const related = $(".related-coverage li a").map((_, a) => $(a).attr("href")).get();
  assert.is(related.length, 5);
  const neighbours = $(".story-pager a").map((_, a) => $(a).attr("href")).get();
  assert.equal(neighbours.filter((url) => related.includes(url)), []);
  assert.is(related[0], "/2023/09/06/us-warns-north-korea-will-pay-a-price/");
});

test("a topic page shows the people, places and organisations its articles name most, with counts", () => {
  const $ = page("/topics/russia-dprk-arms-deal/");
  const people = $(".most-named h3").filter((_, h) => $(h).text() === "People").next("ul").find("li").map((_, li) => $(li).text().replace(/\s+/g, " ").trim()).get();
  assert.equal(people[0], "Kim Jong Un 7 articles");
  assert.ok(people.length <= 5);
});

test("an Indonesian article carries lang=id inside an English page", () => {
  const $ = page("/2023/09/12/kim-tiba-di-rusia-dengan-kereta-lapis-baja/");
  assert.is($("html").attr("lang"), "en");
  assert.is($("article.story").attr("lang"), "id");
  assert.match($(".story-meta").text(), "Indonesian");
});

test("day, month and year archives link to their neighbours and up", () => {
  const day = page("/2023/09/06/");
  assert.is(day("nav.pager a[rel=prev]").attr("href"), "/2023/09/05/");
  assert.is(day("nav.pager a[rel=next]").attr("href"), "/2023/09/07/");
  assert.ok(day("a[href='/2023/09/']").length > 0);
  assert.ok(day("a[href='/2023/']").length > 0);
  const groups = day(".topic-group h2").map((_, el) => day(el).text()).get();
  assert.equal(groups.sort(), ["ASEAN Summit in Jakarta 2023", "Russia–DPRK arms deal"]);
  const month = page("/2023/09/");
  assert.is(month("nav.pager a[rel=prev]").attr("href"), "/2023/08/");
  assert.is(month("nav.pager a[rel=next]").attr("href"), "/2023/10/");
  assert.ok(month("a[href='/2023/']").length > 0);
  const year = page("/2023/");
  assert.equal(year(".month-list a").map((_, el) => year(el).attr("href")).get(), ["/2023/10/", "/2023/09/", "/2023/08/", "/2023/07/"]);
});

test("a month archive lists its days, one line each with its count and topics, not every article", () => {
  const month = page("/2023/09/");
  const days = month(".month-list li > a").map((_, el) => month(el).attr("href")).get();
  assert.ok(days.length > 3, days.join(" "));
  assert.equal(days, [...days].sort().reverse(), "newest day first");
  for (const url of days) assert.match(url, /^\/2023\/09\/\d\d\/$/);
  assert.is(month(".item").length, 0, "articles belong on the day pages");
  const sixth = month(".month-list li").filter((_, el) => month(el).find("a[href='/2023/09/06/']").length > 0);
  assert.match(sixth.find(".count").text(), /^\d+ articles?$/);
  assert.equal(sixth.find(".day-topics a").map((_, el) => month(el).text()).get().sort(), ["ASEAN Summit in Jakarta 2023", "Russia–DPRK arms deal"]);
});

test("the home page shows the latest 7 days with articles, grouped by topic", () => {
  const $ = page("/");
  const days = $(".edition h2 time").map((_, el) => $(el).attr("datetime")).get();
  assert.is(days.length, 7);
  assert.is(days[0], "2023-10-14");
  assert.equal(days, [...days].sort().reverse());
  assert.ok($(".edition .topic-group .item .source").length > 0);
});

test("the topics index shows counts and the latest date, most recently updated first", () => {
  const $ = page("/topics/");
  const titles = $(".topic-list h2").map((_, el) => $(el).text()).get();
  assert.equal(titles, ["Russia–DPRK arms deal", "El Niño and drought in Indonesia", "ASEAN Summit in Jakarta 2023"]);
  assert.match($(".topic-list li").first().text(), /\d+ articles/);
});

test("every page has one h1, landmarks and a lang; every internal link resolves", () => {
  const pages = webPages(site);
  for (const file of pages) {
    const $ = cheerio.load(readFileSync(path.join(site, file), "utf8"));
    assert.is($("h1").length, 1, file);
    assert.is($("main").length, 1, file);
    assert.ok($("header").length && $("nav").length && $("footer").length, file);
    assert.is($("html").attr("lang"), "en", file);
    // Pages work without JavaScript: the only scripts are JSON-LD data, and the search page's own.
    const scripts = $("script").filter((_, el) => $(el).attr("type") !== "application/ld+json").map((_, el) => $(el).attr("src")).get();
    assert.equal(scripts, file === "search/index.html" ? ["/assets/search.js"] : [], file);
    $("a[href^='/'], link[href^='/']").each((_, el) => {
      const href = $(el).attr("href")!.split("#")[0]!;
      const target = path.join(site, href, href.endsWith("/") ? "index.html" : "");
      assert.ok(existsSync(target), `${file} links to ${href}`);
    });
  }
});

test("two builds are byte-identical, and the machine's TZ changes nothing", () => {
  const runs = [["again", {}], ["la", { TZ: "America/Los_Angeles" }], ["tokyo", { TZ: "Asia/Tokyo" }]] as const;
  for (const [name, env] of runs) {
    const out = path.join(tmp, name);
    const result = build(out, env);
    assert.is(result.code, 0, result.out);
    assert.equal(files(out), files(site), name);
    for (const file of files(site)) {
      assert.ok(readFileSync(path.join(out, file)).equals(readFileSync(path.join(site, file))), `${name}: ${file} differs`);
    }
  }
});

test("with DIGEST_LANG=id the interface and dates are Indonesian", () => {
  const out = path.join(tmp, "id");
  assert.is(build(out, { DIGEST_LANG: "id" }).code, 0);
  const $ = cheerio.load(readFileSync(path.join(out, "2023/09/05/index.html"), "utf8"));
  assert.is($("html").attr("lang"), "id");
  assert.is($("h1").text(), "Selasa, 5 September 2023");
  assert.match($("nav").first().text(), "Beranda");
  assert.is($(".site-footer p").text(), "News Digest · Berita pilihan, dikelompokkan menurut topik dan hari.");
  const english = cheerio.load(readFileSync(path.join(out, "2023/09/13/kim-meets-putin-vostochny/index.html"), "utf8"));
  assert.is(english("article.story").attr("lang"), "en");
  assert.match(english(".story-meta").text(), "Sumber");
});

function fixture(articles: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmp, "articles-"));
  for (const [name, text] of Object.entries(articles)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}
const topicFile = "---\ntitle: Test topic\n---\n";

test("article bodies never pass through the template engine", () => {
  const articles = fixture({
    "topics/test.md": topicFile,
    "2023-09-05-braces.md": '---\ntitle: "Braces {{ 6 * 7 }}"\ndate: 2023-09-05\ntopic: test\nsource: Antara\n---\nLiteral {{ 6 * 7 }} and {% raw %} stay text.\n',
  });
  const out = path.join(tmp, "braces");
  assert.is(build(out, {}, ["--articles", articles]).code, 0);
  const html = readFileSync(path.join(out, "2023/09/05/braces/index.html"), "utf8");
  assert.match(html, "Literal {{ 6 * 7 }} and {% raw %} stay text.");
  assert.match(html, "<h1>Braces {{ 6 * 7 }}</h1>");
  assert.not.match(html, "42");
});

test("a busy day's edition spreads over pages; the home page shows its first page and links the rest", () => {
  const busy: Record<string, string> = { "topics/test.md": topicFile };
  for (let i = 0; i < 57; i++) {
    const time = `${String(8 + Math.floor(i / 6)).padStart(2, "0")}:${String((i % 6) * 10).padStart(2, "0")}`;
    busy[`story-${String(i).padStart(2, "0")}.md`] = `---\ntitle: Story ${i}\ndate: 2023-09-05T${time}\ntopic: test\nsource: Antara\n---\nText ${i}.\n`;
  }
  const out = path.join(tmp, "busy");
  const result = build(out, {}, ["--articles", fixture(busy)]);
  assert.is(result.code, 0, result.out);
  const read = (url: string) => cheerio.load(readFileSync(path.join(out, url, "index.html"), "utf8"));
  const titles = ($: cheerio.CheerioAPI) => $(".item-title").map((_, el) => $(el).text()).get();
  const first = read("/2023/09/05/");
  const second = read("/2023/09/05/page/2/");
  assert.is(titles(first).length, 50);
  assert.equal(titles(first).slice(0, 2), ["Story 56", "Story 55"], "newest first");
  assert.equal(titles(second), ["Story 6", "Story 5", "Story 4", "Story 3", "Story 2", "Story 1", "Story 0"]);
  assert.match(first(".meta").first().text(), "57 articles");
  // One rel=next/prev a page, on the pager between the day's pages; the pager to other days has its own name.
  assert.equal(first("a[rel=next]").map((_, el) => first(el).attr("href")).get(), ["/2023/09/05/page/2/"]);
  assert.equal(second("a[rel=prev]").map((_, el) => second(el).attr("href")).get(), ["/2023/09/05/"]);
  const labels = second("nav").map((_, el) => second(el).attr("aria-label")).get();
  assert.is(new Set(labels).size, labels.length, `navigation landmarks named apart: ${labels.join(", ")}`);
  assert.match(second("title").text(), "Page 2 of 2");
  const home = read("/");
  assert.is(home(".edition .item").length, 50);
  assert.is(home(".edition .more a").attr("href"), "/2023/09/05/page/2/");
  assert.match(home(".edition .more a").text(), "7 more articles from this day");
  const sitemap = readFileSync(path.join(out, "sitemap.xml"), "utf8");
  assert.match(sitemap, "/2023/09/05/page/2/");
});

test("the newest 30 days get their email files and feed entries; an older day keeps its page, its email is npm run edition's", () => {
  const days: Record<string, string> = { "topics/test.md": topicFile };
  for (let i = 1; i <= 32; i++) {
    const date = `2023-08-${String(i).padStart(2, "0")}`.replace("2023-08-32", "2023-09-01");
    days[`story-${i}.md`] = `---\ntitle: Story ${i}\ndate: ${date}T09:00\ntopic: test\nsource: Antara\n---\nText ${i}.\n`;
  }
  const out = path.join(tmp, "editions");
  const result = build(out, {}, ["--articles", fixture(days)]);
  assert.is(result.code, 0, result.out);
  const emails = files(out).filter((f) => f.endsWith("/email.html")).map((f) => f.slice(0, -"email.html".length));
  assert.is(emails.length, 30);
  assert.equal(emails.slice(0, 2), ["2023/08/03/", "2023/08/04/"], "the two oldest days have none");
  assert.ok(existsSync(path.join(out, "2023/09/01/email.txt")), "the newest day has its text email");
  for (const day of ["2023/08/01/", "2023/08/02/"]) {
    assert.ok(existsSync(path.join(out, day, "index.html")), `${day} keeps its page`);
    assert.not.ok(existsSync(path.join(out, day, "email.txt")), `${day} has no text email`);
  }
  const json = JSON.parse(readFileSync(path.join(out, "editions.json"), "utf8")) as { items: { url: string }[] };
  assert.is(json.items.length, 30);
  assert.is(json.items.at(-1)!.url, "https://example.org/2023/08/03/", "the feed holds the same days");
});

test("invalid content fails the build with every problem, no stack trace, and leaves the output as it was", () => {
  const articles = fixture({
    "topics/test.md": topicFile,
    "2023/bad.md": "---\ntitle: Bad\ndate: tomorrow\ntopics: [tset]\nsource: Antara\n---\n",
    "2023/worse.md": "---\ntitle: [a\n---\n",
  });
  const out = path.join(tmp, "kept");
  mkdirSync(out);
  writeFileSync(path.join(out, "index.html"), "previous site");
  writeFileSync(path.join(out, ".built-by-news-digest"), ""); // a build's: otherwise the build would refuse to replace it
  const result = build(out, {}, ["--articles", articles]);
  assert.is(result.code, 1);
  const rel = articles; // outside the project, paths are shown in full
  assert.match(result.out, `${rel}/2023/bad.md:3:1  date  error  "tomorrow" is not a date`);
  assert.match(result.out, `${rel}/2023/bad.md:4:1  topics[1]  error  unknown topic "tset": did you mean "test"?`);
  assert.match(result.out, `${rel}/2023/worse.md:3:1  frontmatter  error  invalid YAML`);
  assert.match(result.out, "3 errors");
  assert.not.match(result.out, /\n\s+at /);
  assert.equal(readdirSync(out), [".built-by-news-digest", "index.html"]);
  assert.is(readFileSync(path.join(out, "index.html"), "utf8"), "previous site");
});

test("an empty articles folder builds an empty but valid site with --allow-empty", () => {
  const articles = fixture({});
  const out = path.join(tmp, "empty");
  const result = build(out, {}, ["--articles", articles, "--allow-empty"]);
  assert.is(result.code, 0, result.out);
  const $ = cheerio.load(readFileSync(path.join(out, "index.html"), "utf8"));
  assert.is($("h1").length, 1);
  assert.ok(existsSync(path.join(out, "topics/index.html")));
});

test("drafts and scheduled articles are absent from every page, count and link", () => {
  const articles = fixture({
    "topics/test.md": topicFile,
    "2023-09-05-public.md": "---\ntitle: Public story\ndate: 2023-09-05\ntopic: test\nsource: Antara\n---\nText.\n",
    "2023-09-06-secret-draft.md": "---\ntitle: Secret draft\ndate: 2023-09-06\ntopic: test\nsource: Antara\ndraft: true\n---\nText.\n",
    "2024-06-01-scheduled.md": "---\ntitle: Scheduled story\ndate: 2024-06-01\ntopic: test\nsource: Antara\n---\nText.\n",
  });
  const out = path.join(tmp, "held-back");
  const result = build(out, {}, ["--articles", articles]);
  assert.is(result.code, 0, result.out);
  assert.match(result.out, "2024-06-01T00:00:00+07:00 is in the future");
  const all = files(out);
  assert.not.ok(all.some((f) => f.includes("secret-draft") || f.includes("scheduled") || f.startsWith("2024")), all.join(" "));
  assert.not.ok(all.includes("2023/09/06/index.html"));
  for (const file of all.filter((f) => f.endsWith(".html"))) {
    const html = readFileSync(path.join(out, file), "utf8");
    assert.not.match(html, "Secret draft", file);
    assert.not.match(html, "Scheduled story", file);
  }
  assert.match(readFileSync(path.join(out, "topics/index.html"), "utf8"), "1 article");

  const preview = path.join(tmp, "with-scheduled");
  assert.is(build(preview, {}, ["--articles", articles, "--scheduled", "--drafts"]).code, 0);
  const $ = cheerio.load(readFileSync(path.join(preview, "2024/06/01/scheduled/index.html"), "utf8"));
  assert.is($("h1 .flag").text(), "Scheduled");
  const draft = cheerio.load(readFileSync(path.join(preview, "2023/09/06/secret-draft/index.html"), "utf8"));
  assert.is(draft("h1 .flag").text(), "Draft");
});

test("a rebuild leaves nothing from older builds: a deleted article's page is gone", () => {
  const articles = fixture({
    "topics/test.md": topicFile,
    "2023-09-05-keep.md": "---\ntitle: Keep\ndate: 2023-09-05\ntopic: test\nsource: Antara\n---\n",
    "2023-09-07-remove.md": "---\ntitle: Remove\ndate: 2023-09-07\ntopic: test\nsource: Antara\n---\n",
  });
  const out = path.join(tmp, "rebuilt");
  assert.is(build(out, {}, ["--articles", articles]).code, 0);
  assert.ok(existsSync(path.join(out, "2023/09/07/remove/index.html")));
  rmSync(path.join(articles, "2023-09-07-remove.md"));
  assert.is(build(out, {}, ["--articles", articles]).code, 0);
  assert.not.ok(existsSync(path.join(out, "2023/09/07/remove/index.html")));
  assert.not.ok(existsSync(path.join(out, "2023/09/07/index.html")));
  assert.ok(existsSync(path.join(out, "2023/09/05/keep/index.html")));
  assert.equal(readdirSync(tmp).filter((f) => f.includes("staging")), []);
});

test("a template error fails the build and leaves the previous output exactly as it was", () => {
  // A copy of the project whose article layout is broken; src/ and node_modules are shared.
  const project = mkdtempSync(path.join(tmp, "project-"));
  cpSync(path.join(root, "layouts"), path.join(project, "layouts"), { recursive: true });
  cpSync(path.join(root, "eleventy.config.ts"), path.join(project, "eleventy.config.ts"));
  cpSync(path.join(root, "package.json"), path.join(project, "package.json"));
  symlinkSync(path.join(root, "src"), path.join(project, "src"));
  symlinkSync(path.join(root, "node_modules"), path.join(project, "node_modules"));
  symlinkSync(path.join(root, "articles"), path.join(project, "articles"));
  const out = path.join(project, "dist");
  const ok = spawnSync(tsx, ["src/cli/build.ts", "--now", now], { cwd: project, encoding: "utf8" });
  assert.is(ok.status, 0, ok.stderr);
  const before = files(out).map((f) => [f, readFileSync(path.join(out, f), "utf8")]);
  const template = path.join(project, "layouts/_includes/pages/article.njk");
  const broken = readFileSync(template, "utf8").replace("{{ article.title }}</h1>", "{{ article.title | noSuchFilter }}</h1>");
  assert.ok(broken.includes("noSuchFilter"), "the test could not break the template");
  writeFileSync(template, broken);
  const failed = spawnSync(tsx, ["src/cli/build.ts", "--now", now], { cwd: project, encoding: "utf8" });
  assert.is(failed.status, 1);
  assert.match(failed.stderr, "Build failed: dist/ is unchanged.");
  assert.equal(files(out).map((f) => [f, readFileSync(path.join(out, f), "utf8")]), before);
  assert.equal(readdirSync(project).filter((f) => f.includes("staging")), []);
});

// ---------------------------------------------------------------- feeds, sitemaps, metadata, search

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", isArray: (name) => ["entry", "link", "author", "url"].includes(name) });
function parseXml(file: string) {
  const text = readFileSync(file, "utf8");
  assert.is(XMLValidator.validate(text), true, file);
  return xml.parse(text);
}
const topicSlugs = () => readdirSync(path.join(site, "topics"), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);

/** Checks one Atom feed and its JSON Feed twin; returns their article URLs, newest first. */
function checkFeedPair(dir: string, base: string, lang = "en"): string[] {
  const atom = parseXml(path.join(dir, `${base}feed.xml`)).feed;
  assert.is(atom["@xmlns"], "http://www.w3.org/2005/Atom");
  assert.is(atom["@xml:lang"], lang);
  assert.ok(atom.id && atom.title && atom.updated, base);
  assert.ok(atom.link.some((l: any) => l["@rel"] === "self" && l["@href"].endsWith(`${base}feed.xml`)), base);
  const entries: any[] = atom.entry ?? [];
  assert.ok(entries.length <= 30);
  for (const entry of entries) {
    assert.ok(/^https:\/\//.test(entry.id) && entry.link[0]["@href"] === entry.id, entry.id);
    assert.ok(entry.title["#text"], entry.id);
    for (const time of [entry.published, entry.updated]) assert.match(time, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/, entry.id);
    assert.ok(entry.content["#text"].includes("<p>"), entry.id);
    assert.ok(entry.author[0].name, entry.id);
  }
  if (entries.length) assert.is(Date.parse(atom.updated), Math.max(...entries.map((e) => Date.parse(e.updated))), `${base}: updated is the newest article's time`);

  const json = JSON.parse(readFileSync(path.join(dir, `${base}feed.json`), "utf8"));
  assert.is(json.version, "https://jsonfeed.org/version/1.1");
  assert.is(json.language, lang);
  assert.ok(json.feed_url.endsWith(`${base}feed.json`));
  assert.equal(json.items.map((i: any) => i.id), entries.map((e) => e.id), `${base}: both formats list the same articles`);
  for (const item of json.items) {
    assert.ok(item.url === item.id && item.title && item.content_html && item.language && item.authors[0].name, item.id);
    assert.match(item.date_published, /[+-]\d\d:\d\d$/, "with the site's offset");
    assert.match(item.date_modified, /[+-]\d\d:\d\d$/);
  }
  return entries.map((e) => e.id);
}

test("the site and every topic have an Atom feed and a JSON Feed 1.1 of their newest articles", () => {
  const siteFeed = checkFeedPair(site, "/");
  assert.is(siteFeed.length, 17);
  assert.is(siteFeed[0], "https://example.org/2023/10/14/north-korea-ships-containers-of-munitions/");
  const atom = parseXml(path.join(site, "feed.xml")).feed;
  const indonesian = atom.entry.find((e: any) => e.id.endsWith("/kim-tiba-di-rusia-dengan-kereta-lapis-baja/"));
  assert.is(indonesian["@xml:lang"], "id");
  assert.equal(indonesian.author[0], { name: "Kompas", uri: "https://www.kompas.com/" });
  const slugs = topicSlugs();
  assert.is(slugs.length, 3);
  for (const slug of slugs) {
    const ids = checkFeedPair(site, `/topics/${slug}/`);
    const $ = page(`/topics/${slug}/`);
    assert.is(ids.length, Number(/\d+/.exec($(".meta").first().text())![0]), `${slug}: every article of the topic`);
  }
});

test("every page advertises the site's feeds; a topic page its topic's feeds too", () => {
  for (const file of webPages(site)) {
    const $ = cheerio.load(readFileSync(path.join(site, file), "utf8"));
    const feeds = $("link[rel=alternate]").map((_, el) => `${$(el).attr("type")} ${$(el).attr("href")}`).get();
    const topic = /^topics\/([^/]+)\/(page\/\d+\/)?index\.html$/.exec(file)?.[1];
    const expected = ["application/atom+xml /feed.xml", "application/feed+json /feed.json"];
    if (topic) expected.push(`application/atom+xml /topics/${topic}/feed.xml`, `application/feed+json /topics/${topic}/feed.json`);
    assert.equal(feeds, expected, file);
  }
});

test("every page has a canonical URL, a description and Open Graph and Twitter card tags", () => {
  for (const file of webPages(site)) {
    const $ = cheerio.load(readFileSync(path.join(site, file), "utf8"));
    const url = `https://example.org/${file.replace(/index\.html$/, "")}`;
    assert.is($("link[rel=canonical]").attr("href"), url, file);
    assert.ok($("meta[name=description]").attr("content"), file);
    assert.is($("meta[property='og:url']").attr("content"), url, file);
    for (const tag of ["og:title", "og:description", "og:type", "og:site_name"]) assert.ok($(`meta[property='${tag}']`).attr("content"), `${file} ${tag}`);
    for (const tag of ["twitter:card", "twitter:title", "twitter:description"]) assert.ok($(`meta[name='${tag}']`).attr("content"), `${file} ${tag}`);
  }
  const $ = page("/2023/09/13/kim-meets-putin-vostochny/");
  assert.is($("meta[property='og:title']").attr("content"), $("h1").text());
  assert.is($("meta[property='og:type']").attr("content"), "article");
  assert.is($("meta[property='article:published_time']").attr("content"), $("article time").first().attr("datetime"));
});

test("JSON-LD: an article is about its topics and main entities and mentions the others, with Wikidata where registered", () => {
  const $ = page("/2023/09/13/kim-meets-putin-vostochny/");
  const data = JSON.parse($('script[type="application/ld+json"]').text());
  assert.equal(data.about.map((t: any) => `${t["@type"]} ${t.name}${t.sameAs ? ` ${t.sameAs}` : ""}`), [
    "Thing Russia–DPRK arms deal",
    "Person Kim Jong Un https://www.wikidata.org/wiki/Q56226",
    "Place Vostochny Cosmodrome",
  ]);
  assert.equal(data.mentions.map((t: any) => `${t["@type"]} ${t.name}`), ["Person Vladimir Putin", "Place Russia", "Place North Korea"]);
});

test("JSON-LD: a NewsArticle on article pages, a CollectionPage with an ItemList on topic pages", () => {
  const ld = (file: string) => {
    const $ = cheerio.load(readFileSync(path.join(site, file), "utf8"));
    return $("script[type='application/ld+json']").map((_, el) => JSON.parse($(el).text())).get();
  };
  const pages = files(site).filter((f) => f.endsWith(".html"));
  const articles = pages.filter((f) => /^\d{4}\/\d\d\/\d\d\/[^/]+\/index\.html$/.test(f));
  assert.is(articles.length, 17);
  for (const file of articles) {
    const [data, ...more] = ld(file);
    assert.is(more.length, 0, file);
    assert.is(data["@context"], "https://schema.org");
    assert.is(data["@type"], "NewsArticle");
    for (const key of ["headline", "datePublished", "dateModified", "inLanguage", "author", "publisher", "about"]) assert.ok(data[key], `${file} ${key}`);
    assert.match(data.datePublished, /T\d\d:\d\d:\d\d[+-]\d\d:\d\d$/);
    assert.is(data.url, `https://example.org/${file.replace(/index\.html$/, "")}`);
    // Topics are Things; people, places and organisations link to their own pages.
    const home = { Thing: "topics", Person: "people", Place: "places", Organization: "organizations" } as Record<string, string>;
    assert.ok(data.about.length >= 1 && data.about[0]["@type"] === "Thing", file);
    for (const t of [...data.about, ...(data.mentions ?? [])]) assert.ok(t.name && t.url.startsWith(`https://example.org/${home[t["@type"]]}/`), `${file} ${t.url}`);
  }
  const putin = ld("2023/09/13/kim-meets-putin-vostochny/index.html")[0];
  assert.is(putin.headline, "Kim Jong Un meets Vladimir Putin at Vostochny cosmodrome");
  assert.is(putin.publisher.name, "Reuters");
  assert.is(putin.isBasedOn, undefined, "no source URL, no isBasedOn");
  const kereta = ld("2023/09/12/kim-tiba-di-rusia-dengan-kereta-lapis-baja/index.html")[0];
  assert.is(kereta.inLanguage, "id");
  assert.is(kereta.isBasedOn, "https://www.kompas.com/");
  for (const slug of topicSlugs()) {
    const [data] = ld(`topics/${slug}/index.html`);
    assert.is(data["@type"], "CollectionPage");
    assert.is(data.mainEntity["@type"], "ItemList");
    const $ = page(`/topics/${slug}/`);
    const listed = $(".timeline .item-title a").map((_, el) => `https://example.org${$(el).attr("href")}`).get();
    assert.equal(data.mainEntity.itemListElement.map((e: any) => e.url), listed, slug);
  }
  // Tag, outlet, entity pages and their indexes have their own CollectionPage (tests/outputs/seo/built-structured-data.test.ts).
  const collections = /^(tags|sources|people|places|organizations)\//;
  for (const file of pages.filter((f) => collections.test(f))) assert.equal(ld(file).map((d) => d["@type"]), ["CollectionPage"], file);
  for (const file of pages.filter((f) => !articles.includes(f) && !f.startsWith("topics/") && !collections.test(f))) assert.equal(ld(file), [], file);
});

test("the sitemap lists every built HTML page but the 404 page; robots.txt names both sitemaps", () => {
  const { urlset } = parseXml(path.join(site, "sitemap.xml"));
  const listed = urlset.url.map((u: any) => u.loc).sort();
  const built = webPages(site).filter((f) => f !== "404.html").map((f) => `https://example.org/${f.replace(/index\.html$/, "")}`).sort();
  assert.equal(listed, built);
  for (const url of urlset.url) assert.match(url.lastmod, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/, url.loc);
  const lastmod = (loc: string) => urlset.url.find((u: any) => u.loc === `https://example.org${loc}`).lastmod;
  // Corrected and updated on 14 and 15 September (its updates:): the latest change dates it.
  assert.is(lastmod("/2023/09/13/kim-meets-putin-vostochny/"), "2023-09-15T20:00:00+07:00");
  assert.is(lastmod("/search/"), "2023-10-14T00:00:00+07:00");
  assert.is(lastmod("/2023/09/"), lastmod("/2023/09/20/"));
  const robots = readFileSync(path.join(site, "robots.txt"), "utf8");
  assert.match(robots, "\nSitemap: https://example.org/sitemap.xml\n");
  assert.match(robots, "\nSitemap: https://example.org/news-sitemap.xml\n");
});

test("feeds and sitemaps: no drafts or future articles, the news sitemap holds the newest two days, and unchanged content gives identical files", () => {
  const articles = fixture({
    "topics/test.md": topicFile,
    "topics/other.md": "---\ntitle: Other & “quoted” topic\n---\n",
    "2023-09-03-older.md": "---\ntitle: Three days before\ndate: 2023-09-03T10:00\ntopic: test\nsource: Antara\n---\nText.\n",
    "2023-09-04-before.md": '---\ntitle: "The day before: A & B <c>"\ndate: 2023-09-04T23:59\ntopic: test\nsource:\n  name: Reuters & Co\n  url: https://example.com/?a=1&b=2\n---\nText.\n',
    "2023-09-05-newest.md": "---\ntitle: Newest day\ndate: 2023-09-05T08:00\ntopics: [test, other]\nsource: Antara\nlang: id\n---\nTeks.\n",
    "2023-09-05-early.md": "---\ntitle: Newest day, early\ndate: 2023-09-05T00:00\ntopic: test\nsource: Antara\n---\nText.\n",
    "2023-09-05-secret.md": "---\ntitle: Secret draft\ndate: 2023-09-05T09:00\ntopic: test\nsource: Antara\ndraft: true\n---\nText.\n",
    "2024-06-01-later.md": "---\ntitle: Scheduled story\ndate: 2024-06-01\ntopic: test\nsource: Antara\n---\nText.\n",
  });
  const outputs = ["feeds-a", "feeds-b"].map((name) => path.join(tmp, name));
  // A later "now" changes nothing as long as the content is the same.
  const results = outputs.map((out, i) => build(out, { DIGEST_SEARCH: "off" }, ["--articles", articles, "--now", i ? "2024-03-01T00:00" : now]));
  for (const result of results) assert.is(result.code, 0, result.out);
  const [a, b] = outputs as [string, string];
  const generated = ["feed.xml", "feed.json", "topics/test/feed.xml", "topics/test/feed.json", "topics/other/feed.xml", "topics/other/feed.json", "sitemap.xml", "news-sitemap.xml", "robots.txt"];
  for (const file of generated) assert.ok(readFileSync(path.join(a, file)).equals(readFileSync(path.join(b, file))), `${file} differs between builds`);
  for (const file of generated) {
    const text = readFileSync(path.join(a, file), "utf8");
    assert.not.match(text, "Secret draft", file);
    assert.not.match(text, "Scheduled story", file);
    assert.not.match(text, "2024/06/01", file);
    if (file.endsWith(".xml")) assert.is(XMLValidator.validate(text), true, file);
  }
  const ids = checkFeedPair(a, "/");
  assert.equal(ids.map((id) => id.replace("https://example.org", "")), ["/2023/09/05/newest/", "/2023/09/05/early/", "/2023/09/04/before/", "/2023/09/03/older/"]);
  assert.is(parseXml(path.join(a, "feed.xml")).feed.updated, "2023-09-05T01:00:00.000Z");
  assert.equal(checkFeedPair(a, "/topics/other/").length, 1);

  const news = parseXml(path.join(a, "news-sitemap.xml")).urlset.url;
  assert.equal(news.map((u: any) => u.loc.replace("https://example.org", "")), ["/2023/09/05/newest/", "/2023/09/05/early/", "/2023/09/04/before/"]);
  const before = news[2]["news:news"];
  assert.is(before["news:title"], "The day before: A & B <c>");
  assert.is(before["news:publication_date"], "2023-09-04T23:59:00+07:00");
  assert.equal(before["news:publication"], { "news:name": "News Digest", "news:language": "en" });
  assert.is(news[0]["news:news"]["news:publication"]["news:language"], "id");
});

/** Every root-relative href/src in every HTML page of `dir`: where it is, and the file it names. */
function internalLinks(dir: string): { file: string; url: string }[] {
  const out: { file: string; url: string }[] = [];
  for (const file of files(dir).filter((f) => f.endsWith(".html"))) {
    const $ = cheerio.load(readFileSync(path.join(dir, file), "utf8"));
    $("[href], [src]").each((_, el) => {
      for (const url of [$(el).attr("href"), $(el).attr("src")]) if (url?.startsWith("/")) out.push({ file, url });
    });
  }
  return out;
}

function brokenLinks(dir: string, prefix: string): string[] {
  return internalLinks(dir).flatMap(({ file, url }) => {
    const target = url.split(/[?#]/)[0]!.slice(prefix.length - 1);
    return existsSync(path.join(dir, target, target.endsWith("/") ? "index.html" : "")) ? [] : [`${file} → ${url}`];
  });
}

test("with a path prefix every internal link, asset, feed and sitemap URL stays inside it; no build has a broken internal link", () => {
  const out = path.join(tmp, "prefixed");
  const result = build(out, { DIGEST_PATH_PREFIX: "/news/", DIGEST_BASE_URL: "https://digest.example.com", DIGEST_SEARCH: "off" });
  assert.is(result.code, 0, result.out);
  const links = internalLinks(out);
  assert.ok(links.length > 500);
  assert.equal(links.filter(({ url }) => !url.startsWith("/news/")).map(({ file, url }) => `${file} → ${url}`), []);
  assert.equal(brokenLinks(out, "/news/"), []);
  assert.equal(brokenLinks(site, "/"), []);
  for (const file of files(out)) {
    if (!/\.(html|xml|json|txt)$/.test(file)) continue;
    const ours = readFileSync(path.join(out, file), "utf8").match(/https?:\/\/digest\.example\.com[^\s"'<)]*/g) ?? [];
    assert.equal(ours.filter((url) => !url.startsWith("https://digest.example.com/news/")), [], file);
  }
  assert.match(readFileSync(path.join(out, "robots.txt"), "utf8"), "Sitemap: https://digest.example.com/news/sitemap.xml");
  const $ = cheerio.load(readFileSync(path.join(out, "2023/09/13/kim-meets-putin-vostochny/index.html"), "utf8"));
  assert.is($("link[rel=canonical]").attr("href"), "https://digest.example.com/news/2023/09/13/kim-meets-putin-vostochny/");
  assert.is(JSON.parse($("script[type='application/ld+json']").text()).url, "https://digest.example.com/news/2023/09/13/kim-meets-putin-vostochny/");
  // The sitemap, feeds and the rest of the site are the same pages, only moved.
  assert.equal(files(out), files(site).filter((f) => !f.startsWith("pagefind/")));
});

test("the default build writes the search index, one Pagefind bundle per language; DIGEST_SEARCH=off leaves it out", () => {
  assert.equal(JSON.parse(readFileSync(path.join(site, "pagefind/languages.json"), "utf8")), { languages: ["en", "id"], bundles: [{ path: "en", language: "en" }, { path: "id", language: "id" }] });
  assert.equal(readdirSync(path.join(site, "pagefind")).sort(), ["en", "id", "languages.json"], "17 articles: no language is split");
  for (const language of ["en", "id"]) assert.ok(existsSync(path.join(site, "pagefind", language, "pagefind.js")), language);
  assert.not.ok(existsSync(path.join(tmp, "prefixed", "pagefind")));
  const $ = page("/search/");
  assert.is($("h1").length, 1);
  assert.match($(".search-fallback").text(), "Search needs JavaScript");
  assert.equal($(".search-fallback a").map((_, el) => $(el).attr("href")).get(), ["/topics/", "/2023/"]);
  assert.ok($(".search-form").is("[hidden]"));
  assert.is($("nav a[href='/search/']").text(), "Search");
});

test("one story, many outlets: the article page lists its coverage by date, then name, and its corrections and updates in time order", () => {
  const $ = page("/2023/09/13/kim-meets-putin-vostochny/");
  assert.equal($(".coverage li").map((_, li) => $(li).text().replace(/\s+/g, " ").trim()).get(), [
    "Associated Press · 13 Sept 2023",
    "Korea JoongAng Daily: Putin offers assistance to North's satellite program · 13 Sept 2023",
    "TASS: Putin, Kim Jong Un wrap up more than five hours of talks at Russian spaceport · 13 Sept 2023",
  ]);
  assert.is($(".coverage li a").first().attr("href"), "https://apnews.com/general-news-17072e8c996b3071d233376f4ddeac7a");
  assert.equal($(".updates li .update-meta").map((_, p) => $(p).text().replace(/\s+/g, " ").trim()).get(), ["Correction · 14 Sept 2023, 09:00 GMT+7", "Update · 15 Sept 2023, 20:00 GMT+7"]);
  assert.match($(".updates li").first().find(".update-note").html()!, "<strong>Amur region</strong>");
  assert.is($(".story-meta .updated time").attr("datetime"), "2023-09-15T20:00:00+07:00");
  assert.is($("meta[property='article:modified_time']").attr("content"), "2023-09-15T20:00:00+07:00");
  assert.is($(".story-meta .source a[href='/sources/reuters/']").length, 1);
  const ld = JSON.parse($("script[type='application/ld+json']").text());
  assert.is(ld.dateModified, "2023-09-15T20:00:00+07:00");
  assert.is(ld.correction[0]["@type"], "CorrectionComment");
  assert.equal(ld.citation.map((c: { url: string }) => c.url), [
    "https://apnews.com/general-news-17072e8c996b3071d233376f4ddeac7a",
    "https://koreajoongangdaily.joins.com/news/2023-09-13/national/northKorea/North-Korean-and-Russian-leaders-meet-at-Russias-top-spaceport-/1868488",
    "https://tass.com/politics/1674463/amp",
  ]);
  // Lists: the count of other outlets and the mark of an update.
  const item = page("/2023/09/13/")(".item").first();
  assert.match(item.find(".meta").text().replace(/\s+/g, " "), "Updated Reuters + 3 outlets");
});

test("outlet pages: aliases fold into one page (ANTARA, Antara News → Antara) that lists its articles by day, and /sources/ counts them", () => {
  const $ = page("/sources/antara/");
  assert.is($("h1").text(), "Antara");
  assert.match($(".outlet-counts").text(), "3 as the source, 0 in coverage");
  assert.match($(".outlet-info").text(), "News agency");
  const days = $(".timeline-day h3 time").map((_, el) => $(el).attr("datetime")).get();
  assert.equal(days, ["2023-09-05", "2023-07-27", "2023-07-25"]);
  assert.not.ok(existsSync(path.join(site, "sources/antara-news")));
  const index = page("/sources/");
  const rows = index(".collection-list li").map((_, li) => index(li).text().replace(/\s+/g, " ").trim()).get();
  assert.equal(rows.slice(0, 3), [
    "Associated Press 4 articles (3 as the source, 1 in coverage)",
    "Reuters 4 articles (4 as the source, 0 in coverage)",
    "Antara 3 articles (3 as the source, 0 in coverage)",
  ]);
});

test("feeds carry the update time of an updated article", () => {
  const json = JSON.parse(readFileSync(path.join(site, "feed.json"), "utf8"));
  const item = json.items.find((i: { url: string }) => i.url.endsWith("/2023/09/13/kim-meets-putin-vostochny/"));
  assert.is(item.date_modified, "2023-09-15T20:00:00+07:00");
  const atom = readFileSync(path.join(site, "feed.xml"), "utf8");
  assert.is(XMLValidator.validate(atom), true);
  assert.match(atom, "<updated>2023-09-15T13:00:00.000Z</updated>");
});

test("every day with articles gets its email, HTML and plain text, and the editions feeds list the days newest first", () => {
  const days = files(site).filter((f) => /^\d{4}\/\d\d\/\d\d\/index\.html$/.test(f)).map((f) => f.replace("index.html", ""));
  assert.is(days.length, 14);
  for (const day of days) {
    const email = cheerio.load(readFileSync(path.join(site, day, "email.html"), "utf8"));
    assert.is(email("a").filter((_, a) => email(a).attr("href") === `https://example.org/${day}`).length, 1, `${day} links its web edition`);
    assert.is(email('meta[name="robots"]').attr("content"), "noindex", day);
    const text = readFileSync(path.join(site, day, "email.txt"), "utf8");
    assert.match(text, `https://example.org/${day}`);
    assert.not.match(text, /<(html|a|p)\b/, `${day}: the text email holds no HTML`);
  }
  const json = JSON.parse(readFileSync(path.join(site, "editions.json"), "utf8")) as { items: { url: string }[] };
  assert.equal(json.items.slice(0, 2).map((i) => i.url), ["https://example.org/2023/10/14/", "https://example.org/2023/10/03/"]);
  assert.match(readFileSync(path.join(site, "editions.xml"), "utf8"), "<id>https://example.org/2023/10/14/</id>");
});


test("a mistyped option gets a suggestion and the usage, and nothing is built; exit 2", () => {
  const output = tempFolder("digest-build-flag-");
  const { code, out } = build(path.join(output, "site"), {}, ["--timing"]);
  assert.is(code, 2);
  assert.match(out, /^unknown option --timing: did you mean --timings\? \(npm run build -- --help lists the options\)\nUsage: npm run build -- /);
  assert.not.ok(existsSync(path.join(output, "site")));
});

test.run();
