// `npm run bench -- --articles 10000`: generate a deterministic synthetic corpus, build it with
// the real pipeline and with a bare Eleventy project in the same run, and print wall time per
// phase, peak memory and pages written for both — as a table and as one JSON line.
import { spawn, type ChildProcess } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { writeCorpus } from "../bench/corpus.ts";
import { measureDevRebuild, settleMs, type DevRebuild } from "../bench/dev-rebuild.ts";
import { pageCreationMicros, slowPageCreationMicros, waitForQuietDisk } from "../bench/file-creation-probe.ts";
import { processEnvironment } from "../settings/index.ts";
import { commandFlags } from "../editor/index.ts";
import { isMain } from "./is-main.ts";

const root = path.resolve(import.meta.dirname, "../..");
const maxRssPreload = path.join(root, "src/bench/max-rss.cjs");

interface Run {
  wallMs: number;
  maxRssMiB: number;
  pages: number;
  timings?: Record<string, number>;
}

/** The build running now, which an interrupt stops before removing the work folder. */
let running: ChildProcess | undefined;

/** Runs one build and times it. Not spawnSync: this process must stay able to hear an interrupt. */
async function measure(command: string[], cwd: string, env: Record<string, string> = {}): Promise<Run & { output: string }> {
  const start = performance.now();
  const child = spawn(process.execPath, ["--require", maxRssPreload, ...command], { cwd, env: { ...processEnvironment(), ...env }, stdio: ["ignore", "pipe", "pipe"] });
  running = child;
  let output = "";
  for (const stream of [child.stdout, child.stderr]) stream.setEncoding("utf8").on("data", (chunk: string) => void (output += chunk));
  const status = await new Promise<number | null>((resolve, reject) => child.on("error", reject).on("close", resolve));
  const wallMs = performance.now() - start;
  running = undefined;
  // Without colour codes, which Eleventy adds when FORCE_COLOR is set (as test runners do).
  output = output.replace(/\x1b\[[0-9;]*m/g, "");
  if (status !== 0) throw new Error(`${command.join(" ")} failed:\n${output.slice(-4000)}`);
  const rss = Number(/BENCH_MAX_RSS_KB=(\d+)/.exec(output)?.[1] ?? NaN);
  return { wallMs, maxRssMiB: rss / 1024, pages: 0, output };
}

async function ourBuild(corpus: string, output: string, search: boolean): Promise<Run> {
  const run = await measure(
    // As `npm run build` runs it: the bundle, not TypeScript compiled on the fly.
    [path.join(root, "src/cli/launch.mjs"), "build", "--articles", corpus, "--output", output, "--now", "2030-01-01T00:00:00+07:00", "--timings"],
    root,
    // The corpus's own picture cache: the first run processes its pictures, later runs find them.
    { DIGEST_SEARCH: search ? "on" : "off", DIGEST_IMAGE_CACHE: path.join(path.dirname(corpus), "image-cache") },
  );
  const report = JSON.parse(run.output.split("\n").filter((line) => line.startsWith("{")).pop() ?? "{}") as { pages: number; timings: Record<string, number> };
  return { wallMs: run.wallMs, maxRssMiB: run.maxRssMiB, pages: report.pages, timings: report.timings };
}

/** Eleventy's defaults: one Markdown template per article, one layout, nothing else. */
async function bareEleventy(corpus: string, project: string): Promise<Run> {
  cpSync(corpus, path.join(project, "src"), { recursive: true });
  mkdirSync(path.join(project, "src/_includes"));
  writeFileSync(path.join(project, "src/src.11tydata.json"), JSON.stringify({ layout: "layout.njk" }));
  writeFileSync(
    path.join(project, "src/_includes/layout.njk"),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{{ title }}</title></head><body><main><h1>{{ title }}</h1>{{ content | safe }}</main></body></html>\n',
  );
  symlinkSync(path.join(root, "node_modules"), path.join(project, "node_modules"));
  const run = await measure([path.join(root, "node_modules/@11ty/eleventy/cmd.cjs"), "--input=src", "--output=_site"], project);
  const pages = Number(/Wrote (\d+) files/.exec(run.output)?.[1] ?? 0);
  return { wallMs: run.wallMs, maxRssMiB: run.maxRssMiB, pages };
}

const usage = "Usage: npm run bench -- [--articles 10000] [--runs 1] [--search] [--dev] [--no-bare] [--no-wait] [--images 0.2] [--keep]";

function benchFlags() {
  const values = commandFlags(process.argv.slice(2), {
    command: "npm run bench",
    options: {
      articles: { type: "string", default: "10000" },
      search: { type: "boolean", default: false },
      dev: { type: "boolean", default: false },
      "no-bare": { type: "boolean", default: false },
      runs: { type: "string", default: "1" },
      keep: { type: "boolean", default: false },
      "no-wait": { type: "boolean", default: false },
      images: { type: "string", default: "0" },
    },
    usage,
  });
  if (typeof values === "number") process.exit(values);
  const articles = Number(values.articles);
  if (!Number.isInteger(articles) || articles < 1) throw new Error("--articles must be a positive whole number");
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error("--runs must be a positive whole number");
  const images = Number(values.images);
  if (!(images >= 0 && images <= 1)) throw new Error("--images must be a share of articles from 0 to 1, e.g. 0.2");
  return { ...values, articles, runs, images };
}

/**
 * Both builds write thousands of files: how fast the disk creates them right now moves both.
 * On ext4 without a journal (these machines'), it is slow for a few minutes after many files
 * were deleted (a previous benchmark's, a test run's): wait that out unless told not to.
 */
async function quietDisk(work: string, wait: boolean): Promise<{ pageMicros: number; diskWaitMs: number }> {
  let probes = 0;
  const probe = () => pageCreationMicros(path.join(work, `probe-${probes++}`));
  const waitStart = performance.now();
  const firstProbe = probe();
  console.log(`File system: ${Math.round(firstProbe)} µs to create a page (folder and file)`);
  const results = wait ? await waitForQuietDisk(firstProbe, probe, { maxWaitMs: 6 * 60_000, intervalMs: 20_000 }) : [firstProbe];
  const diskWaitMs = results.length > 1 ? performance.now() - waitStart : 0;
  const pageMicros = results.at(-1)!;
  if (pageMicros > slowPageCreationMicros) {
    console.log(
      `  Slow: above ${slowPageCreationMicros} µs, writing pages costs both builds seconds, ours the larger share.\n` +
        "  Numbers from this run compare with no other: run again when the disk has been left alone for a few minutes.",
    );
  } else if (diskWaitMs) console.log(`File system: ${Math.round(pageMicros)} µs a page after ${Math.round(diskWaitMs / 1000)} s of waiting`);
  return { pageMicros, diskWaitMs };
}

/**
 * The disk of a shared machine is the noisiest part: both builds run `runs` times, taking turns
 * to go first, nothing deleted in between; each is judged by its fastest run (peak RSS: the highest).
 */
async function buildInTurns(corpus: string, work: string, runs: number, bareToo: boolean) {
  const ourRuns: Run[] = [];
  const bareRuns: Run[] = [];
  for (let run = 0; run < runs; run++) {
    const order = [
      async () => ourRuns.push(await ourBuild(corpus, path.join(work, `dist-${run}`), false)),
      async () => bareToo && bareRuns.push(await bareEleventy(corpus, path.join(work, `bare-${run}`))),
    ];
    for (const build of run % 2 ? order.reverse() : order) await build();
  }
  const fastest = (list: Run[]) => list.reduce<Run | undefined>((best, r) => (!best || r.wallMs < best.wallMs ? r : best), undefined);
  const highest = (list: Run[]) => Math.max(...list.map((r) => r.maxRssMiB));
  const ours = { ...fastest(ourRuns)!, maxRssMiB: highest(ourRuns) };
  const bare = bareRuns.length ? { ...fastest(bareRuns)!, maxRssMiB: highest(bareRuns) } : undefined;
  return { ourRuns, bareRuns, ours, bare };
}

type Results = Awaited<ReturnType<typeof buildInTurns>> & { withSearch?: Run; dev?: DevRebuild };

function printResults({ ourRuns, bareRuns, ours, bare, withSearch, dev }: Results, runs: number): void {
  const ms = (n: number | undefined) => (n === undefined ? "—" : `${Math.round(n)} ms`);
  console.log("\nOur build (no search index)");
  for (const [phase, time] of Object.entries(ours.timings ?? {})) console.log(`  ${phase.padEnd(24)} ${ms(time).padStart(10)}`);
  console.log(`  ${"total (wall, with start-up)".padEnd(24)} ${ms(ours.wallMs).padStart(10)}`);
  if (runs > 1) console.log(`  fastest of ${runs} runs: ${ourRuns.map((r) => ms(r.wallMs)).join(", ")}; peak RSS is the highest of them`);
  console.log(`  peak RSS ${ours.maxRssMiB.toFixed(0)} MiB, ${ours.pages} pages`);
  if (withSearch) console.log(`\nSearch index: ${ms(withSearch.timings?.search)} (whole build with it: ${ms(withSearch.wallMs)}, peak RSS ${withSearch.maxRssMiB.toFixed(0)} MiB)`);
  if (bare) {
    console.log(`\nBare Eleventy: ${ms(bare.wallMs)}, peak RSS ${bare.maxRssMiB.toFixed(0)} MiB, ${bare.pages} pages${runs > 1 ? ` (fastest of ${bareRuns.map((r) => ms(r.wallMs)).join(", ")})` : ""}`);
    console.log(`Ratio ours / bare: ${(ours.wallMs / bare.wallMs).toFixed(2)}×`);
  }
  if (dev) {
    console.log(`\nDev server (npm start): first build served after ${ms(dev.firstBuildMs)}; after editing one article, its page served after ${ms(dev.pageServedMs)}, the whole rebuild done after ${ms(dev.rebuildMs)}`);
    console.log(`  a second edit, ${ms(settleMs)} after that rebuild: its page served after ${ms(dev.settledPageServedMs)}`);
  }
}

/** One machine-readable line last, to compare runs. */
function resultsLine({ ourRuns, bareRuns, ours, bare, withSearch, dev }: Results, articles: number, runs: number, disk: { pageMicros: number; diskWaitMs: number }): string {
  return JSON.stringify({
    articles,
    runs,
    pageCreationMicros: Math.round(disk.pageMicros),
    diskWaitMs: Math.round(disk.diskWaitMs),
    ours: { runsMs: ourRuns.map((r) => Math.round(r.wallMs)), wallMs: Math.round(ours.wallMs), maxRssMiB: Math.round(ours.maxRssMiB), pages: ours.pages, phases: Object.fromEntries(Object.entries(ours.timings ?? {}).map(([k, v]) => [k, Math.round(v)])) },
    search: withSearch ? { ms: Math.round(withSearch.timings?.search ?? NaN), wallMs: Math.round(withSearch.wallMs), maxRssMiB: Math.round(withSearch.maxRssMiB) } : null,
    bare: bare ? { runsMs: bareRuns.map((r) => Math.round(r.wallMs)), wallMs: Math.round(bare.wallMs), maxRssMiB: Math.round(bare.maxRssMiB), pages: bare.pages } : null,
    ratio: bare ? Number((ours.wallMs / bare.wallMs).toFixed(3)) : null,
    dev: dev ? Object.fromEntries(Object.entries(dev).map(([k, v]) => [k, Math.round(v)])) : null,
  });
}

async function main(): Promise<void> {
  const flags = benchFlags();
  const work = mkdtempSync(path.join(tmpdir(), "digest-bench-"));
  // Ctrl-C mid-run: a 100,000-article corpus and its sites are gigabytes of temporary files.
  let stopping = false;
  const interrupted = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    running?.kill("SIGKILL");
    rmSync(work, { recursive: true, force: true, maxRetries: 5 });
    console.error(`\nInterrupted: removed ${work}`);
    process.exit(signal === "SIGINT" ? 130 : 143);
  };
  // `on`, not `once`: npm passes the terminal's Ctrl-C on too, and a second one must not cut the clean-up short.
  process.on("SIGINT", interrupted).on("SIGTERM", interrupted);
  try {
    const corpus = path.join(work, "articles");
    const generateStart = performance.now();
    await writeCorpus(corpus, { articles: flags.articles, images: flags.images });
    console.log(`Corpus: ${flags.articles} articles in ${corpus} (${Math.round(performance.now() - generateStart)} ms to generate)`);
    const disk = await quietDisk(work, !flags["no-wait"]);
    const results: Results = await buildInTurns(corpus, work, flags.runs, !flags["no-bare"]);
    if (flags.search) results.withSearch = await ourBuild(corpus, path.join(work, "dist-search"), true);
    if (flags.dev) results.dev = await measureDevRebuild(root, corpus);
    printResults(results, flags.runs);
    console.log(resultsLine(results, flags.articles, flags.runs, disk));
  } finally {
    if (!flags.keep) rmSync(work, { recursive: true, force: true });
    else console.log(`Kept ${work}`);
  }
}

if (isMain(import.meta.filename)) {
  main().catch((error: Error) => {
    console.error(error.message);
    process.exitCode = 1;
  });
}
