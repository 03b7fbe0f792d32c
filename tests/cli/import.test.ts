import { test } from "uvu";
import * as assert from "uvu/assert";
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { DateTime } from "luxon";
import { runImport } from "../../src/cli/import.ts";
import type { CliIo } from "../../src/editor/cli-io.ts";
import { articlesFolder, topicTexts, validArticle } from "../helpers/content.ts";

const root = path.resolve(import.meta.dirname, "../..");
const fixtures = path.join(root, "tests/fixtures/import");
const indonesian = path.join(fixtures, "ktt-asean-pikiran-rakyat.txt");
const english = path.join(fixtures, "el-nino-english.txt");
const now = DateTime.fromISO("2023-09-05T02:10:00Z"); // 09:10 in Jakarta

async function run(argv: string[], { stdin = "", env = {}, at = now }: { stdin?: string; env?: Record<string, string>; at?: DateTime } = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    cwd: root,
    callerCwd: fixtures,
    env,
    now: at,
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    readStdin: async () => new TextEncoder().encode(stdin),
  };
  const code = await runImport(argv, io);
  return { code, out, err };
}

const indonesianFile = "2023/2023-09-05-para-pemimpin-negara-asia-tenggara-mulai-berdatangan-di.md";
const indonesianTitle = "Para pemimpin negara Asia Tenggara mulai berdatangan di Jakarta Convention Center";

test("imports the Indonesian story: source from the dateline, read-also lines out, id, whole words of the first sentence, now said loudly", async () => {
  const dir = articlesFolder();
  // A path relative to the folder the editor typed the command in.
  const { code, out, err } = await run(["ktt-asean-pikiran-rakyat.txt", "--topic", "asean-summit-jakarta-2023", "--articles", dir]);
  assert.equal(err, []);
  assert.is(code, 0);
  assert.equal(out, [
    "Source taken from the dateline: Pikiran Rakyat; pass --source to change it",
    "Language detected: id (Indonesian); pass --lang to change it",
    `warning: the first sentence is too long for a title (222 characters, at most 110): used its first words as the title: ${indonesianTitle}; pass --title with the story's headline`,
    "No date found in the story: used now, 2023-09-05T09:10; pass --date with the day it was published",
    'Removed 2 "read also" lines from the text; 2 headlines kept as related_headlines',
    `Wrote ${path.join(dir, indonesianFile)}`,
  ]);
  const text = readFileSync(path.join(dir, indonesianFile), "utf8");
  const article = validArticle(text, `articles/${indonesianFile}`);
  assert.is(article.title, indonesianTitle);
  assert.is(article.source.name, "Pikiran Rakyat");
  assert.is(article.lang, "id");
  assert.is(article.date.at.toISO(), "2023-09-05T09:10:00.000+07:00");
  assert.match(text, 'date: "2023-09-05T09:10"\n');
  assert.equal(article.relatedHeadlines, [
    "Sejumlah Ruas Jalan di Senayan Ditutup Selama KTT ASEAN, Ini Rute Alternatifnya",
    "Mengenal Peta Jalan Keanggotaan Timor-Leste di ASEAN",
  ]);
  assert.not.match(article.body, /PIKIRAN RAKYAT|BACA JUGA|Baca juga|Rute Alternatifnya/);
  assert.match(article.body, "Indonesia mengusung tema “ASEAN Matters: Epicentrum of Growth” sepanjang tahun keketuaannya.");
  assert.match(article.body, "Timor-Leste, negara yang dipimpin Presiden José Ramos-Horta, kembali hadir sebagai pengamat.");
  assert.is(article.body.trim().split("\n\n").length, 6);
});

