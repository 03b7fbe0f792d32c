// The dev server watches the articles folder itself, one watch per folder, and hands Eleventy the
// changes. Eleventy's chokidar watches each file: at 10,000 articles its start-up scan took 1.2 s
// of the server's only thread after the first build, and every save made it read the saved file's
// whole folder again (a lstat per article, ~90 ms) while the rebuild ran. Eleventy 3.1 also
// rebuilt nothing on a deleted file; a deletion here rebuilds at once.
import { lstatSync, readdirSync, realpathSync, statSync, watch as watchPath, type FSWatcher, type Stats } from "node:fs";
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
 * what happens to the files in it. Linked folders and files are followed, as the build follows them.
 */
export function watchFolders(root: string, changed: (file: string, gone: boolean) => void): { close(): void } {
  // By the path watched: folders, and linked files (a target's changes happen in its own folder).
  const watches = new Map<string, { watcher: FSWatcher; real: string }>();
  const waiting = new Map<string, NodeJS.Timeout>();
  const watchOne = (watched: string, onEvent: (name: string | null) => void) => {
    if (watches.has(watched)) return false;
    let real: string;
    let watcher: FSWatcher;
    try {
      real = realpathSync(watched);
      // A link back up the tree is watched once; the build reports the loop.
      if ([...watches.values()].some((w) => w.real === real)) return false;
      watcher = watchPath(real, (_event, name) => onEvent(name?.toString() ?? null));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return false; // gone, or a link to nowhere (the build reports it)
      throw error;
    }
    watcher.on("error", () => unfollow(watched)); // removed
    watches.set(watched, { watcher, real });
    return true;
  };
  const follow = (folder: string) => {
    // Hidden files are never read (content/load.ts): an editor's swap file rebuilds nothing.
    const watching = watchOne(folder, (name) => !name?.startsWith(".") && heard(name ? path.join(folder, name) : folder));
    if (!watching) return;
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (entry.name.startsWith(".")) continue;
      if (entry.isDirectory()) follow(path.join(folder, entry.name));
      else if (entry.isSymbolicLink()) followLink(path.join(folder, entry.name));
    }
  };
  const followLink = (link: string) => {
    let stats: Stats;
    try {
      stats = statSync(link);
    } catch {
      return; // points nowhere: the build reports it
    }
    if (stats.isDirectory()) follow(link);
    else watchOne(link, () => heard(link));
  };
  const unfollow = (gone: string) => {
    for (const [watched, { watcher }] of watches) {
      if (!isWithin(watched, gone)) continue;
      watcher.close();
      watches.delete(watched);
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
      stats = lstatSync(file);
    } catch {
      stats = undefined;
    }
    if (!stats) unfollow(file);
    else if (stats.isSymbolicLink()) followLink(file);
    else if (stats.isDirectory()) {
      if (watches.has(file)) return; // a file in it changed: its own watch says which
      follow(file); // a new folder, maybe moved in with its files
    }
    changed(file, !stats);
  };
  follow(root);
  return {
    close() {
      for (const { watcher } of watches.values()) watcher.close();
      for (const timer of waiting.values()) clearTimeout(timer);
      watches.clear();
      waiting.clear();
    },
  };
}

function isWithin(file: string, folder: string): boolean {
  const relative = path.relative(folder, file);
  return relative === "" || (!relative.startsWith(`..${path.sep}`) && relative !== ".." && !path.isAbsolute(relative));
}
