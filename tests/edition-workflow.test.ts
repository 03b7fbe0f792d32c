// The workflow that mails the daily edition: on a schedule and on demand, with the SMTP_URL
// secret, every step skipped until that secret exists, and running the command the README documents.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { readFileSync } from "node:fs";
import path from "node:path";
import yaml from "js-yaml";

const root = path.resolve(import.meta.dirname, "..");
const readme = readFileSync(path.join(root, "README.md"), "utf8");
const workflow = yaml.load(readFileSync(path.join(root, ".github/workflows/edition.yml"), "utf8")) as {
  on: Record<string, unknown>;
  jobs: Record<string, { env: Record<string, string>; steps: { if?: string; run?: string; uses?: string }[] }>;
};
const [job] = Object.values(workflow.jobs);

test("it runs on a schedule and on demand, never on a push", () => {
  assert.equal(Object.keys(workflow.on).sort(), ["schedule", "workflow_dispatch"]);
});

test("the SMTP address comes from the SMTP_URL secret, and nothing runs without it but a notice", () => {
  assert.is(job!.env.DIGEST_SMTP_URL, "${{ secrets.SMTP_URL }}");
  const [notice, ...rest] = job!.steps;
  assert.is(notice!.if, "env.DIGEST_SMTP_URL == ''");
  assert.match(notice!.run ?? "", "::notice::");
  for (const step of rest) assert.is(step.if, "env.DIGEST_SMTP_URL != ''", JSON.stringify(step));
});

test("it sends with npm run edition, which the README documents, and never puts the address on the command line", () => {
  const send = job!.steps.at(-1)!.run ?? "";
  assert.match(send, /^npm run edition -- /);
  assert.not.match(send, /smtp/i);
  assert.ok(readme.includes("npm run edition"));
  assert.ok(readme.includes("SMTP_URL"));
});

test.run();