test("imports the English story with --url, --date and a topic title", async () => {
  const dir = articlesFolder();
  const { code, out } = await run([english, "--topic", "El Niño and drought in Indonesia", "--url", "https://example.org/el-nino", "--date", "2023-07-25", "--articles", dir]);
  assert.is(code, 0, out.join("\n"));
  const file = path.join(dir, "2023", "2023-07-25-indonesias-weather-agency-has-told-regional-governments-to.md");
  assert.equal(out, [
    "Source taken from the dateline: The Jakarta Post; pass --source to change it",
    "Language detected: en (English); pass --lang to change it",
    "warning: the first sentence is too long for a title (213 characters, at most 110): used its first words as the title: Indonesia’s weather agency has told regional governments to prepare for a longer and drier; pass --title with the story's headline",
    'Removed 1 "read also" line from the text; 1 headline kept as related_headlines',
    `Wrote ${file}`,
  ]);
  const article = validArticle(readFileSync(file, "utf8"));
  assert.equal(article.source, { name: "The Jakarta Post", url: "https://example.org/el-nino", author: undefined });
  assert.equal(article.topics, ["el-nino-drought-indonesia"]);
  assert.is(article.lang, "en");
  assert.ok(article.date.allDay);
  assert.equal(article.relatedHeadlines, ["Farmers in Central Java turn to drought-tolerant crops"]);
});

test("- reads the story from standard input", async () => {
  const dir = articlesFolder();
  const story = "KOMPAS.com - Hujan deras mengguyur Jakarta sejak pagi dan membuat beberapa jalan tergenang.\nRead also: Banjir di Kemang\nWarga diminta berhati-hati.\n";
  const { code, out } = await run(["-", "--topic", "asean-summit-jakarta-2023", "--title", "Hujan deras di Jakarta", "--articles", dir], { stdin: story });
  assert.is(code, 0);
  const file = path.join(dir, "2023", "2023-09-05-hujan-deras-di-jakarta.md");
  assert.equal(out, [
    "Source taken from the dateline: Kompas; pass --source to change it",
    "Language detected: id (Indonesian); pass --lang to change it",
    "No date found in the story: used now, 2023-09-05T09:10; pass --date with the day it was published",
    'Removed 1 "read also" line from the text; 1 headline kept as related_headlines',
    `Wrote ${file}`,
  ]);
  const article = validArticle(readFileSync(file, "utf8"));
  assert.is(article.title, "Hujan deras di Jakarta");
  assert.is(article.body, "Hujan deras mengguyur Jakarta sejak pagi dan membuat beberapa jalan tergenang.\n\nWarga diminta berhati-hati.\n");
});

test("a pasted page: the headline is the title, the page's date dates it, the furniture is reported by kind", async () => {
  const dir = articlesFolder();
  const { code, out, err } = await run(["kompas-headline.txt", "--topic", "asean-summit-jakarta-2023", "--articles", dir]);
  assert.equal(err, []);
  assert.is(code, 0);
  const file = path.join(dir, "2023", "2023-09-05-tol-layang-baru-di-jakarta-timur-mulai-dibuka-untuk-umum.md");
  assert.equal(out, [
    "Source taken from the dateline: Kompas; pass --source to change it",
    "Language detected: id (Indonesian); pass --lang to change it",
    "Title taken from the headline: Tol Layang Baru di Jakarta Timur Mulai Dibuka untuk Umum; pass --title to change it",
    'Date taken from the text: 2023-09-05 ("Selasa (5/9/2023)"); pass --date to change it',
    "Removed 1 photo caption from the text",
    'Removed 2 "read also" lines from the text; 2 headlines kept as related_headlines',
    "Removed 2 bylines from the text",
    `Wrote ${file}`,
  ]);
  const text = readFileSync(file, "utf8");
  assert.match(text, 'date: "2023-09-05"\n');
  assert.not.match(text, /KOMPAS\.com\/RINA|Penulis|Editor :/);
});

const antaraArticle = `---
title: "Kim tiba di Rusia timur"
date: 2023-09-13  # as Antara dated it
topics: [russia-dprk-arms-deal]
source: Antara
---
Isi artikel.
`;

