import { availableParallelism } from "node:os";
import { emptyBatch, startRenderWorker, type Batch, type RenderWorker } from "./pool-worker.ts";
import { createBodyRenderer } from "./render.ts";
import type { MarkdownOptions, RenderReport } from "./types.ts";

/** Below this many bodies a worker's start-up costs more than it saves. */
const bodiesPerWorker = 1000;
/** Bodies go to a worker in batches of this many: no message holds much of the site. */
const batchSize = 100;

export interface MarkdownPool {
  /**
   * Starts rendering, on another core, a body read without problems (so the hazard scan
   * already passed it), while this thread goes on reading and checking files.
   */
  renderAhead(body: string, key?: string): void;
  /**
   * Every body's HTML, in order: those rendered ahead, and the rest shared between this thread and
   * the workers. A body is known by its key (by default the body itself): a caller that let a body
   * go once it was rendered ahead under a key asks for it by that key.
   */
  renderAll(bodies: readonly string[], keys?: readonly string[]): Promise<string[]>;
  /** Stops the workers; call it whether or not renderAll was (content errors end a build before). */
  close(): Promise<void>;
}

/**
 * Markdown and sanitizing are the costliest per-article work and need nothing but the text, so
 * a big site renders them on every core: a worker starts once enough bodies come ahead, and
 * renders them while this thread reads the rest; then this thread joins in. A small site, or
 * a dev-server rebuild of a few files, renders here and starts no worker.
 */
export function createMarkdownPool(options: MarkdownOptions): MarkdownPool {
  const queue = new BatchQueue(options);
  return {
    renderAhead: (body, key = body) => queue.add(key, body, true),
    async renderAll(bodies, keys = bodies) {
      bodies.forEach((body, i) => queue.add(keys[i]!, body, false));
      await queue.renderAll();
      return queue.takeAll(keys);
    },
    close: () => queue.close(),
  };
}

/** The bodies asked for, in batches: the workers take from the front, this thread from the back. */
class BatchQueue {
  private readonly render: (markdown: string, scanned: boolean) => RenderReport;
  private readonly html = new Map<string, Promise<string>>();
  private readonly queue: Batch[] = [];
  private filling = emptyBatch();
  private readonly workers: RenderWorker[] = [];
  private readonly maxWorkers = Math.max(0, availableParallelism() - 1);
  /** Bodies sent to a worker whose HTML has not come back. */
  private atWorkers = 0;
  private wake: (() => void) | undefined;

  constructor(private readonly options: MarkdownOptions) {
    this.render = createBodyRenderer(options);
  }

  /** Queues a body not asked for before (by its key); `scanned`: the hazard scan already passed it. */
  add(key: string, body: string, scanned: boolean) {
    if (this.html.has(key)) return;
    const filling = this.filling;
    this.html.set(key, new Promise<string>((resolve) => filling.done.push(resolve)));
    filling.bodies.push(body);
    filling.scanned.push(scanned);
    if (this.workers.length < this.maxWorkers && this.html.size >= bodiesPerWorker * (this.workers.length + 1)) this.startWorker();
    if (filling.bodies.length === batchSize) this.closeBatch();
  }

  /** Renders everything queued, sharing it with the workers; resolves once every body has its HTML. */
  async renderAll() {
    this.closeBatch();
    while (this.queue.length || this.atWorkers) {
      const batch = this.queue.pop();
      if (batch) {
        batch.done.forEach((resolve, i) => resolve(this.render(batch.bodies[i]!, batch.scanned[i]!).html));
        await new Promise(setImmediate); // let the workers' answers in, and hand them their next batch
      } else await new Promise<void>((resolve) => (this.wake = resolve));
    }
  }

  /** The HTML of these bodies (by key), in order; forgets every body, which is not needed any more. */
  async takeAll(keys: readonly string[]): Promise<string[]> {
    const rendered = await Promise.all(keys.map((key) => this.html.get(key)!));
    this.html.clear();
    return rendered;
  }

  async close() {
    await Promise.all(this.workers.splice(0).map((worker) => worker.terminate()));
  }

  private closeBatch() {
    if (!this.filling.bodies.length) return;
    this.queue.push(this.filling);
    this.filling = emptyBatch();
    this.dispatch();
  }

  /** Two batches per worker in flight, so it has the next while its answer comes back. */
  private dispatch() {
    for (const worker of this.workers) {
      while (worker.inFlight < 2 && this.queue.length) {
        const batch = this.queue.shift()!;
        this.atWorkers += batch.bodies.length;
        worker.send(batch);
      }
    }
  }

  private startWorker() {
    const worker = startRenderWorker(this.options, {
      answered: (batch) => {
        this.atWorkers -= batch.bodies.length;
        this.dispatch();
        this.settle();
      },
      // A failed worker hands its batches back to this thread.
      failed: (failed, unanswered) => {
        this.workers.splice(this.workers.indexOf(failed), 1);
        for (const batch of unanswered) this.atWorkers -= batch.bodies.length;
        this.queue.unshift(...unanswered);
        this.settle();
      },
    });
    this.workers.push(worker);
  }

  private settle() {
    this.wake?.();
    this.wake = undefined;
  }
}
