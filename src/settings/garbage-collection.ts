import v8 from "node:v8";
import vm from "node:vm";

/**
 * Keeps a build's short-lived garbage young. V8 "pretenures" an allocation site, allocating its
 * objects straight in the old generation, once many of them survived a young collection; during
 * the render phase that decision put most of each page's short-lived strings and frames in the old
 * generation, which grew to 370 MB of garbage between full collections at 10,000 articles
 * (`node --trace-gc`). Without pretenuring the old generation stays near the live model (about
 * 100 MB) and they die in cheap young collections: peak RSS 580–600 → ~390 MiB, CPU about −20 %
 * (docs/performance.md, "render at 10,000"). Reading and checking 100,000 files did the same
 * (1.2 GB of garbage in the old generation before the first page), so a build sets it before it
 * reads a file, and the pages plugin for the dev server. V8 reads the flag at each collection;
 * output is unaffected.
 */
export function keepGarbageYoung(): void {
  v8.setFlagsFromString("--no-allocation-site-pretenuring");
}

/**
 * Bounds how far V8 lets the heap grow past what the last full collection kept: by 30 %, not
 * the two to four times it chooses for a fast-allocating program. A build's live data only
 * grows until the render, so that headroom was all garbage: at 100,000 articles 2.1–2.7 GB peak
 * for about 0.85 GB live, at 10,000 410 MiB for about 0.15 GB. With it the collector runs more
 * often, on heaps that are mostly live, and costs about the same CPU; 30 % rather than 50 %
 * took 100,000 articles from 1,613 to 1,536 MiB (docs/performance.md).
 */
export function boundHeapGrowth(): void {
  v8.setFlagsFromString("--heap-growing-percent=30");
}

/**
 * Node's flags for the dev server (`npm start`, and the benchmark that starts it the same way): a
 * young generation of up to 128 MB, not 16. A rebuild remakes the whole model, most of which lives
 * until the next save, and with small semi-spaces it was copied through two dozen young
 * collections of 10-30 ms each. At 10,000 articles, from save to rebuilt: 16 MB 1.60-1.65 s
 * against 64 MB 1.35-1.38 s (medians of 7 saves, two rounds); 64 MB 1.34-1.74 s against 128 MB
 * 1.14-1.50 s (medians of 6 saves, four interleaved rounds), for 60-100 MiB more peak RSS (~0.9 GiB).
 */
export const devServerNodeFlags = ["--max-semi-space-size=128"];

/** Below this much heap a full collection between phases frees too little to pay for itself. */
const worthCollectingBytes = 256 * 2 ** 20;
let fullCollection: (() => void) | undefined;

/**
 * A full collection now, when the heap is big: between a build's phases, when a phase has
 * just let go of much (the files' Markdown once their HTML is made), V8 would otherwise set its
 * next limit from the larger heap before. V8 offers it only through its `gc` extension, made
 * here in a context of its own, so no global `gc` appears.
 */
export function collectGarbageBetweenPhases(): void {
  if (process.memoryUsage().heapUsed < worthCollectingBytes) return;
  if (!fullCollection) {
    v8.setFlagsFromString("--expose-gc");
    fullCollection = vm.runInNewContext("gc") as () => void;
  }
  fullCollection();
}
