import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { addCoverage } from "./add-coverage.ts";
import { httpUrlProblem } from "../content/index.ts";
import { displayPath } from "./paths.ts";
import { decideStory, type StoryContext, type StoryFlags } from "./story-decisions.ts";

/**
 * `npm run import -- story.txt --coverage-of <article>`: the pasted story's outlet, URL, title,
 * language and date become an entry of that article's `coverage:` list; the article's other
 * lines stay as they were. `article` is relative to `callerCwd`; paths are shown relative to `cwd`.
 */
export async function importAsCoverage(
  input: StoryFlags & { url?: string; article: string },
  context: StoryContext & { cwd: string; callerCwd: string },
): Promise<{ ok: true; notes: string[] } | { ok: false; error: string }> {
  const url = input.url?.trim();
  const urlProblem = url === undefined ? undefined : httpUrlProblem(url);
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

  const entry = { name: decided.source, ...(url ? { url } : {}), title: decided.title, lang: decided.lang, ...(decided.date ? { date: decided.date } : {}) };
  const added = addCoverage(text, shown, entry, context.outlets);
  if (!added.ok) return added;
  try {
    await writeFile(file, added.text, "utf8");
  } catch (error) {
    return { ok: false, error: `${shown} could not be written: ${(error as Error).message}` };
  }
  const notes = [...decided.notes];
  if (!url) notes.push("No --url given: the entry has no link to the report; add url: to it");
  return { ok: true, notes: [...notes, `Added ${decided.source} to the coverage of ${shown}`] };
}
