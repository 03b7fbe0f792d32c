import { availableParallelism } from "node:os";
import path from "node:path";
import * as pagefind from "pagefind";
import type { BundleName } from "./search-bundles.ts";

/** One document for Pagefind: the link a result opens and the HTML it indexes. */
export interface IndexedDocument {
  url: string;
  html: string;
}

/** Where a bundle's documents come from (bundles named by their path), one at a time, in the order they are indexed. */
export interface DocumentFeed {
  /** The bundle's next document, or undefined once it has no more (or the run failed). */
  next(bundle: string): Promise<IndexedDocument | undefined>;
  /** Pagefind has answered for one more of the bundle's documents. */
  indexed(bundle: string): void;
}

/** Set on the first error or when the build gives up: every service stops sending. */
export interface IndexRun {
  failed: boolean;
}

/** Documents sent to a Pagefind service before waiting for its answers (bounds the memory the queue takes). */
const inFlight = 64;

type Pagefind = typeof pagefind;

/**
 * Writes each bundle into `<folder>/<path>/`, in `queue` order (biggest first, so the big
 * language never waits behind small ones), one Pagefind process per core side by side. Each
 * bundle's files depend only on its own documents, in order.
 */
export async function writeBundles(folder: string, queue: BundleName[], feed: DocumentFeed, run: IndexRun): Promise<void> {
  const waiting = [...queue];
  const services = await pagefindServices(Math.max(1, Math.min(waiting.length, availableParallelism())));
  // On the first error every service stops sending, and the error is thrown once all are closed.
  const outcomes = await Promise.allSettled(
    services.map(async (service) => {
      try {
        for (let bundle; !run.failed && (bundle = waiting.shift()) !== undefined; ) {
          await writeBundle(service, bundle, feed, path.join(folder, bundle.path), run);
        }
      } catch (error) {
        run.failed = true;
        throw error;
      } finally {
        await service.close();
      }
    }),
  );
  const rejected = outcomes.find((outcome): outcome is PromiseRejectedResult => outcome.status === "rejected");
  if (rejected) throw rejected.reason;
}

/** One bundle, built by one Pagefind service. */
async function writeBundle(service: Pagefind, bundle: BundleName, feed: DocumentFeed, outputPath: string, run: IndexRun): Promise<void> {
  const { index, errors } = await service.createIndex({ forceLanguage: bundle.language });
  if (!index) throw new Error(errors.join("; "));
  // A service answers its requests one at a time, in the order they were sent, so a few in
  // flight keep it busy without changing the order the pages are indexed in (which numbers them).
  let open = 0;
  let failure: unknown;
  let wake: (() => void) | undefined;
  const answered = () => {
    open--;
    wake?.();
    wake = undefined;
  };
  const room = (most: number) => (open > most ? new Promise<void>((resolve) => (wake = resolve)) : undefined);
  for (let doc; !run.failed && (doc = await feed.next(bundle.path)) !== undefined; ) {
    const { url } = doc;
    open++;
    index
      .addHTMLFile({ url, content: doc.html })
      .then((added) => {
        if (added.errors.length) throw new Error(`${url}: ${added.errors.join("; ")}`);
        feed.indexed(bundle.path);
      })
      .catch((error: unknown) => {
        failure ??= error;
        run.failed = true;
      })
      .finally(answered);
    while (open >= inFlight) await room(inFlight - 1);
  }
  while (open > 0) await room(0);
  if (failure) throw failure;
  if (run.failed) return;
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length) throw new Error(written.errors.join("; "));
  await index.deleteIndex();
}

/**
 * `count` independent Pagefind services. A service is one pagefind process that handles one
 * request at a time, and the module keeps a single service, so a second core helps only with a
 * second copy of the module: Node loads a module again for each distinct query string, and each
 * copy starts its own process. Each must be closed.
 */
async function pagefindServices(count: number): Promise<Pagefind[]> {
  const url = import.meta.resolve("pagefind");
  return [pagefind, ...(await Promise.all(Array.from({ length: count - 1 }, (_, i) => import(`${url}?service=${i + 1}`) as Promise<Pagefind>)))];
}
