// `npm test` runs every tests/**/*.test.ts with uvu in one child process (src/cli/test-process.ts),
// then names everything that failed outside a test — a file that did not import, a hook that
// threw, suites that never ran, a process that died midway — and ends with the plain
// "N passed, N failed" line CI reads. It fails on any of those, and when no test ran at all.
// Usage: tsx src/cli/test.ts [--dir <tests folder>] [<regular expression on the file's path>]
import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { processEnvironment } from "../settings/index.ts";
import type { TestEvent } from "./test-process.ts";

const root = path.resolve(import.meta.dirname, "../..");
const args = process.argv.slice(2);
const dirAt = args.indexOf("--dir");
if (dirAt >= 0 && !args[dirAt + 1]) {
  console.error("--dir needs a folder: tsx src/cli/test.ts --dir <tests folder> [<pattern>]");
  process.exit(1);
}
const testsDir = path.resolve(dirAt >= 0 ? args[dirAt + 1]! : path.join(root, "tests"));
const [patternText = "\\.test\\.ts$"] = args.filter((_, i) => dirAt < 0 || (i !== dirAt && i !== dirAt + 1));
const pattern = new RegExp(patternText, "i");

/** The test files under `dir` whose path (relative to `dir`) matches, in uvu's order. */
function testFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((name) => !/(^|[\\/])(node_modules|\.git)([\\/]|$)/.test(name) && pattern.test(name) && statSync(path.join(dir, name)).isFile())
    .sort((a, b) => a.localeCompare(b))
    .map((name) => path.join(dir, name));
}

const files = existsDir(testsDir) ? testFiles(testsDir) : [];

/** A test file's name as a person finds it from the project folder. */
const shown = (file: string) => (path.relative(root, file).startsWith("..") ? file : path.relative(root, file));
const indent = (text: string) => text.replace(/\n/g, "\n      ");

function summarize(events: TestEvent[], code: number | null, signal: NodeJS.Signals | null): { passed: number; failed: number; skipped: number; problems: string[] } {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  const problems: { file?: string; text: string }[] = [];
  let running: Extract<TestEvent, { type: "started" }> | undefined;
  let setupFailed: string | undefined;
  for (const event of events) {
    if (event.type === "started") running = event;
    else if (event.type === "finished") {
      passed += event.passed;
      failed += event.failed;
      skipped += event.skipped;
      // A suite whose before hook threw fails each of its tests; with no test, it fails once.
      if (setupFailed === `${event.file}\0${event.suite}` && event.failed === 0) failed++;
      running = setupFailed = undefined;
    } else if (event.type === "import-failed") {
      failed++;
      problems.push({ file: event.file, text: `${shown(event.file)}: could not be imported, so none of its tests ran: ${indent(event.error)}` });
    } else if (event.type === "never-ran") {
      failed++;
      const tests = `${event.tests} test${event.tests === 1 ? "" : "s"}${event.suite ? ` of suite "${event.suite}"` : ""}`;
      problems.push({ file: event.file, text: `${shown(event.file)}: ${tests} never ran: the file does not call ${event.suite ? "the suite's" : "test"}.run()` });
    } else if (event.type === "hook-failed") {
      const where = `${shown(event.file)}${event.suite ? ` › ${event.suite}` : ""}`;
      if (event.hook === "before") {
        setupFailed = `${event.file}\0${event.suite}`;
        problems.push({ file: event.file, text: `${where}: before hook threw, so its tests failed: ${indent(event.error)}` });
      } else {
        failed++;
        problems.push({ file: event.file, text: `${where}: ${event.hook} hook threw${event.test ? ` after "${event.test}"` : ""}: ${indent(event.error)}` });
      }
    } else if (event.type === "crashed") problems.push({ text: `the test process crashed: ${indent(event.error)}` });
  }
  if (!events.some((event) => event.type === "done")) {
    failed++;
    const how = signal ? `killed by ${signal}` : `exit code ${code}`;
    const where = running ? ` while running ${shown(running.file)}${running.suite ? ` › ${running.suite}` : ""}` : "";
    problems.push({ text: `the test process stopped before the end (${how})${where}: the tests after that point did not run` });
  } else if (code !== 0 && failed === 0) {
    failed++;
    problems.push({ text: `the test process exited with code ${code} although every test passed` });
  }
  // In the files' order; what concerns the whole process last.
  const rank = (p: { file?: string }) => (p.file === undefined ? files.length : files.indexOf(p.file));
  return { passed, failed, skipped, problems: problems.sort((a, b) => rank(a) - rank(b)).map((p) => p.text) };
}

if (files.length === 0) {
  console.log(existsDir(testsDir) ? `\nNo test file under ${shown(testsDir)} matches /${patternText}/i.` : `\nNo folder ${shown(testsDir)}.`);
  finish({ passed: 0, failed: 0, skipped: 0, problems: [] });
} else {
  const work = mkdtempSync(path.join(tmpdir(), "digest-test-run-"));
  const eventsFile = path.join(work, "events.jsonl");
  const child = spawn(process.execPath, ["--expose-gc", "--import", "tsx", path.join(root, "src/cli/test-process.ts"), eventsFile, testsDir, ...files], {
    cwd: root,
    stdio: "inherit",
    // Tests assert on the default settings: the publishing workflow's DIGEST_BASE_URL or
    // DIGEST_PATH_PREFIX must not change what they read.
    env: Object.fromEntries(Object.entries(processEnvironment()).filter(([name]) => !name.startsWith("DIGEST_"))),
  });
  child.on("close", (code, signal) => {
    let text = "";
    try {
      text = readFileSync(eventsFile, "utf8");
    } catch {
      // No event at all: the process died before its first file; summarize says so.
    }
    rmSync(work, { recursive: true, force: true });
    // A line cut short by the process dying mid-write is dropped.
    const events = text.split("\n").flatMap((line) => {
      try {
        return line ? [JSON.parse(line) as TestEvent] : [];
      } catch {
        return [];
      }
    });
    finish(summarize(events, code, signal));
  });
}

function existsDir(dir: string): boolean {
  try {
    return statSync(dir).isDirectory();
  } catch {
    return false;
  }
}

function finish({ passed, failed, skipped, problems }: { passed: number; failed: number; skipped: number; problems: string[] }) {
  if (problems.length) console.log(`\nFailed outside a test:\n${problems.map((p) => `  ✘ ${p}`).join("\n")}`);
  const none = passed + failed === 0;
  if (none) console.log("\nNo test ran: a test run that checks nothing must not pass.");
  console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
  process.exitCode = none || failed > 0 || problems.length > 0 ? 1 : 0;
}
