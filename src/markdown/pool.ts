import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { createMarkdownRenderer, type MarkdownOptions } from "./render.ts";

// Node 20 does not pass tsx's module hooks on to worker threads: the worker registers them
// itself before importing the TypeScript module.
const workerBootstrap = `import(${JSON.stringify(import.meta.resolve("tsx/esm/api"))})
  .then((tsx) => { tsx.register(); return import(${JSON.stringify(new URL("./worker.ts", import.meta.url).href)}); })`;

/** Below this many bodies a worker's start-up costs more than it saves. */
const bodiesPerWorker = 1000;
/** Bodies go to a worker in batches of this many: no message holds much of the site. */
const batchSize = 100;

export interface MarkdownPool {
  /**
   * Starts rendering a body on another core while this thread goes on reading and checking
   * files. `scanned`: {@link findMarkdownHazard} found nothing in it, so it is not scanned again.
   */
  renderAhead(body: string, scanned: boolean): void;
  /** Every body's HTML, in order: those rendered ahead, and the rest shared between this thread and the workers. */
  renderAll(bodies: string[]): Promise<string[]>;
  /** Stops the workers; call it whether or not renderAll was (content errors end a build before). */
  close(): Promise<void>;
}

/** Bodies sent together, and what waits for their HTML. */
interface Batch {
  bodies: string[];
  scanned: boolean[];
  done: ((html: string) => void)[];
}

/**
 * Markdown and sanitizing are the costliest per-article work and need nothing but the text, so
 * a big site renders them on every core: a worker starts once enough bodies come ahead, and
 * renders them while this thread reads the rest; then this thread joins in. A small site, or
 * a dev-server rebuild of a few files, renders here and starts no worker.
 */
export function createMarkdownPool(options: MarkdownOptions): MarkdownPool {
  const render = createMarkdownRenderer(options);
  const html = new Map<string, Promise<string>>();
  const queue: Batch[] = [];
  let filling: Batch = { bodies: [], scanned: [], done: [] };
  const workers: { worker: Worker; inFlight: number; send: (batch: Batch) => void }[] = [];
  const maxWorkers = Math.max(0, availableParallelism() - 1);
  /** Bodies sent to a worker whose HTML has not come back. */
  let atWorkers = 0;
  let wake: (() => void) | undefined;
  const settle = () => {
    wake?.();
    wake = undefined;
  };

  // Two batches per worker in flight, so it has the next while its answer comes back.
  const dispatch = () => {
    for (const slot of workers) while (slot.inFlight < 2 && queue.length) slot.send(queue.shift()!);
  };
  const startWorker = () => {
    const worker = new Worker(workerBootstrap, { eval: true, workerData: options });
    const sent: Batch[] = [];
    const slot = {
      worker,
      inFlight: 0,
      send(batch: Batch) {
        slot.inFlight++;
        atWorkers += batch.bodies.length;
        sent.push(batch);
        worker.postMessage({ bodies: batch.bodies, scanned: batch.scanned });
      },
    };
    // Answers come in the order batches were sent.
    worker.on("message", (rendered: string[]) => {
      const batch = sent.shift()!;
      slot.inFlight--;
      atWorkers -= batch.bodies.length;
      batch.done.forEach((resolve, i) => resolve(rendered[i]!));
      dispatch();
      settle();
    });
    // A worker that fails (it never should: rendering never throws) hands its batches back to this thread.
    worker.on("error", () => {
      workers.splice(workers.indexOf(slot), 1);
      const unanswered = sent.splice(0);
      for (const batch of unanswered) atWorkers -= batch.bodies.length;
      queue.unshift(...unanswered);
      settle();
    });
    workers.push(slot);
  };
  const closeBatch = () => {
    if (!filling.bodies.length) return;
    queue.push(filling);
    filling = { bodies: [], scanned: [], done: [] };
    dispatch();
  };
  const enqueue = (body: string, scanned: boolean) => {
    if (html.has(body)) return;
    html.set(body, new Promise<string>((resolve) => filling.done.push(resolve)));
    filling.bodies.push(body);
    filling.scanned.push(scanned);
    if (workers.length < maxWorkers && html.size >= bodiesPerWorker * (workers.length + 1)) startWorker();
    if (filling.bodies.length === batchSize) closeBatch();
  };

  return {
    renderAhead: enqueue,
    async renderAll(bodies) {
      for (const body of bodies) enqueue(body, false);
      closeBatch();
      // This thread takes from the back of the queue, the workers from the front.
      while (queue.length || atWorkers) {
        const batch = queue.pop();
        if (batch) {
          batch.done.forEach((resolve, i) => resolve(render(batch.bodies[i]!, batch.scanned[i])));
          await new Promise(setImmediate); // let the workers' answers in, and hand them their next batch
        } else await new Promise<void>((resolve) => (wake = resolve));
      }
      const rendered = await Promise.all(bodies.map((body) => html.get(body)!));
      html.clear(); // the bodies are not needed any more
      return rendered;
    },
    async close() {
      await Promise.all(workers.splice(0).map(({ worker }) => worker.terminate()));
    },
  };
}
