// The process `npm test` runs the test files in (src/cli/test.ts starts it): imports every file,
// going on past one that fails to import, runs their suites with uvu, and appends what happened,
// one JSON line at a time, to a file the runner reads even when this process dies midway.
// Arguments: the events file, the folder test names are relative to, then the test files.
import { appendFileSync } from "node:fs";
import { register } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";

export type TestEvent =
  | { type: "import-failed"; file: string; error: string }
  | { type: "never-ran"; file: string; suite: string; tests: number }
  | { type: "hook-failed"; file: string; suite: string; hook: string; test?: string; error: string }
  | { type: "started"; file: string; suite: string }
  | { type: "finished"; file: string; suite: string; passed: number; failed: number; skipped: number }
  | { type: "crashed"; error: string }
  | { type: "done" };

/** An error's message and where it was thrown, outside node's and the packages' own code. */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const at = error.stack
    ?.split("\n")
    .find((line) => /^\s+at /.test(line) && !/node_modules|node:internal|\(node:/.test(line))
    ?.trim()
    .replace(/^at /, "");
  return at ? `${error.message}\n(at ${at})` : error.message;
}

async function main(eventsFile: string, testsDir: string, files: string[]) {
  const tell = (event: TestEvent) => appendFileSync(eventsFile, `${JSON.stringify(event)}\n`);
  process.on("uncaughtExceptionMonitor", (error) => tell({ type: "crashed", error: describeError(error) }));

  register("./test-resolve.mjs", import.meta.url);
  const g = globalThis as { UVU_DEFER?: number; UVU_QUEUE?: unknown[][]; UVU_INDEX?: number };
  g.UVU_DEFER = 1; // uvu waits for exec() instead of running each file's suites at once
  g.UVU_QUEUE = [];
  const uvu = await import("./test-uvu.ts");

  let current = "";
  uvu.reportTo({
    started(suite, fileIndex) {
      current = files[fileIndex]!;
      tell({ type: "started", file: current, suite });
    },
    finished(suite, fileIndex, counts) {
      tell({ type: "finished", file: files[fileIndex]!, suite, ...counts });
    },
    hookFailed(suite, hook, error, test) {
      tell({ type: "hook-failed", file: current, suite, hook, ...(test ? { test } : {}), error: describeError(error) });
    },
  });

  for (const [index, file] of files.entries()) {
    const name = path.relative(testsDir, file);
    g.UVU_INDEX = index;
    g.UVU_QUEUE.push([name]);
    try {
      await import(pathToFileURL(file).href);
    } catch (error) {
      tell({ type: "import-failed", file, error: describeError(error) });
      uvu.takeNeverRun();
      g.UVU_QUEUE[index] = [name]; // a file that did not load runs none of its tests
      continue;
    }
    for (const { suite, tests } of uvu.takeNeverRun()) tell({ type: "never-ran", file, suite, tests });
  }
  await uvu.exec();
  tell({ type: "done" });
}

const [eventsFile, testsDir, ...files] = process.argv.slice(2);
if (eventsFile && testsDir) await main(eventsFile, testsDir, files);
