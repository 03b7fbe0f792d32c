// Renders a share of the article bodies on another core; see markdown-pool.ts.
import { parentPort, workerData } from "node:worker_threads";
import { createMarkdownRenderer, type MarkdownOptions } from "./render.ts";

const render = createMarkdownRenderer(workerData as MarkdownOptions);
parentPort!.on("message", ({ bodies, scanned }: { bodies: string[]; scanned: boolean[] }) => {
  parentPort!.postMessage(bodies.map((body, i) => render(body, scanned[i])));
});
