import { test } from "uvu";
import * as assert from "uvu/assert";
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { DateTime } from "luxon";
import { defaultSiteSettings } from "../../src/settings/site.ts";
import { validateContent } from "../../src/content/validate.ts";
import { runNew } from "../../src/cli/new.ts";
import type { CliIo } from "../../src/editor/cli-io.ts";
import { articlesFolder, contentFile, validArticle } from "../helpers/content.ts";
import { tempFolder } from "../helpers/temp-folder.ts";

const root = path.resolve(import.meta.dirname, "../..");
const now = DateTime.fromISO("2023-09-05T20:45:31Z"); // 6 September, 03:45 in Jakarta

async function run(argv: string[], env: Record<string, string | undefined> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    cwd: root,
    callerCwd: root,
    env,
    now,
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    readStdin: async () => new Uint8Array(),
  };
  const code = await runNew(argv, io);
  return { code, out, err };
}

test("writes an article that passes validation and prints its path", async () => {
  const dir = articlesFolder();
  const { code, out, err } = await run(["Kim meets Putin: “a new era”", "--topic", "russia-dprk-arms-deal", "--source", "Reuters", "--url", "https://www.reuters.com/x", "--author", "A. Writer", "--lang", "en", "--summary", "They met.", "--articles", dir]);
  assert.equal(err, []);
  assert.is(code, 0);
  const file = path.join(dir, "2023", "2023-09-06-kim-meets-putin-a-new-era.md");
  assert.equal(out, [`Wrote ${file}`]);
  const text = readFileSync(file, "utf8");
  assert.match(text, 'date: "2023-09-06T03:45"\n');
  assert.ok(text.endsWith("---\nWrite the text of the article here, in Markdown.\n"));
  const article = validArticle(text, "articles/2023/2023-09-06-kim-meets-putin-a-new-era.md");
  assert.is(article.title, "Kim meets Putin: “a new era”");
  assert.equal(article.source, { name: "Reuters", url: "https://www.reuters.com/x", author: "A. Writer" });
});

test("--date names the day; --topic repeats and takes titles; DIGEST_ARTICLES is the default folder", async () => {
  const dir = articlesFolder();
  const { code, out } = await run(["Kemarau dan KTT", "--topic", "El Niño and drought in Indonesia", "--topic", "asean-summit-jakarta-2023", "--source", "Antara", "--date", "2023-09-05T23:30:00-04:00"], { DIGEST_ARTICLES: dir });
  assert.is(code, 0);
  const file = path.join(dir, "2023", "2023-09-06-kemarau-dan-ktt.md");
  assert.equal(out, [`Wrote ${file}`]);
  assert.equal(validArticle(readFileSync(file, "utf8")).topics, ["el-nino-drought-indonesia", "asean-summit-jakarta-2023"]);
});

test("the site's time zone decides the day", async () => {
  const dir = articlesFolder();
  const { code, out } = await run(["Late news", "--topic", "russia-dprk-arms-deal", "--source", "AP", "--articles", dir], { DIGEST_TIME_ZONE: "America/New_York" });
  assert.is(code, 0);
  assert.equal(out, [`Wrote ${path.join(dir, "2023", "2023-09-05-late-news.md")}`]);
  assert.match(readFileSync(path.join(dir, "2023", "2023-09-05-late-news.md"), "utf8"), 'date: "2023-09-05T16:45"');
});

test("never overwrites: exit 1 and the message names the path", async () => {
  const dir = articlesFolder();
  const argv = ["Kim meets Putin", "--topic", "russia-dprk-arms-deal", "--source", "Reuters", "--date", "2023-09-13", "--articles", dir];
  assert.is((await run(argv)).code, 0);
  const file = path.join(dir, "2023", "2023-09-13-kim-meets-putin.md");
  const before = readFileSync(file, "utf8");
  const { code, out, err } = await run(argv.map((arg) => (arg === "Reuters" ? "Someone else" : arg)));
  assert.is(code, 1);
  assert.equal(out, []);
  assert.equal(err, [`${file} already exists: not overwritten (edit that file, or choose another title or date)`]);
  assert.is(readFileSync(file, "utf8"), before);
});

test("an unknown topic fails with the validator's words and suggestion", async () => {
  const dir = articlesFolder();
  const { code, err } = await run(["Kim meets Putin", "--topic", "russia-dprk", "--source", "Reuters", "--articles", dir]);
  assert.is(code, 1);
  assert.equal(err, ['unknown topic "russia-dprk": did you mean "russia-dprk-arms-deal"?']);
  assert.not.ok(existsSync(path.join(dir, "2023")));
});

