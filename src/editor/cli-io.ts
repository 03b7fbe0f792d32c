import { DateTime } from "luxon";
import { processEnvironment } from "../settings/index.ts";

/** What an editor command touches outside itself, so tests can run it in-process. */
export interface CliIo {
  /** The project folder: `articles/` is found relative to it. */
  cwd: string;
  /** The folder the editor typed the command in (npm's INIT_CWD): file arguments are relative to it. */
  callerCwd: string;
  env: Record<string, string | undefined>;
  now: DateTime;
  out(line: string): void;
  err(line: string): void;
  readStdin(): Promise<Uint8Array>;
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

export function processIo(): CliIo {
  return {
    cwd: process.cwd(),
    callerCwd: processEnvironment().INIT_CWD ?? process.cwd(),
    env: processEnvironment(),
    now: DateTime.now(),
    out: (line) => console.log(line),
    err: (line) => console.error(line),
    readStdin: () => {
      if (process.stdin.isTTY) console.error("Paste the story, then press Ctrl-D on a line of its own.");
      return readAll(process.stdin);
    },
  };
}

/**
 * Runs a command as the process: its exit code becomes the process's, and anything it did not
 * foresee is still one line on standard error, never a stack trace.
 */
export async function runAsProcess(command: (argv: string[], io: CliIo) => Promise<number>): Promise<void> {
  const io = processIo();
  try {
    process.exitCode = await command(process.argv.slice(2), io);
  } catch (error) {
    io.err(`${error instanceof Error ? error.message : String(error)}`.split("\n")[0]!);
    process.exitCode = 1;
  }
}
