import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
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

test("an interrupted benchmark stops its build and removes its corpus and sites; exit 130", async () => {
  const temp = mkdtempSync(path.join(tmpdir(), "digest-bench-interrupt-"));
  try {
    const bench = spawn(process.execPath, ["--import", "tsx", "src/cli/bench.ts", "--articles", "200", "--no-bare", "--no-wait"], { cwd: root, env: { ...process.env, TMPDIR: temp } });
    let output = "";
    for (const stream of [bench.stdout, bench.stderr]) stream.setEncoding("utf8").on("data", (chunk: string) => void (output += chunk));
    const exited = new Promise<number | null>((resolve) => bench.on("close", resolve));
    // The corpus is written and the disk measured: the first build is starting.
    while (!output.includes("File system:")) await new Promise((resolve) => setTimeout(resolve, 20));
    assert.equal(readdirSync(temp).filter((name) => name.startsWith("digest-bench-")).length, 1, "the work folder exists before the interrupt");
    bench.kill("SIGINT");
    assert.is(await exited, 130, output);
    assert.match(output, /Interrupted: removed .*digest-bench-/);
    assert.equal(readdirSync(temp).filter((name) => name.startsWith("digest-bench-")), [], "nothing of the run is left");
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
});

test.run();
