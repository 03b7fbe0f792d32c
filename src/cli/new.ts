// `npm run new`: write a new article (or, with --topic-file, a topic) with valid frontmatter
// and print where it went. Never overwrites.
import path from "node:path";
import { parseArgs } from "node:util";
import { type CliIo, runAsProcess } from "../editor/cli-io.ts";
import { flagErrorMessage } from "../editor/flag-error.ts";
import { loadTopics } from "../editor/load-topics.ts";
import { articlePlaceholder, newArticle } from "../editor/new-article.ts";
import { newTopic } from "../editor/new-topic.ts";
import { saveNewFile } from "../editor/save-new-file.ts";
import { readSiteSettings, SettingsError } from "../site.ts";
import { isMain } from "./is-main.ts";
import { quote } from "../quote.ts";

export const usage = [
  'Usage: npm run new -- "Title" --topic <slug|title> --source "Outlet" [--url …] [--author …] [--lang id] [--date 2023-09-05T10:00] [--summary …] [--articles dir]',
  '       npm run new -- --topic-file "Title" [--summary …] [--articles dir]',
].join("\n");

const articleOnly = ["topic", "source", "url", "author", "lang", "date"] as const;

const options = {
  topic: { type: "string", multiple: true },
  source: { type: "string" },
  url: { type: "string" },
  author: { type: "string" },
  lang: { type: "string" },
  date: { type: "string" },
  summary: { type: "string" },
  "topic-file": { type: "boolean", default: false },
  articles: { type: "string" },
  help: { type: "boolean", default: false },
} as const;

export async function runNew(argv: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options });
  } catch (error) {
    io.err(flagErrorMessage(error, Object.keys(options), "npm run new"));
    return 1;
  }
  const { values: flags, positionals } = parsed;
  if (flags.help) {
    io.out(usage);
    return 0;
  }

  let settings;
  try {
    settings = readSiteSettings(io.env);
  } catch (error) {
    if (!(error instanceof SettingsError)) throw error;
    io.err(error.message);
    return 1;
  }
  const articlesDir = path.resolve(io.cwd, flags.articles ?? io.env.DIGEST_ARTICLES ?? "articles");
  const kind = flags["topic-file"] ? "topic" : "article";

  if (positionals.length === 0) {
    io.err(kind === "topic" ? 'the topic\'s title is missing: npm run new -- --topic-file "Title"' : 'the title is missing: npm run new -- "Title" --topic <slug> --source "Outlet"');
    return 1;
  }
  if (positionals.length > 1) {
    io.err(`give the title as one argument, in quotes: ${quote(positionals.join(" "))}`);
    return 1;
  }
  const title = positionals[0];

  const known = await loadTopics(articlesDir, settings, io.cwd);
  let made;
  if (kind === "topic") {
    const stray = articleOnly.filter((flag) => flags[flag] !== undefined);
    if (stray.length) {
      io.err(`--topic-file takes only a title and --summary, not ${stray.map((f) => `--${f}`).join(", ")}`);
      return 1;
    }
    made = newTopic({ title, summary: flags.summary }, articlesDir);
  } else {
    made = newArticle(
      { title, topics: flags.topic ?? [], source: flags.source, url: flags.url, author: flags.author, lang: flags.lang, date: flags.date, summary: flags.summary, body: articlePlaceholder },
      { articlesDir, timeZone: settings.timeZone, now: io.now, topics: known.topics },
    );
  }
  if (!made.ok) {
    io.err(made.error);
    return 1;
  }
  const saved = await saveNewFile(made, kind, { cwd: io.cwd, settings, topicFiles: known.files });
  if (!saved.ok) {
    io.err(saved.error);
    return 1;
  }
  io.out(`Wrote ${saved.shown}`);
  return 0;
}

if (isMain(import.meta.filename)) await runAsProcess(runNew);
