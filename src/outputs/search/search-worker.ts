// Builds the Pagefind bundles on a thread of its own; see search-index.ts for what it is sent.
import { parentPort, workerData } from "node:worker_threads";
import { writeBundles, type IndexedDocument, type IndexRun } from "./bundles.ts";
import { ackEvery, type SearchWorkerData, type ToSearchWorker } from "./search-thread.ts";

const { folder, queue } = workerData as SearchWorkerData;
const port = parentPort!;
const run: IndexRun = { failed: false };

/** Each bundle's documents as they arrive, read from `at`, and whoever waits for the next. */
const bundles = new Map(queue.map((bundle) => [bundle.path, { docs: [] as IndexedDocument[], at: 0, ended: false, indexed: 0, wake: undefined as (() => void) | undefined }]));
const wakeAll = () => bundles.forEach((state) => state.wake?.());

port.on("message", (message: ToSearchWorker) => {
  if ("abort" in message) {
    run.failed = true;
    wakeAll();
    return;
  }
  const state = bundles.get(message.bundle)!;
  state.docs.push(...message.docs);
  state.ended ||= message.end;
  state.wake?.();
});

const feed = {
  async next(bundle: string) {
    const state = bundles.get(bundle)!;
    while (state.at === state.docs.length && !state.ended && !run.failed) await new Promise<void>((resolve) => (state.wake = resolve));
    state.wake = undefined;
    if (run.failed || state.at === state.docs.length) return undefined;
    const doc = state.docs[state.at]!;
    // Documents already sent are let go, so the thread holds only what waits for Pagefind.
    state.docs[state.at++] = undefined as unknown as IndexedDocument;
    return doc;
  },
  indexed(bundle: string) {
    const state = bundles.get(bundle)!;
    // Told in batches: one message a document would cost the main thread more than the rest of this.
    if (++state.indexed % ackEvery === 0) port.postMessage({ indexed: bundle, count: ackEvery });
  },
};

try {
  await writeBundles(folder, queue, feed, run);
  port.postMessage(run.failed ? { aborted: true } : { done: true });
} catch (error) {
  port.postMessage({ error: (error as Error).message });
}
port.close();
