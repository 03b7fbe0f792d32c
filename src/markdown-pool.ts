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

  return {
    async renderAll(bodies) {
      try {
        if (workers.length === 0 || bodies.length < bodiesPerWorker) return bodies.map(render);
        // Small batches from one queue, taken by whoever is free: the threads finish together,
        // and no message holds more than a batch (one message of half the site doubled the peak memory).
        const html: string[] = new Array(bodies.length);
        let next = 0;
        const take = () => {
          const start = next;
          next = Math.min(bodies.length, next + batchSize);
          return start;
        };
        const inWorker = async (renderIn: (bodies: string[]) => Promise<string[]>) => {
          for (let start = take(); start < bodies.length; start = take()) {
            const rendered = await renderIn(bodies.slice(start, start + batchSize));
            for (let i = 0; i < rendered.length; i++) html[start + i] = rendered[i]!;
          }
        };
        const here = async () => {
          for (let start = take(); start < bodies.length; start = take()) {
            const end = Math.min(bodies.length, start + batchSize);
            for (let i = start; i < end; i++) html[i] = render(bodies[i]!);
            await new Promise(setImmediate); // let the workers' results in, and hand them their next batch
          }
        };
        // Two batches per worker in flight, so it has the next while this thread is busy with its own.
        const senders = workers.map(batchSender);
        await Promise.all([...senders.flatMap((send) => [inWorker(send), inWorker(send)]), here()]);
        return html;
      } finally {
        await Promise.all(workers.map((worker) => worker.terminate()));
      }
    },
  };
}

const batchSize = 100;

/** Sends a worker batches and hands back its answers, which come in the order sent. */
function batchSender(worker: Worker): (bodies: string[]) => Promise<string[]> {
  const waiting: { resolve: (html: string[]) => void; reject: (error: Error) => void }[] = [];
  worker.on("message", (html: string[]) => waiting.shift()?.resolve(html));
  worker.on("error", (error: Error) => {
    for (const batch of waiting.splice(0)) batch.reject(error);
  });
  return (bodies) =>
    new Promise((resolve, reject) => {
      waiting.push({ resolve, reject });
      worker.postMessage(bodies);
    });
}
