// A rebuild that fails leaves the last good pages served; Eleventy's dev server then only logs the
// error in the browser's console. The open pages reload instead, to show the problem banner.
import { createRequire } from "node:module";

interface DevServerPrototype {
  sendError?: (event: { error: unknown }) => void;
  reload?: (event: { files: string[] }) => void;
  reloadsOnError?: boolean;
}

/** Makes @11ty/eleventy-dev-server reload the open pages after a failed rebuild, as after a good one. */
export function reloadPagesOnFailedRebuild(): void {
  const DevServer = createRequire(import.meta.url)("@11ty/eleventy-dev-server") as { prototype: DevServerPrototype };
  const server = DevServer.prototype;
  if (server.reloadsOnError) return; // a configuration loaded again (the dev server's config reset)
  const { sendError, reload } = server;
  if (typeof sendError !== "function" || typeof reload !== "function") {
    throw new Error("@11ty/eleventy-dev-server has no sendError/reload any more: src/pages/reload-on-failure.ts cannot show problems in the pages");
  }
  server.sendError = function (this: DevServerPrototype, event) {
    sendError.call(this, event);
    reload.call(this, { files: [] }); // no file to diff: the client reloads the whole page
  };
  server.reloadsOnError = true;
}