test("--coverage-of adds the pasted story's outlet, URL, title, language and date to an article's coverage, keeping its lines", async () => {
  const dir = articlesFolder({ "2023/2023-09-13-kim.md": antaraArticle });
  const article = path.join(dir, "2023/2023-09-13-kim.md");
  const afterTheTrip = DateTime.fromISO("2023-09-20T02:00:00Z");
  const { code, out, err } = await run(["reuters.txt", "--coverage-of", article, "--url", "https://example.org/kim", "--articles", dir], { at: afterTheTrip });
  assert.equal(err, []);
  assert.is(code, 0);
  assert.equal(out, [
    "Source taken from the dateline: Reuters; pass --source to change it",
    "Language detected: en (English); pass --lang to change it",
    "Title taken from the headline: North Korean leader heads to Russia's far east for talks with Putin; pass --title to change it",
    'Date taken from the page\'s date line: 2023-09-13T06:40+07:00 ("September 13, 2023 6:40 AM GMT+7"); pass --date to change it',
    "Removed 2 bylines from the text",
    "Removed 1 date line from the text",
    "Removed 1 photo caption from the text",
    'Removed 1 "read also" line from the text; 1 headline kept as related_headlines',
    "Removed 1 footer line from the text",
    `Added Reuters to the coverage of ${article}`,
  ]);
  assert.is(
    readFileSync(article, "utf8"),
    antaraArticle.replace(
      "---\nIsi",
      'coverage:\n  - name: "Reuters"\n    url: "https://example.org/kim"\n    title: "North Korean leader heads to Russia\'s far east for talks with Putin"\n    lang: "en"\n    date: "2023-09-13T06:40+07:00"\n---\nIsi',
    ),
  );
  assert.equal(readdirSync(path.join(dir, "2023")), ["2023-09-13-kim.md"]); // no new article

  // The same outlet again, or the article's own source: refused, the file unchanged.
  const before = readFileSync(article, "utf8");
  const again = await run(["reuters.txt", "--coverage-of", article, "--url", "https://example.org/kim-2", "--articles", dir]);
  assert.is(again.code, 1);
  assert.equal(again.err, [`${article}: Reuters is already in its coverage (as "Reuters"): edit that entry instead`]);
  const own = await run(["antara.txt", "--coverage-of", article, "--url", "https://example.org/kim-3", "--articles", dir]);
  assert.is(own.code, 1);
  assert.equal(own.err, [`${article}: Antara is the article's source already, not other coverage: pass --source for another outlet`]);
  assert.is(readFileSync(article, "utf8"), before);
});

test("--coverage-of a story without a date says the entry has none; a missing article or a --topic is one clear line", async () => {
  const dir = articlesFolder({ "2023/2023-09-13-kim.md": antaraArticle });
  const article = path.join(dir, "2023/2023-09-13-kim.md");
  const { code, out } = await run(["ap.txt", "--coverage-of", article, "--url", "https://example.org/ap-kim", "--articles", dir]);
  assert.is(code, 0);
  assert.equal(out.slice(-2), ["Removed 1 byline from the text", `Added Associated Press to the coverage of ${article}`]);
  assert.ok(out.includes("No date found in the story: the entry has no date; pass --date to give it one"));
  assert.not.match(readFileSync(article, "utf8"), "date: \"2023");

  const missing = await run(["ap.txt", "--coverage-of", "nowhere.md", "--url", "https://example.org/ap-kim", "--articles", dir]);
  assert.equal([missing.code, missing.err], [1, ["nowhere.md does not exist: give the article file the story is coverage of"]]);
  const withTopic = await run(["ap.txt", "--coverage-of", article, "--topic", "x"]);
  assert.equal([withTopic.code, withTopic.err], [1, ["--coverage-of adds to an article that has its topics already: leave out --topic"]]);
});

test("--coverage-of without --url is refused before anything is written: coverage links to the report", async () => {
  const dir = articlesFolder({ "2023/2023-09-13-kim.md": antaraArticle });
  const article = path.join(dir, "2023/2023-09-13-kim.md");
  const { code, out, err } = await run(["ap.txt", "--coverage-of", article, "--articles", dir]);
  assert.is(code, 1);
  assert.equal(out, []);
  assert.equal(err, ["--url is missing: coverage needs the address of the report: pass it as --url https://…"]);
  assert.ok(readFileSync(article).equals(Buffer.from(antaraArticle)));
});

