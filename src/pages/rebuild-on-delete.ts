// Eleventy 3.1's watcher only logs a deleted file ("File deleted: …") and rebuilds nothing, so a
// deleted article's page stayed served until the next save. A deleted article now rebuilds at once.
import { createRequire } from "node:module";
import path from "node:path";

type Listener = (file: string) => void;
interface Watcher {
  on(event: string, listener: Listener): Watcher;
  emit(event: string, file: string): boolean;
  options?: { cwd?: string };
}
type Watch = ((...args: unknown[]) => Watcher) & { original?: Watch };

/**
 * Wraps the watch() Eleventy creates its watcher with (it imports @11ty/chokidar-with-glob-support
 * when watching starts): a `.md` file deleted under `articlesDir` is passed on as a change, which
 * runs Eleventy's rebuild; the rebuild's page tracking then removes the pages it no longer has.
 */
export function rebuildOnDeletedArticles(articlesDir: string): void {
  const fromEleventy = createRequire(createRequire(import.meta.url).resolve("@11ty/eleventy"));
  const chokidar = fromEleventy("@11ty/chokidar-with-glob-support") as { watch: Watch };
  if (typeof chokidar.watch !== "function") {
    throw new Error("@11ty/chokidar-with-glob-support has no watch() any more: src/pages/rebuild-on-delete.ts cannot rebuild on a deleted article");
  }
  const original = chokidar.watch.original ?? chokidar.watch; // a configuration loaded again wraps the original once more
  const watch: Watch = (...args) => {
    const watcher = original(...args);
    watcher.on("unlink", (file) => {
      const absolute = path.resolve(watcher.options?.cwd ?? process.cwd(), file);
      if (absolute.endsWith(".md") && absolute.startsWith(articlesDir + path.sep)) watcher.emit("change", file);
    });
    return watcher;
  };
  chokidar.watch = Object.assign(watch, { original });
}
