import { Worker } from "node:worker_threads";
import type { MarkdownOptions } from "./types.ts";

// Run from the bundle (src/cli/launch.mjs), the worker is the bundle's markdown-worker.mjs beside
// this code. Run as TypeScript: Node 20 does not pass tsx's module hooks on to worker threads, so
// the worker registers them itself before importing the TypeScript module.
const workerBootstrap = import.meta.url.endsWith(".ts")
  ? `import(${JSON.stringify(import.meta.resolve("tsx/esm/api"))})
  .then((tsx) => { tsx.register(); return import(${JSON.stringify(new URL("./worker.ts", import.meta.url).href)}); })`
  : `import(${JSON.stringify(new URL("./markdown-worker.mjs", import.meta.url).href)})`;

/** Bodies sent together, whether the hazard scan already passed each, and what waits for their HTML. */
export interface Batch {
  bodies: string[];
  scanned: boolean[];
  done: ((html: string) => void)[];
}

export const emptyBatch = (): Batch => ({ bodies: [], scanned: [], done: [] });

/** A worker thread rendering batches, and how many it has not answered yet. */
export interface RenderWorker {
  readonly inFlight: number;
  send(batch: Batch): void;
  terminate(): Promise<number>;
}

export interface RenderWorkerEvents {
  /** The worker answered this batch (its `done` are already called). */
  answered(batch: Batch): void;
  /** The worker failed (it never should: rendering never throws); these batches got no answer. */
  failed(worker: RenderWorker, unanswered: Batch[]): void;
}

/** Starts a worker (worker.ts) that renders the batches it is sent, answering them in order. */
export function startRenderWorker(options: MarkdownOptions, events: RenderWorkerEvents): RenderWorker {
  const worker = new Worker(workerBootstrap, { eval: true, workerData: options });
  const sent: Batch[] = [];
  const handle: RenderWorker = {
    get inFlight() {
      return sent.length;
    },
    send(batch) {
      sent.push(batch);
      worker.postMessage({ bodies: batch.bodies, scanned: batch.scanned });
    },
    terminate: () => worker.terminate(),
  };
  // Answers come in the order batches were sent.
  worker.on("message", (rendered: string[]) => {
    const batch = sent.shift()!;
    batch.done.forEach((resolve, i) => resolve(rendered[i]!));
    events.answered(batch);
  });
  worker.on("error", () => events.failed(handle, sent.splice(0)));
  return handle;
}