test("--coverage-of refuses a topic, a registry entry, a file outside the articles folder or not Markdown: one line, the file unchanged", async () => {
  const topic = '---\ntitle: "Banjir Jakarta"\n---\nLatar belakang.\n';
  const entity = "---\nname: Jakarta\nkind: place\n---\n";
  const outlet = "---\nname: Antara\nurl: https://www.antaranews.com\n---\n";
  const dir = articlesFolder({
    "2023/2023-09-13-kim.md": antaraArticle,
    "topics/banjir-jakarta.md": topic,
    "entities/jakarta.md": entity,
    "sources/antara.md": outlet,
    "2023/notes.txt": antaraArticle,
  });
  const elsewhere = path.join(articlesFolder({ "2023/2023-09-13-kim.md": antaraArticle }), "2023/2023-09-13-kim.md");
  const example = `e.g. ${dir}/2023/2023-09-13-kim-meets-putin-vostochny.md`;
  const cases: [string, string, string][] = [
    ["topics/banjir-jakarta.md", topic, "is a topic file (topics/), not an article"],
    ["entities/jakarta.md", entity, "is in the registry of people, places and organisations (entities/), not an article"],
    ["sources/antara.md", outlet, "is in the registry of outlets (sources/), not an article"],
    ["2023/notes.txt", antaraArticle, "is not a Markdown file (.md), so not an article"],
  ];
  for (const [name, text, why] of cases) {
    const file = path.join(dir, name);
    const { code, out, err } = await run(["ap.txt", "--coverage-of", file, "--url", "https://example.org/ap-kim", "--articles", dir]);
    assert.is(code, 1, name);
    assert.equal(out, []);
    assert.equal(err, [`${file} ${why}: give the article file the story is coverage of, ${example}`]);
    assert.ok(readFileSync(file).equals(Buffer.from(text)), name);
  }

  const outside = await run(["ap.txt", "--coverage-of", elsewhere, "--url", "https://example.org/ap-kim", "--articles", dir]);
  assert.is(outside.code, 1);
  assert.equal(outside.out, []);
  assert.equal(outside.err, [`${elsewhere} is outside the articles folder (${dir}), so not an article: give the article file the story is coverage of, ${example}, or name its folder with --articles`]);
  // Without --articles the folder is the project's articles/, as the user sees it.
  const byDefault = await run(["ap.txt", "--coverage-of", elsewhere, "--url", "https://example.org/ap-kim"]);
  assert.equal(byDefault.err, [`${elsewhere} is outside the articles folder (articles), so not an article: give the article file the story is coverage of, e.g. articles/2023/2023-09-13-kim-meets-putin-vostochny.md, or name its folder with --articles`]);
  assert.ok(readFileSync(elsewhere).equals(Buffer.from(antaraArticle)));
});

test("never overwrites: exit 1, the message names the path, the file is unchanged", async () => {
  const dir = articlesFolder();
  assert.is((await run([indonesian, "--topic", "asean-summit-jakarta-2023", "--articles", dir])).code, 0);
  const file = path.join(dir, indonesianFile);
  writeFileSync(file, "edited by hand");
  const { code, out, err } = await run([indonesian, "--topic", "asean-summit-jakarta-2023", "--articles", dir]);
  assert.is(code, 1);
  assert.equal(out, []);
  assert.equal(err, [`${file} already exists: not overwritten (edit that file, or choose another title or date)`]);
  assert.is(readFileSync(file, "utf8"), "edited by hand");
});

test("without a dateline or --source it says to pass --source, and writes nothing", async () => {
  const dir = articlesFolder();
  const { code, out, err } = await run(["-", "--topic", "asean-summit-jakarta-2023", "--articles", dir], { stdin: "Hujan deras mengguyur Jakarta sejak pagi.\n" });
  assert.is(code, 1);
  assert.equal(out, []);
  assert.equal(err, ['no dateline names the outlet (such as "PIKIRAN RAKYAT – " before the first paragraph): pass --source "Outlet"']);
  assert.equal(readdirSync(dir), ["topics"]);
});

