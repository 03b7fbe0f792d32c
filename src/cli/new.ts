// `npm run new`: write a new article (or, with --topic-file, a topic) with valid frontmatter
// and print where it went. Never overwrites.
import { articlePlaceholder, copyPicture, displayPath, loadTopics, missingArticlesFolder, newArticle, newTopic, runAsProcess, saveNewFile, startCommand, type CliIo } from "../editor/index.ts";
import { rm } from "node:fs/promises";
import path from "node:path";
import { isMain } from "./is-main.ts";
import { quote } from "../text/index.ts";

export const usage = [
  'Usage: npm run new -- "Title" --topic <slug|title> --source "Outlet" [--url …] [--author …] [--lang id] [--date 2023-09-05T10:00] [--summary …] [--image photo.jpg --alt "…" --credit "…"] [--articles dir]',
  '       npm run new -- --topic-file "Title" [--summary …] [--articles dir]',
].join("\n");

const articleOnly = ["topic", "source", "url", "author", "lang", "date", "image", "alt", "credit"] as const;

const options = {
  topic: { type: "string", multiple: true },
  source: { type: "string" },
  url: { type: "string" },
  author: { type: "string" },
  lang: { type: "string" },
  date: { type: "string" },
  summary: { type: "string" },
  image: { type: "string" },
  alt: { type: "string" },
  credit: { type: "string" },
  "topic-file": { type: "boolean", default: false },
  articles: { type: "string" },
  help: { type: "boolean", default: false },
} as const;

export async function runNew(argv: string[], io: CliIo): Promise<number> {
  const started = startCommand(argv, io, { name: "npm run new", options, usage });
  if (typeof started === "number") return started;
  const { flags, positionals, settings, articlesDir } = started;
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

  // An article needs a topic in the folder; a topic file may start a folder.
  const missing = kind === "article" ? missingArticlesFolder(articlesDir, io.cwd) : undefined;
  if (missing) {
    io.err(missing);
    return 1;
  }
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
      { title, topics: flags.topic ?? [], source: flags.source, url: flags.url, author: flags.author, lang: flags.lang, date: flags.date, summary: flags.summary, body: articlePlaceholder,
        picture: { image: flags.image, alt: flags.alt, credit: flags.credit } },
      { articlesDir, timeZone: settings.timeZone, locale: settings.locale, now: io.now, topics: known.topics },
    );
  }
  if (!made.ok) {
    io.err(made.error);
    return 1;
  }
  // The picture goes first: an article naming a picture that failed to copy would not build.
  const copy = "copy" in made ? made.copy : undefined;
  if (copy) {
    const failed = await copyPicture({ from: path.resolve(io.cwd, copy.from), to: copy.to }, (file) => displayPath(file, io.cwd));
    if (failed) {
      io.err(failed);
      return 1;
    }
  }
  const saved = await saveNewFile(made, kind, { cwd: io.cwd, settings, topicFiles: known.files });
  if (!saved.ok) {
    if (copy) await rm(copy.to, { force: true });
    io.err(saved.error);
    return 1;
  }
  io.out(`Wrote ${saved.shown}${copy ? ` and ${displayPath(copy.to, io.cwd)}` : ""}`);
  return 0;
}

if (isMain(import.meta.filename)) await runAsProcess(runNew);
