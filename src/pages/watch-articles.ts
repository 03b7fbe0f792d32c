// The dev server watches the articles folder itself, one watch per folder, and hands Eleventy the
// changes. Eleventy's chokidar watches each file: at 10,000 articles its start-up scan took 1.2 s
// of the server's only thread after the first build, and every save made it read the saved file's
// whole folder again (a lstat per article, ~90 ms) while the rebuild ran. Eleventy 3.1 also
// rebuilt nothing on a deleted file; a deletion here rebuilds at once.
import { watch as watchFolder, readdirSync, statSync, type FSWatcher, type Stats } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

type Listener = (file: string) => void;
interface Watcher {
  on(event: string, listener: Listener): Watcher;
  emit(event: string, file: string): boolean;
  close(): Promise<void>;
}
type WatchOptions = { cwd?: string; ignored?: unknown };
type Watch = ((paths: unknown, options?: WatchOptions) => Watcher) & { original?: Watch };

/** How long a file must stay unchanged before it is read: as Eleventy's awaitWriteFinish did (see dev-server.ts). */
export const settleMs = 50;

/**
 * Wraps the watch() Eleventy creates its watcher with (it imports @11ty/chokidar-with-glob-support
 * when watching starts): the watcher leaves `articlesDir` alone, and a change, addition or
 * deletion under it is passed on as a change, which runs Eleventy's rebuild.
 */
export function watchArticlesByFolder(articlesDir: string): void {
  const fromEleventy = createRequire(createRequire(import.meta.url).resolve("@11ty/eleventy"));
  const chokidar = fromEleventy("@11ty/chokidar-with-glob-support") as { watch: Watch };
  if (typeof chokidar.watch !== "function") {
    throw new Error("@11ty/chokidar-with-glob-support has no watch() any more: src/pages/watch-articles.ts cannot watch the articles folder");
  }
  const original = chokidar.watch.original ?? chokidar.watch; // a configuration loaded again wraps the original once more
  const watch: Watch = (paths, options = {}) => {
    const base = options.cwd ?? process.cwd();
    const ignored = [options.ignored ?? []].flat();
    const watcher = original(paths, { ...options, ignored: [...ignored, (file: string) => isWithin(path.resolve(base, file), articlesDir)] });
    // Paths as chokidar gives them: relative to its cwd when it has one.
    const asGiven = (file: string) => (options.cwd ? path.relative(options.cwd, file) : file);
    const folders = watchFolders(articlesDir, (file, gone) => {
      if (gone) watcher.emit("unlink", asGiven(file)); // Eleventy logs "File deleted"
      watcher.emit("change", asGiven(file));
    });
    const close = watcher.close.bind(watcher);
    watcher.close = () => {
      folders.close();
      return close();
    };
    return watcher;
  };
  chokidar.watch = Object.assign(watch, { original });
}

/**
 * Calls `changed` with each file or folder under `root` that changed, appeared or went, once it
 * has been left alone for `settleMs`. One inotify watch per folder: a folder's watch reports
 * what happens to the files in it.
 */
export function watchFolders(root: string, changed: (file: string, gone: boolean) => void): { close(): void } {
  const folders = new Map<string, FSWatcher>();
  const waiting = new Map<string, NodeJS.Timeout>();
  const follow = (folder: string) => {
    if (folders.has(folder)) return;
    let watcher: FSWatcher;
    try {
      watcher = watchFolder(folder, (_event, name) => {
        // Hidden files are never read (content/load.ts): an editor's swap file rebuilds nothing.
        if (!name?.toString().startsWith(".")) heard(name ? path.join(folder, name.toString()) : folder);
      });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return; // gone before it was watched
      throw error;
    }
    watcher.on("error", () => unfollow(folder)); // the folder was removed
    folders.set(folder, watcher);
    for (const entry of readdirSync(folder, { withFileTypes: true })) if (entry.isDirectory() && !entry.name.startsWith(".")) follow(path.join(folder, entry.name));
  };
  const unfollow = (gone: string) => {
    for (const [folder, watcher] of folders) {
      if (!isWithin(folder, gone)) continue;
      watcher.close();
      folders.delete(folder);
    }
  };
  const heard = (file: string) => {
    clearTimeout(waiting.get(file));
    waiting.set(
      file,
      setTimeout(() => {
        waiting.delete(file);
        settled(file);
      }, settleMs),
    );
  };
  const settled = (file: string) => {
    let stats: Stats | undefined;
    try {
      stats = statSync(file);
    } catch {
      stats = undefined;
    }
    if (stats?.isDirectory()) {
      if (folders.has(file)) return; // a file in it changed: its own watch says which
      follow(file); // a new folder, maybe moved in with its files
    } else if (!stats) unfollow(file);
    changed(file, !stats);
  };
  follow(root);
  return {
    close() {
      for (const watcher of folders.values()) watcher.close();
      for (const timer of waiting.values()) clearTimeout(timer);
      folders.clear();
      waiting.clear();
    },
  };
}

function isWithin(file: string, folder: string): boolean {
  const relative = path.relative(folder, file);
  return relative === "" || (!relative.startsWith(`..${path.sep}`) && relative !== ".." && !path.isAbsolute(relative));
}