test("other mistakes are one clear line and exit 1", async () => {
  const dir = articlesFolder();
  const cases: [string[], string][] = [
    [["--topic", "asean-summit-jakarta-2023"], "the story is missing: npm run import -- story.txt --topic <slug> (or - to read standard input)"],
    [["a.txt", "b.txt", "--topic", "x"], "give one story file, not 2: a.txt b.txt"],
    [["missing.txt", "--topic", "asean-summit-jakarta-2023"], "missing.txt does not exist: give the text file with the story, or - to read standard input"],
    [[indonesian, "--topic", "asean"], 'unknown topic "asean": did you mean "asean-summit-jakarta-2023"?'],
    [[indonesian], "--topic is missing: name at least one topic (known: asean-summit-jakarta-2023, el-nino-drought-indonesia, russia-dprk-arms-deal)"],
    [[indonesian, "--topic", "asean-summit-jakarta-2023", "--url", "mailto:x@y.org"], '--url "mailto:x@y.org" is not a web address: only http:// and https:// addresses are allowed'],
    [[indonesian, "--topic", "asean-summit-jakarta-2023", "--titel", "x"], "unknown option --titel: did you mean --title? (npm run import -- --help lists the options)"],
  ];
  for (const [argv, message] of cases) {
    const { code, out, err } = await run([...argv, "--articles", dir]);
    // A flag mistake is a usage error (2), as in every command; the rest are content the command refuses (1).
    assert.is(code, message.startsWith("unknown option") || message.includes(" needs a value (") ? 2 : 1, argv.join(" "));
    assert.equal(out, []);
    assert.equal(err, [message]);
  }
  assert.equal(readdirSync(dir), ["topics"]);
});

test("as a process, standard input and a relative story path work through npm's INIT_CWD", () => {
  const dir = articlesFolder();
  const tsx = path.join(root, "node_modules/.bin/tsx");
  const piped = spawnSync(tsx, ["src/cli/import.ts", "-", "--topic", "el-nino-drought-indonesia", "--date", "2023-08-01", "--articles", dir], {
    cwd: root,
    encoding: "utf8",
    input: readFileSync(english),
  });
  assert.is(piped.status, 0, piped.stderr);
  assert.match(piped.stdout, "Language detected: en (English)");
  assert.ok(existsSync(path.join(dir, "2023", "2023-08-01-indonesias-weather-agency-has-told-regional-governments-to.md")));

  const relative = spawnSync(tsx, ["src/cli/import.ts", "ktt-asean-pikiran-rakyat.txt", "--topic", "asean-summit-jakarta-2023", "--date", "2023-09-05", "--articles", dir], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, INIT_CWD: fixtures },
  });
  assert.is(relative.status, 0, relative.stderr);
  assert.match(relative.stdout, `Wrote ${path.join(dir, indonesianFile)}`);

  const again = spawnSync(tsx, ["src/cli/import.ts", indonesian, "--topic", "asean-summit-jakarta-2023", "--date", "2023-09-05", "--articles", dir], { cwd: root, encoding: "utf8" });
  assert.is(again.status, 1);
  assert.is(again.stderr, `${path.join(dir, indonesianFile)} already exists: not overwritten (edit that file, or choose another title or date)\n`);
});

test("people, places and organisations registered under entities/ are filled from the names the story uses", async () => {
  const dir = articlesFolder({
    ...topicTexts,
    "entities/joko-widodo.md": "---\nname: Joko Widodo\nkind: person\naliases: [Jokowi]\n---\n",
    "entities/jakarta.md": "---\nname: Jakarta\nkind: place\n---\n",
    "entities/asean.md": "---\nname: ASEAN\nkind: organization\nmatch_case: true\n---\n",
    "entities/vladimir-putin.md": "---\nname: Vladimir Putin\nkind: person\n---\n",
  });
  const { code, out } = await run(["ktt-asean-pikiran-rakyat.txt", "--topic", "asean-summit-jakarta-2023", "--articles", dir]);
  assert.is(code, 0);
  assert.ok(out.includes("Named in the text, from the registry: Joko Widodo, Jakarta, ASEAN; edit people, places and organizations to change it"), out.join("\n"));
  const article = validArticle(readFileSync(path.join(dir, indonesianFile), "utf8"), `articles/${indonesianFile}`);
  assert.equal([article.people, article.places, article.organizations], [["Joko Widodo"], ["Jakarta"], ["ASEAN"]]);
});

// Kompas prints its page's date line above the story, the outlet's name before it; the story still opens with the dateline.
const afterKompasDay = DateTime.fromISO("2023-10-02T09:00:00Z"); // 16:00 in Jakarta
const kompasDated = (dateLine: string) =>
  [
    "Terminal Baru Sediakan Jalur Khusus Ojek Daring",
    dateLine,
    "JAKARTA, KOMPAS.com - Pengelola terminal bus di Jakarta Timur membuka jalur khusus bagi pengemudi ojek daring agar penumpang tidak lagi menunggu di bahu jalan.",
    "Menurut pengelola, jalur itu dijaga petugas sejak pagi hingga malam.",
  ].join("\n");
