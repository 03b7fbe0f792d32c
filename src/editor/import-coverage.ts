import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { addCoverage } from "./add-coverage.ts";
import { contentKind, httpUrlProblem } from "../content/index.ts";
import { displayPath } from "./paths.ts";
import { decideStory, type StoryContext, type StoryFlags } from "./story-decisions.ts";

// What the other kinds of content file are, in an editor's words.
const notArticles = {
  topic: "is a topic file (topics/), not an article",
  entity: "is in the registry of people, places and organisations (entities/), not an article",
  outlet: "is in the registry of outlets (sources/), not an article",
} as const;

/**
 * Undefined when `file` is an article as the content loader reads it (see `contentKind`),
 * otherwise why not and which file to give instead: coverage added elsewhere is never built.
 */
function notAnArticle(file: string, articlesDir: string, cwd: string): string | undefined {
  const folder = displayPath(articlesDir, cwd);
  const instead = `give the article file the story is coverage of, e.g. ${folder}/2023/2023-09-13-kim-meets-putin-vostochny.md`;
  const inside = path.relative(articlesDir, file);
  if (!inside || inside.startsWith("..") || path.isAbsolute(inside)) {
    return `is outside the articles folder (${folder}), so not an article: ${instead}, or name its folder with --articles`;
  }
  if (!file.toLowerCase().endsWith(".md")) return `is not a Markdown file (.md), so not an article: ${instead}`;
  const kind = contentKind(file, articlesDir);
  return kind === "article" ? undefined : `${notArticles[kind]}: ${instead}`;
}

/**
 * `npm run import -- story.txt --coverage-of <article>`: the pasted story's outlet, URL, title,
 * language and date become an entry of that article's `coverage:` list; the article's other
 * lines stay as they were. `article` is relative to `callerCwd` and must be an article under
 * `articlesDir` (absolute); paths are shown relative to `cwd`.
 */
export async function importAsCoverage(
  input: StoryFlags & { url?: string; article: string },
  context: StoryContext & { cwd: string; callerCwd: string; articlesDir: string },
): Promise<{ ok: true; notes: string[] } | { ok: false; error: string }> {
  const url = input.url?.trim();
  // The check rejects a coverage entry without its url: refused here rather than written.
  if (url === undefined) return { ok: false, error: "--url is missing: coverage needs the address of the report: pass it as --url https://…" };
  const urlProblem = httpUrlProblem(url);
  if (urlProblem) return { ok: false, error: `--url ${urlProblem}` };

  const decided = decideStory(input, context, () => "No date found in the story: the entry has no date; pass --date to give it one");
  if ("error" in decided) return { ok: false, error: decided.error };

  const file = path.resolve(context.callerCwd, input.article);
  const shown = displayPath(file, context.cwd);
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return { ok: false, error: `${input.article} does not exist: give the article file the story is coverage of` };
    return { ok: false, error: `${input.article} could not be read: ${(error as Error).message}` };
  }
  const wrongFile = notAnArticle(file, context.articlesDir, context.cwd);
  if (wrongFile) return { ok: false, error: `${shown} ${wrongFile}` };

  const entry = { name: decided.source, url, title: decided.title, lang: decided.lang, ...(decided.date ? { date: decided.date } : {}) };
  const added = addCoverage(text, shown, entry, context.outlets);
  if (!added.ok) return added;
  try {
    await writeFile(file, added.text, "utf8");
  } catch (error) {
    return { ok: false, error: `${shown} could not be written: ${(error as Error).message}` };
  }
  return { ok: true, notes: [...decided.notes, `Added ${decided.source} to the coverage of ${shown}`] };
}
