// `npm run import`: turn a story pasted from an outlet (plain text, one paragraph per line)
// into a new article: dateline → source, "read also" lines → related_headlines, language
// detected, headline → title, the story's date, registered people, places and organisations named;
// or, with --coverage-of, an entry of an existing article's coverage. Never overwrites.
import { entityMentions, importAsCoverage, importStory, loadEntities, loadTopics, missingArticlesFolder, readStory, runAsProcess, saveNewFile, startCommand, type CliIo } from "../editor/index.ts";
import { isMain } from "./is-main.ts";

export const usage =
  "Usage: npm run import -- <story.txt | -> --topic <slug|title> [--title …] [--date 2023-09-05T10:00] [--url …] [--lang id] [--source …] [--articles dir]\n       npm run import -- <story.txt | -> --coverage-of <article.md> --url <address> [--articles dir]";

const options = {
  topic: { type: "string", multiple: true },
  title: { type: "string" },
  date: { type: "string" },
  url: { type: "string" },
  lang: { type: "string" },
  source: { type: "string" },
  "coverage-of": { type: "string" },
  articles: { type: "string" },
  help: { type: "boolean", default: false },
} as const;

export async function runImport(argv: string[], io: CliIo): Promise<number> {
  const started = startCommand(argv, io, { name: "npm run import", options, usage });
  if (typeof started === "number") return started;
  const { flags, positionals, settings, articlesDir } = started;
  if (positionals.length !== 1) {
    io.err(
      positionals.length === 0
        ? "the story is missing: npm run import -- story.txt --topic <slug> (or - to read standard input)"
        : `give one story file, not ${positionals.length}: ${positionals.join(" ")}`,
    );
    return 1;
  }

  const story = await readStory(positionals[0]!, io.callerCwd, io.readStdin);
  if ("error" in story) {
    io.err(story.error);
    return 1;
  }
  const coverageOf = flags["coverage-of"];
  if (coverageOf !== undefined) {
    if (flags.topic) {
      io.err("--coverage-of adds to an article that has its topics already: leave out --topic");
      return 1;
    }
    const added = await importAsCoverage(
      { text: story.text, article: coverageOf, title: flags.title, date: flags.date, url: flags.url, lang: flags.lang, source: flags.source },
      { now: io.now, timeZone: settings.timeZone, siteLang: settings.lang, cwd: io.cwd, callerCwd: io.callerCwd, articlesDir },
    );
    if (!added.ok) {
      io.err(added.error);
      return 1;
    }
    for (const note of added.notes) io.out(note);
    return 0;
  }
  const missing = missingArticlesFolder(articlesDir, io.cwd);
  if (missing) {
    io.err(missing);
    return 1;
  }
  const known = await loadTopics(articlesDir, settings, io.cwd);
  const made = importStory(
    { text: story.text, topics: flags.topic ?? [], title: flags.title, date: flags.date, url: flags.url, lang: flags.lang, source: flags.source, entities: entityMentions(story.text, await loadEntities(articlesDir, io.cwd)) },
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