const kompasDatedFile = "2023/2023-10-02-terminal-baru-sediakan-jalur-khusus-ojek-daring.md";

test("the page's date line above a Kompas story (Kompas.com - 02/10/2023, 14:20 WIB) dates it to the minute and leaves the text", async () => {
  const dir = articlesFolder();
  const { code, out, err } = await run(["-", "--topic", "asean-summit-jakarta-2023", "--articles", dir], { stdin: kompasDated("Kompas.com - 02/10/2023, 14:20 WIB"), at: afterKompasDay });
  assert.equal(err, []);
  assert.is(code, 0);
  assert.equal(out, [
    "Source taken from the dateline: Kompas; pass --source to change it",
    "Language detected: id (Indonesian); pass --lang to change it",
    "Title taken from the headline: Terminal Baru Sediakan Jalur Khusus Ojek Daring; pass --title to change it",
    'Date taken from the page\'s date line: 2023-10-02T14:20+07:00 ("02/10/2023, 14:20 WIB"); pass --date to change it',
    "Removed 1 date line from the text",
    `Wrote ${path.join(dir, kompasDatedFile)}`,
  ]);
  const text = readFileSync(path.join(dir, kompasDatedFile), "utf8");
  assert.match(text, 'date: "2023-10-02T14:20+07:00"\n');
  const article = validArticle(text, `articles/${kompasDatedFile}`);
  assert.is(article.date.at.toISO(), "2023-10-02T14:20:00.000+07:00");
  assert.is(article.source.name, "Kompas");
  assert.is(
    article.body,
    "Pengelola terminal bus di Jakarta Timur membuka jalur khusus bagi pengemudi ojek daring agar penumpang tidak lagi menunggu di bahu jalan.\n\nMenurut pengelola, jalur itu dijaga petugas sejak pagi hingga malam.\n",
  );
});

test("a date line without the outlet, dd/mm/yyyy or with the day's name, in WITA or WIT; --date still wins", async () => {
  const cases: [string, string, string][] = [
    ["02/10/2023, 14:20 WITA", "2023-10-02T14:20+08:00", "2023-10-02T13:20:00.000+07:00"],
    ["Senin, 2 Oktober 2023 14:20 WIT", "2023-10-02T14:20+09:00", "2023-10-02T12:20:00.000+07:00"],
    ["Senin, 02 Okt 2023 14:20 WIB", "2023-10-02T14:20+07:00", "2023-10-02T14:20:00.000+07:00"],
  ];
  for (const [dateLine, written, inJakarta] of cases) {
    const dir = articlesFolder();
    const { code, out, err } = await run(["-", "--topic", "asean-summit-jakarta-2023", "--articles", dir], { stdin: kompasDated(dateLine), at: afterKompasDay });
    assert.equal(err, [], dateLine);
    assert.is(code, 0, dateLine);
    assert.is(out[0], "Source taken from the dateline: Kompas; pass --source to change it", dateLine);
    assert.match(out.join("\n"), `Date taken from the page's date line: ${written} (`, dateLine);
    assert.ok(out.includes("Removed 1 date line from the text"), dateLine);
    const text = readFileSync(path.join(dir, kompasDatedFile), "utf8");
    assert.match(text, `date: "${written}"\n`, dateLine);
    const article = validArticle(text, `articles/${kompasDatedFile}`);
    assert.is(article.date.at.toISO(), inJakarta, dateLine);
    assert.ok(article.body.startsWith("Pengelola terminal bus"), dateLine);
    assert.not.match(article.body, /2023|WIB|WITA|WIT\b|KOMPAS/, dateLine);
  }

  const dir = articlesFolder();
  const given = await run(["-", "--topic", "asean-summit-jakarta-2023", "--date", "2023-10-03", "--articles", dir], { stdin: kompasDated("Kompas.com - 02/10/2023, 14:20 WIB"), at: afterKompasDay });
  assert.is(given.code, 0);
  assert.not.match(given.out.join("\n"), "Date taken");
  const text = readFileSync(path.join(dir, "2023/2023-10-03-terminal-baru-sediakan-jalur-khusus-ojek-daring.md"), "utf8");
  assert.match(text, 'date: "2023-10-03"\n');
  assert.not.match(text, "02/10/2023");
});

