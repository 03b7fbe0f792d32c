// Renders a share of the article bodies on another core; see pool.ts.
import { parentPort, workerData } from "node:worker_threads";
import { createBodyRenderer } from "./render.ts";
import type { MarkdownOptions } from "./types.ts";

const render = createBodyRenderer(workerData as MarkdownOptions);
parentPort!.on("message", ({ bodies, scanned }: { bodies: string[]; scanned: boolean[] }) => {
  parentPort!.postMessage(bodies.map((body, i) => render(body, scanned[i]!).html));
});
