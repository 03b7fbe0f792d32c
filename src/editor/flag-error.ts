import { closestMatch } from "../content/index.ts";

/**
 * node:util parseArgs' complaint, in an editor's words: one line naming the flag, with a
 * suggestion for a misspelt one. `flags` are the command's option names, `command` how to run it.
 */
export function flagErrorMessage(error: unknown, flags: string[], command: string): string {
  const { code, message } = error as { code?: string; message?: string };
  const text = message ?? String(error);
  const flag = /'(-{1,2}[^'\s<=]+)/.exec(text)?.[1];
  const help = `${command} -- --help lists the options`;
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" && flag) {
    const guess = closestMatch(flag.replace(/^-+/, ""), flags);
    return `unknown option ${flag}${guess ? `: did you mean --${guess}?` : ""} (${help})`;
  }
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE" && flag) {
    return /does not take an argument/.test(text) ? `${flag} takes no value (${help})` : `${flag} needs a value (${help})`;
  }
  return `${text.split("\n")[0]} (${help})`;
}
