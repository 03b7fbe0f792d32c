// Lab measurement for docs/performance.md, "Markdown hazards: scanner or time budget":
//   npx tsx src/bench/markdown-hazards.ts [--articles DIR] [--budget MS]
// Times the hazard scan against rendering on a real corpus, then renders each hostile shape of
// the security tests with the scan skipped, in a worker ended after the budget, as a
// time-budget guard would.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { Worker } from "node:worker_threads";
import { findMarkdownHazard } from "../markdown/hazards.ts";
import { createBodyRenderer } from "../markdown/render.ts";

const options = { siteOrigin: "https://example.org" };
const { values } = parseArgs({ options: { articles: { type: "string", default: "articles" }, budget: { type: "string", default: "3000" } } });
const budgetMs = Number(values.budget);

/** Every `*.md` body under `dir` (frontmatter cut off). */
function bodies(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".md"))
    .map((entry) => readFileSync(path.join(entry.parentPath, entry.name), "utf8").replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, ""));
}

function corpusCosts(texts: string[]) {
  const render = createBodyRenderer(options);
  for (const text of texts.slice(0, 200)) render(text, true); // warm up marked and V8
  let started = performance.now();
  const flagged = texts.filter((text) => findMarkdownHazard(text)).length;
  const scanMs = performance.now() - started;
  let slowestMs = 0;
  started = performance.now();
  for (const text of texts) {
    const one = performance.now();
    render(text, true);
    slowestMs = Math.max(slowestMs, performance.now() - one);
  }
  const renderMs = performance.now() - started;
  const bytes = texts.reduce((sum, text) => sum + text.length, 0);
  console.log(`corpus ${values.articles}: ${texts.length} bodies, ${(bytes / 1e6).toFixed(1)} MB; scan ${scanMs.toFixed(0)} ms (${flagged} flagged); render without scan ${renderMs.toFixed(0)} ms; slowest body ${slowestMs.toFixed(1)} ms`);
}

const workerCode = `import(${JSON.stringify(import.meta.resolve("tsx/esm/api"))}).then(async (tsx) => {
  tsx.register();
  const { createBodyRenderer } = await import(${JSON.stringify(new URL("../markdown/render.ts", import.meta.url).href)});
  const { parentPort } = await import("node:worker_threads");
  const render = createBodyRenderer(${JSON.stringify(options)});
  parentPort.postMessage("ready");
  parentPort.on("message", (md) => {
    const started = performance.now();
    const { removed } = render(md, true);
    parentPort.postMessage({ ms: performance.now() - started, fallback: removed.some((r) => r.startsWith("Markdown formatting")) });
  });
})`;

/** Renders `md` unscanned in a fresh worker: its start-up time, and the render's time or undefined once the budget ran out. */
async function renderInWorker(md: string): Promise<{ startMs: number; result?: { ms: number; fallback: boolean } }> {
  const started = performance.now();
  const worker = new Worker(workerCode, { eval: true });
  const messages: unknown[] = [];
  let notify: () => void = () => {};
  worker.on("message", (message) => {
    messages.push(message);
    notify();
  });
  const next = (ms: number) =>
    new Promise<unknown>((resolve) => {
      const timer = setTimeout(() => resolve(undefined), ms);
      notify = () => {
        clearTimeout(timer);
        resolve(messages.shift());
      };
      if (messages.length) notify();
    });
  await next(60_000);
  const startMs = performance.now() - started;
  worker.postMessage(md);
  const result = (await next(budgetMs)) as { ms: number; fallback: boolean } | undefined;
  await worker.terminate();
  return { startMs, result };
}

// The hostile shapes of tests/security/sanitize.test.ts, at the sizes the tests use.
const hostile: [string, string][] = [
  ["lists 10,000 deep", "- ".repeat(10_000) + "list"],
  ["quotes 10,000 deep", ">".repeat(10_000) + " quote"],
  ["emphasis *a 10,000 deep", "*a ".repeat(10_000) + "x" + " a*".repeat(10_000)],
  ["strike ~~a 10,000 deep", "~~a ".repeat(10_000) + "x" + " a~~".repeat(10_000)],
  ["_a_a_a_a ×22,000", "_a_a_a_a ".repeat(22_000)],
  ["*(*a ×40,000", "intro\n\n" + "*(*a ".repeat(40_000)],
  ["a\\n--\\n ×40,000", "a\n--\n".repeat(40_000)],
  ["list continued ×50,000", "- a\n" + "  b\n".repeat(50_000)],
  ["quote with lazy line ×30,000", "> a\nb\n".repeat(30_000)],
  ["! ×100,000", "!".repeat(100_000)],
  ["a~$ ×40,000", "a~$".repeat(40_000)],
  ["`a ×100,000", "`a".repeat(100_000)],
  ["<b> ×100,000 (raw HTML)", "<b>".repeat(100_000) + "x"],
];

corpusCosts(bodies(values.articles!));
console.log(`\nhostile shapes, rendered without the scan, budget ${budgetMs} ms:`);
for (const [name, md] of hostile) {
  const scanStarted = performance.now();
  const hazard = findMarkdownHazard(md);
  const scanMs = performance.now() - scanStarted;
  const { startMs, result } = await renderInWorker(md);
  const rendered = result ? `${result.ms.toFixed(0)} ms${result.fallback ? " (RangeError: plain text)" : ""}` : `over budget: worker ended`;
  console.log(`${name}: scan ${scanMs.toFixed(1)} ms → ${hazard ? `line ${hazard.line}` : "no hazard"}; worker start ${startMs.toFixed(0)} ms; render ${rendered}`);
}
