// `npm run check`: validate everything under articles/ without building, report every problem
// at once, and exit 1 on any error (0 with warnings only).
import path from "node:path";
import { articlesFolderEmpty, articlesFolderMissing, githubAnnotation, loadPictureHeaders, summarizeProblems } from "../content/index.ts";
import { checkSite } from "../model/index.ts";
import { optionsFromEnv, processEnvironment, SettingsError } from "../settings/index.ts";
import { commandFlags } from "../editor/index.ts";
import { isMain } from "./is-main.ts";

export async function runCheck(root: string, env: Record<string, string | undefined>): Promise<{ code: number; output: string }> {
  let checked;
  let folderProblems;
  try {
    const options = optionsFromEnv(env);
    const { settings } = options;
    const articlesDir = path.resolve(root, options.articlesDir);
    // A folder that does not exist is an error; one without articles is worth a warning.
    const missing = articlesFolderMissing(articlesDir, options.articlesDir);
    if (missing) {
      checked = { articles: [], topics: [], problems: [] };
      folderProblems = [missing];
    } else {
      // The build's record of picture headers: a picture whose size and time of change are unchanged is not opened.
      const pictureHeaders = await loadPictureHeaders(path.resolve(root, options.imageCache, "headers.json"));
      checked = await checkSite(settings, { articlesDir, projectRoot: root, now: options.now, reportSanitized: true, pictureHeaders });
      folderProblems = [articlesFolderEmpty(articlesDir, options.articlesDir, "warning")].filter((p) => p !== undefined);
    }
  } catch (error) {
    if (error instanceof SettingsError) return { code: 1, output: error.message };
    throw error;
  }
  const { articles, topics } = checked;
  const problems = [...folderProblems, ...checked.problems];
  const lines: string[] = [];
  if (problems.length) lines.push(summarizeProblems(problems));
  else lines.push(`Checked ${articles.length} articles and ${topics.length} topics: no problems.`);
  if (env.GITHUB_ACTIONS === "true") lines.push(...problems.map(githubAnnotation));
  return { code: problems.some((p) => p.severity === "error") ? 1 : 0, output: lines.join("\n") };
}

const usage = "Usage: npm run check -- [--articles dir] [--now ISO-date]";

async function main(): Promise<number> {
  const values = commandFlags(process.argv.slice(2), { command: "npm run check", options: { articles: { type: "string" }, now: { type: "string" } }, usage });
  if (typeof values === "number") return values;
  const env = { ...processEnvironment() };
  if (values.articles) env.DIGEST_ARTICLES = values.articles;
  if (values.now) env.DIGEST_NOW = values.now;
  const { code, output } = await runCheck(process.cwd(), env);
  (code ? console.error : console.log)(output);
  return code;
}

// No top-level await: `npm run check` runs this module as CommonJS (src/cli/launch.mjs).
if (isMain(import.meta.filename)) void main().then((code) => (process.exitCode = code));
