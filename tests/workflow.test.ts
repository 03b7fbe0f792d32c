// The published workflow must run what the README tells people to run, nothing else.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import yaml from "js-yaml";
import { tempFolder } from "./helpers/temp-folder.ts";

const root = path.resolve(import.meta.dirname, "..");
const readme = readFileSync(path.join(root, "README.md"), "utf8");
const workflow = yaml.load(readFileSync(path.join(root, ".github/workflows/site.yml"), "utf8")) as {
  on: Record<string, unknown>;
  jobs: Record<string, { steps: Step[] }>;
};
interface Step {
  id?: string;
  run?: string;
  uses?: string;
  if?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
const changes = steps.find((step) => step.id === "changes");
// The step that decides whether code changed is the workflow's own logic, tested below.
const commands = steps.flatMap((step) => (step.run && step !== changes ? [step.run.trim()] : []));
const scripts = Object.keys((JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts);

test("every command the workflow runs is documented in the README and exists", () => {
  assert.equal(commands, ["npm ci", "npm run check", "npm test", "npm run build"]);
  for (const command of commands) {
    assert.ok(readme.includes(`\`${command}\``) || command === "npm ci", `README does not document ${command}`);
    const script = /^npm (?:run )?(\S+)$/.exec(command)?.[1];
    if (script && script !== "ci") assert.ok(scripts.includes(script), `no npm script ${script}`);
  }
});

test("it runs on push, on a schedule, and publishes dist/ to Pages", () => {
  assert.ok("push" in workflow.on && "schedule" in workflow.on);
  const upload = steps.find((s) => s.uses?.startsWith("actions/upload-pages-artifact"));
  assert.is(upload?.with?.path, "dist");
  assert.ok(steps.some((s) => s.uses?.startsWith("actions/deploy-pages")));
});

/** Runs the workflow's "changes" step in a repository whose last commit touched `files`; returns what it decided. */
function codeChanged(files: string[], event: string, base?: string): string {
  const repo = tempFolder("digest-workflow-");
  const git = (...args: string[]) => execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@example.org", ...args], { cwd: repo, encoding: "utf8" }).trim();
  git("init", "-q");
  writeFileSync(path.join(repo, "README.md"), "x\n");
  git("add", "-A");
  git("commit", "-qm", "first");
  const first = git("rev-parse", "HEAD");
  for (const file of files) {
    mkdirSync(path.dirname(path.join(repo, file)), { recursive: true });
    writeFileSync(path.join(repo, file), "changed\n");
  }
  git("add", "-A");
  git("commit", "-qm", "second");
  const output = path.join(repo, ".git", "step-output");
  execFileSync("bash", ["-c", changes!.run!], { cwd: repo, env: { ...process.env, EVENT: event, BASE: base ?? first, GITHUB_OUTPUT: output } });
  return readFileSync(output, "utf8").trim();
}

test("the test suite runs when code changed, not for articles alone or the hourly rebuild", () => {
  const tests = steps.find((step) => step.run?.trim() === "npm test");
  assert.is(tests?.if, "steps.changes.outputs.code == 'true'");
  assert.equal(Object.keys(changes?.env ?? {}).sort(), ["BASE", "EVENT"]);
  assert.is(codeChanged(["articles/2023/2023-09-05-new.md"], "push"), "code=false");
  assert.is(codeChanged(["articles/2023/a.md", "src/model/build.ts"], "push"), "code=true");
  assert.is(codeChanged(["layouts/base.njk"], "pull_request"), "code=true");
  assert.is(codeChanged(["src/x.ts"], "schedule"), "code=false");
  // A new branch's first push names no earlier commit; a manual run names none at all.
  assert.is(codeChanged(["articles/a.md"], "push", "0000000000000000000000000000000000000000"), "code=true");
  assert.is(codeChanged(["articles/a.md"], "workflow_dispatch", ""), "code=true");
});

test.run();