test("missing or wrong input is one clear line and exit 1", async () => {
  const dir = articlesFolder();
  const cases: [string[], string][] = [
    [["Kim meets Putin", "--topic", "russia-dprk-arms-deal"], '--source is missing: name the outlet, e.g. --source "Antara"'],
    [["Kim meets Putin", "--topic", "russia-dprk-arms-deal", "--source", "Reuters", "--url", "ftp://x.org/a"], '--url "ftp://x.org/a" is not a web address: only http:// and https:// addresses are allowed'],
    [["Kim meets Putin", "--source", "Reuters"], "--topic is missing: name at least one topic (known: asean-summit-jakarta-2023, el-nino-drought-indonesia, russia-dprk-arms-deal)"],
    [["--topic", "russia-dprk-arms-deal", "--source", "Reuters"], 'the title is missing: npm run new -- "Title" --topic <slug> --source "Outlet"'],
    [["Kim", "meets", "Putin", "--topic", "russia-dprk-arms-deal", "--source", "Reuters"], 'give the title as one argument, in quotes: "Kim meets Putin"'],
    [["Kim meets Putin", "--topic", "russia-dprk-arms-deal", "--source", "Reuters", "--date", "besok"], `--date "besok" is not a date: use YYYY-MM-DD (a day in the site's time zone), YYYY-MM-DDTHH:mm (site time) or YYYY-MM-DDTHH:mm+07:00 (with an offset)`],
    [["Kim meets Putin", "--sauce", "Reuters"], "unknown option --sauce: did you mean --source? (npm run new -- --help lists the options)"],
    [["Kim meets Putin", "--topic", "russia-dprk-arms-deal", "--source"], "--source needs a value (npm run new -- --help lists the options)"],
    [["--topic-file", "Banjir", "--source", "Antara"], "--topic-file takes only a title and --summary, not --source"],
  ];
  for (const [argv, message] of cases) {
    const { code, out, err } = await run([...argv, "--articles", dir]);
    // A flag mistake is a usage error (2), as in every command; the rest are content the command refuses (1).
    assert.is(code, message.startsWith("unknown option") || message.includes(" needs a value (") ? 2 : 1, argv.join(" "));
    assert.equal(out, []);
    assert.equal(err, [message]);
  }
  const settings = await run(["x", "--topic", "y", "--source", "z", "--articles", dir], { DIGEST_TIME_ZONE: "Mars/Olympus" });
  assert.equal(settings.err, ['Site settings: time zone "Mars/Olympus" is not an IANA zone such as Asia/Jakarta']);
});

test("--topic-file writes a topic that passes validation; never overwrites", async () => {
  const dir = articlesFolder({});
  const { code, out } = await run(["--topic-file", "Banjir Jakarta 2024", "--summary", "Hujan deras: banjir di mana-mana.", "--articles", dir]);
  assert.is(code, 0);
  const file = path.join(dir, "topics", "banjir-jakarta-2024.md");
  assert.equal(out, [`Wrote ${file}`]);
  const checked = validateContent([contentFile("articles/topics/banjir-jakarta-2024.md", readFileSync(file, "utf8"))], defaultSiteSettings);
  assert.equal(checked.problems, []);
  assert.equal(checked.topics[0]?.summary, "Hujan deras: banjir di mana-mana.");

  const again = await run(["--topic-file", "Banjir Jakarta 2024", "--articles", dir]);
  assert.is(again.code, 1);
  assert.equal(again.err, [`${file} already exists: not overwritten (edit that file, or choose another title or date)`]);

  // The new topic can be used at once.
  const article = await run(["Air mulai surut", "--topic", "Banjir Jakarta 2024", "--source", "Antara", "--articles", dir]);
  assert.is(article.code, 0, article.err.join("\n"));
});

test("--help prints the usage", async () => {
  const { code, out } = await run(["--help"]);
  assert.is(code, 0);
  assert.match(out.join("\n"), 'npm run new -- "Title" --topic <slug|title> --source "Outlet"');
});

test("as a process: a path inside the project is shown relative to it; errors exit 1 without a stack", () => {
  const dir = articlesFolder();
  const tsx = path.join(root, "node_modules/.bin/tsx");
  const ok = spawnSync(tsx, ["src/cli/new.ts", "Kim meets Putin", "--topic", "russia-dprk-arms-deal", "--source", "Reuters", "--date", "2023-09-13", "--articles", dir], { cwd: root, encoding: "utf8" });
  assert.is(ok.status, 0, ok.stderr);
  assert.is(ok.stdout, `Wrote ${path.join(dir, "2023", "2023-09-13-kim-meets-putin.md")}\n`);

  const notADir = path.join(dir, "2023", "2023-09-13-kim-meets-putin.md");
  const failed = spawnSync(tsx, ["src/cli/new.ts", "x", "--topic", "y", "--source", "z", "--articles", notADir], { cwd: root, encoding: "utf8" });
  assert.is(failed.status, 1);
  assert.is(failed.stdout, "");
  assert.is(failed.stderr.trim().split("\n").length, 1, failed.stderr);
  assert.not.match(failed.stderr, /\s+at /);
});


test("an articles folder that does not exist is named as such, not as an unknown topic; a topic file may start a new one", async () => {
  const { code, err } = await run(["Kim meets Putin", "--topic", "russia-dprk-arms-deal", "--source", "Reuters", "--articles", "articels"]);
  assert.is(code, 1);
  assert.equal(err, ["articels  folder  error  this folder does not exist: name the articles folder with --articles or DIGEST_ARTICLES (did you mean articles?)"]);
  const fresh = path.join(tempFolder("digest-new-fresh-"), "articles");
  const topic = await run(["--topic-file", "Banjir Jakarta", "--articles", fresh]);
  assert.is(topic.code, 0, topic.err.join("\n"));
});

test("--date written day first, as the site's locale writes it, gets the date to write instead", async () => {
  const { code, err } = await run(["Kim meets Putin", "--topic", "russia-dprk-arms-deal", "--source", "Reuters", "--date", "09/10/2023"]);
  assert.is(code, 1);
  assert.equal(err, ['--date "09/10/2023" is not a date: did you mean --date 2023-10-09? (dates are written YYYY-MM-DD)']);
});

test.run();
