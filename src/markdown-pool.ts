import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { createMarkdownRenderer, type MarkdownOptions } from "./markdown.ts";

// Node 20 does not pass tsx's module hooks on to worker threads: the worker registers them
// itself before importing the TypeScript module.
const workerBootstrap = `import(${JSON.stringify(import.meta.resolve("tsx/esm/api"))})
  .then((tsx) => { tsx.register(); return import(${JSON.stringify(new URL("./markdown-worker.ts", import.meta.url).href)}); })`;

/** Below this many bodies a worker's start-up costs more than it saves. */
const bodiesPerWorker = 2000;

export interface MarkdownPool {
  /** Renders every body, in order, sharing the work between this thread and the workers. */
  renderAll(bodies: string[]): Promise<string[]>;
}

/**
 * Markdown and sanitizing are the costliest per-article work and need nothing but the text, so
 * a big site renders them on every core. Workers start at once, so they load while files are read.
 */
export function createMarkdownPool(options: MarkdownOptions, expectedBodies = Infinity): MarkdownPool {
  const render = createMarkdownRenderer(options);
  const workerCount = Math.max(0, Math.min(availableParallelism() - 1, Math.floor(expectedBodies / bodiesPerWorker)));
  const workers = Array.from({ length: workerCount }, () => new Worker(workerBootstrap, { eval: true, workerData: options }));

  const renderIn = (worker: Worker, bodies: string[]) =>
    new Promise<string[]>((resolve, reject) => {
      worker.once("message", resolve);
      worker.once("error", reject);
      worker.postMessage(bodies);
    });

  return {
    async renderAll(bodies) {
      try {
        if (workers.length === 0 || bodies.length < bodiesPerWorker) return bodies.map(render);
        const share = Math.ceil(bodies.length / (workers.length + 1));
        const pending = workers.map((worker, i) => renderIn(worker, bodies.slice((i + 1) * share, (i + 2) * share)));
        const mine = bodies.slice(0, share).map(render);
        return mine.concat(...(await Promise.all(pending)));
      } finally {
        await Promise.all(workers.map((worker) => worker.terminate()));
      }
    },
  };
}
