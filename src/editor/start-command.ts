import path from "node:path";
import { parseArgs, type ParseArgsConfig } from "node:util";
import { readSiteSettings, SettingsError, type SiteSettings } from "../settings/index.ts";
import type { CliIo } from "./cli-io.ts";
import { flagErrorMessage } from "./flag-error.ts";

type Options = NonNullable<ParseArgsConfig["options"]>;
type Flags<O extends Options> = ReturnType<typeof parseArgs<{ options: O; allowPositionals: true }>>["values"];

/** What every editor command starts from: its flags, the site settings and the articles folder. */
export interface StartedCommand<O extends Options> {
  flags: Flags<O>;
  positionals: string[];
  settings: SiteSettings;
  /** `--articles`, else DIGEST_ARTICLES, else `articles/`, relative to the project folder. */
  articlesDir: string;
}

/**
 * Parses an editor command's flags (`--help` prints `usage`) and reads the settings; returns
 * the exit code instead when there is nothing more to do, having said why in one line: 2 for a
 * flag mistake (unknown, or missing its value), 1 for bad settings.
 */
export function startCommand<O extends Options & { articles: { type: "string" }; help: { type: "boolean" } }>(
  argv: string[],
  io: CliIo,
  command: { name: string; options: O; usage: string },
): StartedCommand<O> | number {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: command.options });
  } catch (error) {
    io.err(flagErrorMessage(error, Object.keys(command.options), command.name));
    return 2; // a usage mistake, as every other command answers one
  }
  const flags = parsed.values as Flags<O>;
  const common = parsed.values as { help?: boolean; articles?: string };
  if (common.help) {
    io.out(command.usage);
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
  const articlesDir = path.resolve(io.cwd, common.articles ?? io.env.DIGEST_ARTICLES ?? "articles");
  return { flags, positionals: parsed.positionals, settings, articlesDir };
}
