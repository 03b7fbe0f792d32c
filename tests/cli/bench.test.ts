import { spawnSync } from "node:child_process";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";

const root = path.resolve(import.meta.dirname, "../..");

test("the benchmark builds both sites --runs times and judges each by its fastest run", () => {
  const result = spawnSync(process.execPath, ["--import", "tsx", "src/cli/bench.ts", "--articles", "40", "--runs", "2", "--no-wait"], { cwd: root, encoding: "utf8" });
  assert.is(result.status, 0, result.stderr);
  const report = JSON.parse(result.stdout.trim().split("\n").pop()!) as {
    articles: number;
    runs: number;
    pageCreationMicros: number;
    diskWaitMs: number;
    ours: { runsMs: number[]; wallMs: number; maxRssMiB: number; pages: number; phases: Record<string, number> };
    bare: { runsMs: number[]; wallMs: number; pages: number };
    ratio: number;
  };
  assert.is(report.articles, 40);
  // How fast the disk creates pages right now, measured before the builds: both depend on it.
  assert.ok(report.pageCreationMicros > 0, String(report.pageCreationMicros));
  assert.match(result.stdout, /File system: \d+ µs to create a page/);
  assert.is(report.diskWaitMs, 0, "--no-wait measures at once, however slow the disk");
  assert.is(report.ours.runsMs.length, 2);
  assert.is(report.bare.runsMs.length, 2);
  assert.is(report.ours.wallMs, Math.min(...report.ours.runsMs));
  assert.is(report.bare.wallMs, Math.min(...report.bare.runsMs));
  // Both are rounded in the report: the ratio to three places, the times to milliseconds.
  assert.ok(Math.abs(report.ratio - report.ours.wallMs / report.bare.wallMs) < 0.005, String(report.ratio));
  // 40 article pages and their days, topics, months, years and feeds; bare Eleventy writes one
  // page a Markdown file: 40 articles, the corpus's 60 topics and its 120 entity registry files.
  assert.ok(report.ours.pages > 100, String(report.ours.pages));
  assert.is(report.bare.pages, 220);
  assert.ok(report.ours.maxRssMiB > 0);
  for (const phase of ["load", "validate", "markdown", "model", "render"]) assert.type(report.ours.phases[phase], "number", phase);
  assert.match(result.stdout, /Ratio ours \/ bare: \d+\.\d\d×/);
});


test("--help prints the usage and runs nothing; a mistyped option gets a suggestion, exit 2", () => {
  const help = spawnSync(process.execPath, ["--import", "tsx", "src/cli/bench.ts", "--help"], { cwd: root, encoding: "utf8" });
  assert.is(help.status, 0, help.stderr);
  assert.match(help.stdout, /^Usage: npm run bench -- \[--articles 10000\]/);
  assert.not.match(help.stdout, "Corpus:");
  const typo = spawnSync(process.execPath, ["--import", "tsx", "src/cli/bench.ts", "--artciles", "40"], { cwd: root, encoding: "utf8" });
  assert.is(typo.status, 2);
  assert.match(typo.stderr, /^unknown option --artciles: did you mean --articles\?/);
});

test.run();
