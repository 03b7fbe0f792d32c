import { Worker } from "node:worker_threads";
import type { IndexedDocument } from "./bundles.ts";
import type { BundleName } from "./search-bundles.ts";

// Run from the bundle (src/cli/launch.mjs), the worker is the bundle's search-worker.mjs beside
// this code. Run as TypeScript, the worker registers tsx's hooks itself (Node 20 does not pass them on).
const workerBootstrap = import.meta.url.endsWith(".ts")
  ? `import(${JSON.stringify(import.meta.resolve("tsx/esm/api"))})
  .then((tsx) => { tsx.register(); return import(${JSON.stringify(new URL("./search-worker.ts", import.meta.url).href)}); })`
  : `import(${JSON.stringify(new URL("./search-worker.mjs", import.meta.url).href)})`;

export interface SearchWorkerData {
  /** The site's `pagefind/` folder. */
  folder: string;
  /** The bundles, in the order they are started. */
  queue: BundleName[];
}

/** A bundle's next documents (`end`: its last), or: give up. Bundles are named by their path. */
export type ToSearchWorker = { bundle: string; docs: IndexedDocument[]; end: boolean } | { abort: true };
type FromSearchWorker = { indexed: string; count: number } | { done: true } | { aborted: true } | { error: string };

/** The worker says how many documents Pagefind has taken in batches of this many. */
export const ackEvery = 32;

/** The thread that feeds Pagefind: documents go in, and it says how many of each bundle are indexed. */
export interface SearchThread {
  send(bundle: string, docs: IndexedDocument[], end: boolean): void;
  /** Documents of `bundle` sent and not yet indexed. */
  unanswered(bundle: string): number;
  /** Resolves at the worker's next message (or at once if it has finished). */
  progress(): Promise<void>;
  /** Resolves when every bundle is written; rejects with the first error. */
  finished(): Promise<void>;
  /** Stops the worker's Pagefind processes; resolves once they are closed. */
  abort(): Promise<void>;
}

export function startSearchThread(data: SearchWorkerData): SearchThread {
  const worker = new Worker(workerBootstrap, { eval: true, workerData: data });
  const sent = new Map<string, number>();
  const indexed = new Map<string, number>();
  let outcome: { ok: true } | { ok: false; error: Error } | undefined;
  let wake: (() => void)[] = [];
  const settle = (result: NonNullable<typeof outcome>) => {
    outcome ??= result;
    wakeAll();
  };
  const wakeAll = () => {
    const waiting = wake;
    wake = [];
    waiting.forEach((resolve) => resolve());
  };
  worker.on("message", (message: FromSearchWorker) => {
    if ("indexed" in message) indexed.set(message.indexed, (indexed.get(message.indexed) ?? 0) + message.count);
    else if ("done" in message) settle({ ok: true });
    else if ("aborted" in message) settle({ ok: false, error: new DOMException("the search index was stopped", "AbortError") });
    else settle({ ok: false, error: new Error(message.error) });
    wakeAll();
  });
  worker.on("error", (error) => settle({ ok: false, error }));
  worker.on("exit", () => settle({ ok: false, error: new Error("the search thread stopped without finishing") }));
  const next = () => (outcome ? Promise.resolve() : new Promise<void>((resolve) => wake.push(resolve)));
  const end = async () => {
    while (!outcome) await next();
    return outcome;
  };
  return {
    send(bundle, docs, last) {
      sent.set(bundle, (sent.get(bundle) ?? 0) + docs.length);
      worker.postMessage({ bundle, docs, end: last } satisfies ToSearchWorker);
    },
    unanswered: (bundle) => (sent.get(bundle) ?? 0) - (indexed.get(bundle) ?? 0),
    progress: next,
    async finished() {
      const result = await end();
      if (!result.ok) throw result.error;
    },
    async abort() {
      if (!outcome) worker.postMessage({ abort: true } satisfies ToSearchWorker);
      await end();
    },
  };
}
