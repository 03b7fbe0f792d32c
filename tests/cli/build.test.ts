// Builds the real sample site (and small fixtures) with the real command and reads the HTML
// the way a reader's browser would get it.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import * as cheerio from "cheerio";

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

const tmp = mkdtempSync(path.join(tmpdir(), "digest-build-"));
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
  const pages = files(site).filter((f) => f.endsWith(".html"));
  for (const file of pages) {
    const $ = cheerio.load(readFileSync(path.join(site, file), "utf8"));
    assert.is($("h1").length, 1, file);
    assert.is($("main").length, 1, file);
    assert.ok($("header").length && $("nav").length && $("footer").length, file);
    assert.is($("html").attr("lang"), "en", file);
    assert.is($("script").length, 0, file);
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

test("invalid content fails the build with every problem, no stack trace, and leaves the output as it was", () => {
  const articles = fixture({
    "topics/test.md": topicFile,
    "2023/bad.md": "---\ntitle: Bad\ndate: tomorrow\ntopics: [tset]\nsource: Antara\n---\n",
    "2023/worse.md": "---\ntitle: [a\n---\n",
  });
  const out = path.join(tmp, "kept");
  mkdirSync(out);
  writeFileSync(path.join(out, "index.html"), "previous site");
  const result = build(out, {}, ["--articles", articles]);
  assert.is(result.code, 1);
  const rel = articles; // outside the project, paths are shown in full
  assert.match(result.out, `${rel}/2023/bad.md:3:1  date  error  "tomorrow" is not a date`);
  assert.match(result.out, `${rel}/2023/bad.md:4:1  topics.0  error  unknown topic "tset": did you mean "test"?`);
  assert.match(result.out, `${rel}/2023/worse.md:3:1  frontmatter  error  invalid YAML`);
  assert.match(result.out, "3 errors");
  assert.not.match(result.out, /\n\s+at /);
  assert.equal(readdirSync(out), ["index.html"]);
  assert.is(readFileSync(path.join(out, "index.html"), "utf8"), "previous site");
});

test("an empty articles folder builds an empty but valid site", () => {
  const articles = fixture({});
  const out = path.join(tmp, "empty");
  const result = build(out, {}, ["--articles", articles]);
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

test.run();
