// `npm run import`: turn a story pasted from an outlet (plain text, one paragraph per line)
// into a new article: dateline → source, "read also" lines → related_headlines, language
// detected, first sentence → title. Never overwrites.
import path from "node:path";
import { parseArgs } from "node:util";
import { type CliIo, runAsProcess } from "../editor/index.ts";
import { flagErrorMessage } from "../editor/index.ts";
import { importStory } from "../editor/index.ts";
import { loadTopics } from "../editor/index.ts";
import { readStory } from "../editor/index.ts";
import { saveNewFile } from "../editor/index.ts";
import { readSiteSettings, SettingsError } from "../settings/index.ts";
import { isMain } from "./is-main.ts";

export const usage =
  "Usage: npm run import -- <story.txt | -> --topic <slug|title> [--title …] [--date 2023-09-05T10:00] [--url …] [--lang id] [--source …] [--articles dir]";

const options = {
  topic: { type: "string", multiple: true },
  title: { type: "string" },
  date: { type: "string" },
  url: { type: "string" },
  lang: { type: "string" },
  source: { type: "string" },
  articles: { type: "string" },
  help: { type: "boolean", default: false },
} as const;

export async function runImport(argv: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options });
  } catch (error) {
    io.err(flagErrorMessage(error, Object.keys(options), "npm run import"));
    return 1;
  }
  const { values: flags, positionals } = parsed;
  if (flags.help) {
    io.out(usage);
    return 0;
  }
  if (positionals.length !== 1) {
    io.err(
      positionals.length === 0
        ? "the story is missing: npm run import -- story.txt --topic <slug> (or - to read standard input)"
        : `give one story file, not ${positionals.length}: ${positionals.join(" ")}`,
    );
    return 1;
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

  const story = await readStory(positionals[0]!, io.callerCwd, io.readStdin);
  if ("error" in story) {
    io.err(story.error);
    return 1;
  }
  const known = await loadTopics(articlesDir, settings, io.cwd);
  const made = importStory(
    { text: story.text, topics: flags.topic ?? [], title: flags.title, date: flags.date, url: flags.url, lang: flags.lang, source: flags.source },
    { articlesDir, timeZone: settings.timeZone, now: io.now, topics: known.topics, siteLang: settings.lang },
  );
  if (!made.ok) {
    io.err(made.error);
    return 1;
  }
  const saved = await saveNewFile(made, "article", { cwd: io.cwd, settings, topicFiles: known.files });
  if (!saved.ok) {
    io.err(saved.error);
    return 1;
  }
  for (const note of made.notes) io.out(note);
  io.out(`Wrote ${saved.shown}`);
  return 0;
}

if (isMain(import.meta.filename)) await runAsProcess(runImport);
