import v8 from "node:v8";

/**
 * Keeps the garbage of rendering pages young. V8 "pretenures" an allocation site, allocating its
 * objects straight in the old generation, once many of them survived a young collection; during
 * the render phase that decision put most of each page's short-lived strings and frames in the old
 * generation, which grew to 370 MB of garbage between full collections at 10,000 articles
 * (`node --trace-gc`). Without pretenuring the old generation stays near the live model (about
 * 100 MB) and they die in cheap young collections: peak RSS 580–600 → ~390 MiB, CPU about −20 %
 * (docs/performance.md, "render at 10,000"). Set when the pages plugin is configured, before
 * any template is compiled; V8 reads the flag at each collection, and output is unaffected.
 */
export function keepRenderGarbageYoung(): void {
  v8.setFlagsFromString("--no-allocation-site-pretenuring");
}