test("a run-together paste: Baca Juga without a colon leaves the text, and the guessed end of its headline is pointed out", async () => {
  const dir = articlesFolder();
  const story =
    "BEKASI, KOMPAS.com - Perusahaan air minum daerah menghentikan pasokan ke tiga kecamatan selama dua hari untuk mengganti pipa utama yang bocor, kata dia. Baca Juga Pemkot Bekasi Tutup Sekolah Direktur PDAM mengatakan warga bisa mengambil air dari truk tangki di kantor kelurahan. Perbaikan ditargetkan rampung pada Rabu malam.\n";
  const { code, out, err } = await run(["-", "--topic", "asean-summit-jakarta-2023", "--title", "Pasokan air di Bekasi dihentikan", "--articles", dir], { stdin: story });
  assert.equal(err, []);
  assert.is(code, 0);
  const file = path.join(dir, "2023", "2023-09-05-pasokan-air-di-bekasi-dihentikan.md");
  assert.equal(out.slice(-3), [
    'Removed 1 "read also" line from the text; 1 headline kept as related_headlines',
    'Guessed where a "read also" headline ends in text pasted without line breaks: "Pemkot Bekasi Tutup Sekolah Direktur", then "PDAM mengatakan warga bisa mengambil air …": check that sentence and related_headlines',
    `Wrote ${file}`,
  ]);
  const article = validArticle(readFileSync(file, "utf8"));
  assert.not.match(article.body, /Baca Juga|Pemkot/);
  assert.match(article.body, "kata dia.\n\nPDAM mengatakan warga bisa mengambil air dari truk tangki di kantor kelurahan. Perbaikan ditargetkan rampung pada Rabu malam.\n");
  assert.equal(article.relatedHeadlines, ["Pemkot Bekasi Tutup Sekolah Direktur"]);
});

test("BACA JUGA: with its headline and the next sentence on one line is split there, with a note; Baca juga without a colon on its own line is a read-also line", async () => {
  const dir = articlesFolder();
  const story = [
    "BEKASI, KOMPAS.com - Perusahaan air minum daerah menghentikan pasokan ke tiga kecamatan selama dua hari.",
    "BACA JUGA: Pipa Bocor Ganggu Layanan Air Bersih Petugas memasang pipa baru sepanjang dua ratus meter.",
    "Baca juga Warga Antre Air dari Truk Tangki",
    "Perbaikan ditargetkan rampung pada Rabu malam.",
  ].join("\n");
  const { code, out, err } = await run(["-", "--topic", "asean-summit-jakarta-2023", "--title", "Pasokan air di Bekasi dihentikan", "--articles", dir], { stdin: story });
  assert.equal(err, []);
  assert.is(code, 0);
  const file = path.join(dir, "2023", "2023-09-05-pasokan-air-di-bekasi-dihentikan.md");
  assert.equal(out.slice(-3), [
    'Removed 2 "read also" lines from the text; 2 headlines kept as related_headlines',
    'Guessed where a "read also" headline ends in text pasted without line breaks: "Pipa Bocor Ganggu Layanan Air Bersih", then "Petugas memasang pipa baru sepanjang dua …": check that sentence and related_headlines',
    `Wrote ${file}`,
  ]);
  const article = validArticle(readFileSync(file, "utf8"));
  assert.equal(article.relatedHeadlines, ["Pipa Bocor Ganggu Layanan Air Bersih", "Warga Antre Air dari Truk Tangki"]);
  assert.is(
    article.body,
    "Perusahaan air minum daerah menghentikan pasokan ke tiga kecamatan selama dua hari.\n\nPetugas memasang pipa baru sepanjang dua ratus meter.\n\nPerbaikan ditargetkan rampung pada Rabu malam.\n",
  );
});


test("an articles folder that does not exist is named as such, not as an unknown topic", async () => {
  const { code, err, out } = await run([indonesian, "--topic", "asean-summit-jakarta-2023", "--articles", path.join(root, "articels")]);
  assert.is(code, 1);
  assert.equal(out, []);
  assert.equal(err, ["articels  folder  error  this folder does not exist: name the articles folder with --articles or DIGEST_ARTICLES (did you mean articles?)"]);
});

test.run();
