// The dev server watches the articles folder itself, one watch per folder, and hands Eleventy the
// changes. Eleventy's chokidar watches each file: at 10,000 articles its start-up scan took 1.2 s
// of the server's only thread after the first build, and every save made it read the saved file's
// whole folder again (a lstat per article, ~90 ms) while the rebuild ran. Eleventy 3.1 also
// rebuilt nothing on a deleted file; a deletion here rebuilds at once.
import { existsSync, lstatSync, readdirSync, realpathSync, statSync, watch as watchPath, type Dirent, type FSWatcher, type Stats } from "node:fs";
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
export const fileSettleMs = 50;

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
    // Absolute, as digest-source.ts reads them: articles are no templates of Eleventy's, whatever its cwd.
    const folders = watchFolders(articlesDir, (file, gone) => {
      if (gone) watcher.emit("unlink", file); // Eleventy logs "File deleted"
      watcher.emit("change", file);
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
 * what happens to the files in it. Linked folders and files are followed, as the build follows
 * them; `root` itself may go and come back (a checkout, an unpacked copy).
 */
export function watchFolders(root: string, changed: (file: string, gone: boolean) => void, { settleMs = fileSettleMs } = {}): { close(): void } {
  // By the path watched: folders, and linked files (a target's changes happen in its own folder).
  // An inotify watch follows its inode: a folder made again under the same name needs a new one.
  const watches = new Map<string, { watcher: FSWatcher; real: string; ino: number }>();
  const waiting = new Map<string, NodeJS.Timeout>();
  // What was there when last looked at: a file that came and went between two looks (the
  // temporary file of `sed -i` or of an editor saving by rename) is no deletion to report.
  const known = new Set<string>();
  let warned = false;
  const watchOne = (watched: string, onEvent: (name: string | null) => void): boolean => {
    if (watches.has(watched)) return false;
    try {
      const real = realpathSync(watched);
      // A link back up the tree is watched once; the build reports the loop.
      if ([...watches.values()].some((w) => w.real === real)) return false;
      const { ino } = statSync(real);
      const watcher = watchPath(real, (_event, name) => onEvent(name?.toString() ?? null));
      watcher.on("error", () => unfollow(watched));
      watches.set(watched, { watcher, real, ino });
      return true;
    } catch (error) {
      // Gone already, or a link to nowhere: the build reports what it cannot read. Anything else
      // (no permission, the system's limit of watches) is said once; the server keeps running.
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== "ENOENT" && !warned) console.warn(`[digest] ${watched} is not watched (${code ?? (error as Error).message}): save again or restart npm start once it is fixed`);
      warned ||= code !== "ENOENT";
      return false;
    }
  };
  const follow = (folder: string) => {
    const name = path.basename(folder);
    const watching = watchOne(folder, (inside) => {
      if (inside === null) heard(folder);
      else if (inside === name && !existsSync(path.join(folder, name))) {
        // The folder itself went: its watch is dead, even should a new folder of that name (maybe
        // with the same inode number) be there by now.
        unfollow(folder);
        heard(folder);
      } else if (!inside.startsWith(".")) heard(path.join(folder, inside)); // hidden files are never read (content/load.ts)
    });
    if (!watching) return;
    let entries: Dirent[] = [];
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch {
      // gone again, or unreadable: the build says so
    }
    for (const entry of entries) {
      if (entry.name.startsWith(".")) continue;
      const inside = path.join(folder, entry.name);
      known.add(inside);
      if (entry.isDirectory()) follow(inside);
      else if (entry.isSymbolicLink()) followLink(inside);
    }
  };
  const followLink = (link: string) => {
    let stats: Stats;
    try {
      stats = statSync(link);
    } catch {
      return; // points nowhere: the build reports it
    }
    if (stats.isDirectory()) return follow(link);
    unfollow(link); // an editor may have replaced the target, or the link now points elsewhere
    watchOne(link, () => heard(link));
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
    if (!stats) {
      unfollow(file);
      if (!known.delete(file)) return;
      // A prefix test, not isWithin: this runs for each file a checkout deletes.
      const folder = file + path.sep;
      for (const inside of known) if (inside.startsWith(folder)) known.delete(inside);
    } else if (stats.isSymbolicLink()) followLink(file);
    else if (stats.isDirectory()) {
      const watched = watches.get(file);
      if (watched?.ino === stats.ino) return; // a file in it changed: its own watch says which
      unfollow(file); // made again, or new: maybe moved in with its files
      follow(file);
    }
    if (stats) known.add(file);
    changed(file, !stats);
  };
  // The root has no folder above it among those watched: its parent is watched for its name alone.
  const rootName = path.basename(root);
  let aboveRoot: FSWatcher | undefined;
  try {
    aboveRoot = watchPath(path.dirname(root), (_event, name) => name?.toString() === rootName && heard(root));
  } catch {
    // unreadable: the root is watched while it stays
  }
  if (existsSync(root)) known.add(root);
  follow(root);
  return {
    close() {
      aboveRoot?.close();
      for (const { watcher } of watches.values()) watcher.close();
      for (const timer of waiting.values()) clearTimeout(timer);
      watches.clear();
      waiting.clear();
      known.clear();
    },
  };
}

function isWithin(file: string, folder: string): boolean {
  const relative = path.relative(folder, file);
  return relative === "" || (!relative.startsWith(`..${path.sep}`) && relative !== ".." && !path.isAbsolute(relative));
}
