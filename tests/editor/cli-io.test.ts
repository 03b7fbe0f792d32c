import { test } from "uvu";
import * as assert from "uvu/assert";
import { processIo, runAsProcess } from "../../src/editor/cli-io.ts";

function capture(run: () => Promise<void>) {
  const lines: string[] = [];
  const original = console.error;
  const exitCode = process.exitCode;
  console.error = (line: string) => lines.push(line);
  return run()
    .then(() => ({ lines, code: process.exitCode }))
    .finally(() => {
      console.error = original;
      process.exitCode = exitCode;
    });
}

test("the command's exit code becomes the process's", async () => {
  const { code, lines } = await capture(() => runAsProcess(async () => 3));
  assert.is(code, 3);
  assert.equal(lines, []);
});

test("an error nobody foresaw is its first line on standard error, exit 1, no stack", async () => {
  const { code, lines } = await capture(() =>
    runAsProcess(async () => {
      throw new Error("ENOTDIR: not a directory, scandir '/x'\n    at somewhere");
    }),
  );
  assert.is(code, 1);
  assert.equal(lines, ["ENOTDIR: not a directory, scandir '/x'"]);
});

test("the process's view: project folder, caller's folder from npm, the clock", () => {
  const io = processIo();
  assert.is(io.cwd, process.cwd());
  assert.is(io.callerCwd, process.env.INIT_CWD ?? process.cwd());
  assert.ok(Math.abs(io.now.diffNow().as("seconds")) < 60);
});

test.run();
