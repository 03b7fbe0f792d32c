// The published workflow must run what the README tells people to run, nothing else.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { readFileSync } from "node:fs";
import path from "node:path";
import yaml from "js-yaml";

const root = path.resolve(import.meta.dirname, "..");
const readme = readFileSync(path.join(root, "README.md"), "utf8");
const workflow = yaml.load(readFileSync(path.join(root, ".github/workflows/site.yml"), "utf8")) as {
  on: Record<string, unknown>;
  jobs: Record<string, { steps: { run?: string; uses?: string; with?: Record<string, unknown> }[] }>;
};
const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
const commands = steps.flatMap((step) => (step.run ? [step.run.trim()] : []));
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

test.run();
