// `npm test` (src/cli/test.ts) on small test files in a temporary folder: whatever goes wrong
// outside a test — a throwing hook, a file that does not import, a suite never run, a crash — is
// named with its reason, counted as failed and fails the run; the other files still run.
import { execFile } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { tempFolder } from "../helpers/temp-folder.ts";

const root = path.resolve(import.meta.dirname, "../..");

/** A folder of test files (name → source), as ES modules like the project's own. */
function testFolder(files: Record<string, string>): string {
  const dir = tempFolder("digest-runner-");
  writeFileSync(path.join(dir, "package.json"), '{ "type": "module" }\n');
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

/** Runs the test runner on `dir`: its exit code, output (stdout and stderr) and last line, which CI reads. */
function runTests(dir: string, env: Record<string, string> = {}): Promise<{ code: number; out: string; last: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ["--import", "tsx", "src/cli/test.ts", "--dir", dir], { cwd: root, env: { ...process.env, ...env } }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, out: `${stdout}\n${stderr}`, last: stdout.trimEnd().split("\n").at(-1) ?? "" });
    });
  });
}

test("a throwing before hook, an import-time throw, a throwing after hook and a forgotten run() are each named and counted; the other files run", async () => {
  const dir = testFolder({
    "a-setup.test.ts": `import { suite } from "uvu";
const browser = suite("browser: setup");
browser.before(async () => { throw new Error("the site did not build: layouts/base.njk is missing"); });
browser("the first page opens", () => {});
browser("the second page opens", () => {});
browser.run();
`,
    "b-passing.test.ts": `import { test } from "uvu";
test("a test after the broken suite still runs", () => { console.log("SECOND FILE RAN"); });
test.run();
`,
    "c-import.test.ts": `import { test } from "uvu";
test("never runs", () => {});
await Promise.reject(new Error("the fixture site could not be made"));
test.run();
`,
    "d-after.test.ts": `import { suite } from "uvu";
const s = suite("cleanup");
s("passes before its cleanup throws", () => {});
s.after(() => { throw new Error("could not remove the temp folder"); });
s.run();
`,
    "e-forgotten.test.ts": `import { test } from "uvu";
test("registered, never run", () => {});
`,
    "f-last.test.ts": `import { test } from "uvu";
test("the last file runs too", () => { console.log("LAST FILE RAN"); });
test.run();
`,
  });
  const { code, out, last } = await runTests(dir);
  assert.is(code, 1, out);
  // Both tests of the broken suite fail, each with the hook's reason.
  assert.is(out.split("this suite's before hook threw, so the test could not run: the site did not build: layouts/base.njk is missing").length - 1, 2, out);
  assert.match(out, "SECOND FILE RAN");
  assert.match(out, "LAST FILE RAN");
  assert.not.match(out, "Exiting early", out);
  const at = (name: string) => path.join(dir, name);
  assert.match(out, `✘ ${at("a-setup.test.ts")} › browser: setup: before hook threw, so its tests failed: the site did not build: layouts/base.njk is missing`);
  assert.match(out, `✘ ${at("c-import.test.ts")}: could not be imported, so none of its tests ran: the fixture site could not be made`);
  assert.match(out, `(at <anonymous> (${at("c-import.test.ts")}:3:22))`, "the line that threw");
  assert.match(out, `✘ ${at("d-after.test.ts")} › cleanup: after hook threw: could not remove the temp folder`);
  assert.match(out, `✘ ${at("e-forgotten.test.ts")}: 1 test never ran: the file does not call test.run()`);
  // Passed: b, the test of d, f. Failed: a's two tests, c, d's after hook, e.
  assert.is(last, "3 passed, 5 failed", out);
});

test("a run where every test passes exits 0, and tests see no DIGEST_* variable of the machine", async () => {
  const dir = testFolder({
    "env.test.ts": `import { test } from "uvu";
test("reads the environment", () => {
  const seen = Object.keys(process.env).filter((name) => name.startsWith("DIGEST_"));
  console.log("DIGEST variables seen: " + (seen.join(", ") || "none"));
  if (seen.length) throw new Error("tests saw " + seen.join(", "));
});
test.run();
`,
    "nested/other.test.ts": `import { suite } from "uvu";
const s = suite("nested");
s("one", () => {});
s.skip("skipped", () => {});
s.run();
`,
    "helper.ts": `throw new Error("not a test file: never imported");\n`,
  });
  const { code, out, last } = await runTests(dir, { DIGEST_BASE_URL: "https://news.example.org", DIGEST_PATH_PREFIX: "/news/", DIGEST_TITLE: "Leaked" });
  assert.match(out, "DIGEST variables seen: none", out);
  assert.not.match(out, "Failed outside a test", out);
  assert.is(last, "2 passed, 0 failed, 1 skipped", out);
  assert.is(code, 0, out);
});

test("no test at all fails the run and says so: no file, or files with no test", async () => {
  for (const dir of [testFolder({}), testFolder({ "empty.test.ts": 'import { test } from "uvu";\ntest.run();\n' })]) {
    const { code, out, last } = await runTests(dir);
    assert.is(code, 1, out);
    assert.match(out, "No test ran: a test run that checks nothing must not pass.", out);
    assert.is(last, "0 passed, 0 failed", out);
  }
});

test("a test process that dies midway names the suite it was running and fails", async () => {
  const dir = testFolder({
    "a-crash.test.ts": `import { suite } from "uvu";
const s = suite("stray timer");
s("throws outside any await", async () => {
  setTimeout(() => { throw new Error("an error no test awaited"); });
  await new Promise((resolve) => setTimeout(resolve, 500));
});
s.run();
`,
    "b-after.test.ts": 'import { test } from "uvu";\ntest("never reached", () => {});\ntest.run();\n',
  });
  const { code, out, last } = await runTests(dir);
  assert.is(code, 1, out);
  assert.match(out, "✘ the test process crashed: an error no test awaited", out);
  assert.match(out, `✘ the test process stopped before the end (exit code 1) while running ${path.join(dir, "a-crash.test.ts")} › stray timer: the tests after that point did not run`, out);
  assert.is(last, "0 passed, 1 failed", out);
});

test.run();
