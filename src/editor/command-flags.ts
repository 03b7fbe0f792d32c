import { parseArgs, type ParseArgsConfig } from "node:util";
import { flagErrorMessage } from "./flag-error.ts";

type Options = NonNullable<ParseArgsConfig["options"]>;
type Values<O extends Options> = ReturnType<typeof parseArgs<{ options: O }>>["values"];

export interface CommandLine<O extends Options> {
  /** How the user runs it, as the messages name it: `npm run build`. */
  command: string;
  options: O;
  usage: string;
  /** Applied to a complaint before it is printed: a mistyped flag's message may echo a password. */
  redact?: (message: string) => string;
  /** Whether it takes arguments besides its flags (`npm run same-site -- <revision>`). */
  positionals?: boolean;
}

/**
 * The flags of a build-side command (build, check, preview, edition, bench), or its exit code
 * once there is nothing more to do: `--help` prints the usage (0); a mistyped or incomplete flag
 * gets one line with a suggestion, then the usage (2).
 */
export function commandFlags<O extends Options>(argv: string[], line: CommandLine<O>): Values<O> | number {
  const parsed = commandLine(argv, line);
  return typeof parsed === "number" ? parsed : parsed.values;
}

/** The same, with the arguments besides the flags. */
export function commandLine<O extends Options>(
  argv: string[],
  { command, options, usage, redact = (m) => m, positionals = false }: CommandLine<O>,
): { values: Values<O>; positionals: string[] } | number {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: positionals, options: { ...options, help: { type: "boolean" } } });
  } catch (error) {
    console.error(`${redact(flagErrorMessage(error, [...Object.keys(options), "help"], command))}\n${usage}`);
    return 2;
  }
  if ((parsed.values as { help?: boolean }).help) {
    console.log(usage);
    return 0;
  }
  return { values: parsed.values as unknown as Values<O>, positionals: parsed.positionals };
}
