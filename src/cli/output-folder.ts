// The build's output folder: `dist` is a link to the finished site in `.dist-builds/<id>/`, so a
// new site replaces the old one in one step (a new link renamed over the old), never leaving a
// moment with no site, and a build only ever removes folders it wrote itself.
import { randomBytes } from "node:crypto";
import { lstat, mkdir, readdir, readlink, rename, rm, rmdir, stat, symlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { OutputError } from "./output-error.ts";
import { isRunning, lockOutput } from "./output-lock.ts";
import { removeInBackground } from "./remove-in-background.ts";

/** Written into every site a build makes: only a folder holding it (or an empty one) is ever replaced. */
export const builtMarker = ".built-by-news-digest";
const markerText = "Written by news-digest's `npm run build`: the next build may replace or remove this folder.\n";

/** Where the versions of the site published at `target` live: `.dist-builds/` beside `dist`. */
export function versionsFolder(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}-builds`);
}

/** What is at the output path now, as far as deciding whether a build may replace it goes. */
export type OutputState =
  | { kind: "missing" }
  | { kind: "no-parent"; parent: string }
  | { kind: "file" }
  | { kind: "folder"; entries: string[] }
  /** `ours`: the link points into the versions folder, as the links builds make do. */
  | { kind: "link"; to: string; ours: boolean };

export async function readOutputState(target: string): Promise<OutputState> {
  let info;
  try {
    info = await lstat(target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOTDIR") return { kind: "no-parent", parent: path.dirname(target) };
    if (code !== "ENOENT") throw error;
    const parent = await stat(path.dirname(target)).catch(() => undefined);
    return parent?.isDirectory() ? { kind: "missing" } : { kind: "no-parent", parent: path.dirname(target) };
  }
  if (info.isSymbolicLink()) {
    const to = path.resolve(path.dirname(target), await readlink(target));
    return { kind: "link", to, ours: path.dirname(to) === versionsFolder(target) };
  }
  if (info.isDirectory()) return { kind: "folder", entries: await readdir(target) };
  return { kind: "file" };
}

export interface OutputBuild {
  /** The new site's folder: render everything here. */
  staging: string;
  /**
   * Points `target` at the new site in one step, removes the old one and ends the build. `in the
   * background`: the old sites are renamed to `.trash-*` and removed by a process of their own.
   */
  publish(removal?: "now" | "in the background"): Promise<void>;
  /** Removes the new site and ends the build; `target` stays as it was. */
  abandon(): Promise<void>;
}

/**
 * Starts writing a new version of the site published at `target` (`shown` is how the editor named
 * it): takes the output's lock and makes the staging folder; publishing removes what killed
 * builds left behind. Throws OutputError when the folder cannot be written or another build holds the lock.
 */
export async function startOutputBuild(target: string, shown: string): Promise<OutputBuild> {
  const builds = versionsFolder(target);
  await mkdir(builds).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== "EEXIST") throw writeError(path.dirname(target), error);
  });
  let release: () => Promise<void>;
  try {
    release = await lockOutput(path.join(builds, "lock"), shown);
  } catch (error) {
    await rmdir(builds).catch(() => {}); // only if empty: made just now for a build that cannot run
    throw error instanceof OutputError ? error : writeError(builds, error as NodeJS.ErrnoException);
  }
  const end = async () => {
    await release();
    // A first build that failed leaves nothing behind: no site, no versions folder.
    if ((await readdir(builds).catch(() => ["?"])).length === 0) await rmdir(builds).catch(() => {});
  };

  let staging: string;
  try {
    staging = path.join(builds, `${Date.now().toString(36)}-${randomBytes(3).toString("hex")}`);
    // mkdir, not mkdtemp: the published folder gets the umask's permissions (755 with 022), not 700.
    await mkdir(staging);
    await writeFile(path.join(staging, builtMarker), markerText);
  } catch (error) {
    await end();
    throw error instanceof OutputError ? error : writeError(builds, error as NodeJS.ErrnoException);
  }

  return {
    staging,
    async publish(removal = "now") {
      let old: string | undefined;
      try {
        old = await swapIn(target, staging, shown);
      } catch (error) {
        await rm(staging, { recursive: true, force: true });
        await end();
        throw error instanceof OutputError ? error : new OutputError(`${shown}: the new site could not be put in place (${describe(error)}); the old site is still there`);
      }
      // Should this fail, the next build removes what is left. Leftovers of killed builds go only now,
      // after the new pages are written: on this ext4 a mass delete slows creating files for minutes.
      const gone = [...(old ? [old] : []), ...(await leftoverFolders(target, staging).catch(() => []))];
      if (removal === "now") for (const folder of gone) await rm(folder, { recursive: true, force: true }).catch(() => {});
      else removeInBackground(await moveToTrash(target, gone));
      await end();
    },
    async abandon() {
      await rm(staging, { recursive: true, force: true });
      await end();
    },
  };
}

/**
 * Makes `target` show `staging` and returns the folder of the site it showed before, if a build
 * made it. Over a link that a build made, the one step is rename(): it replaces the link whole.
 */
async function swapIn(target: string, staging: string, shown: string): Promise<string | undefined> {
  const builds = versionsFolder(target);
  const link = path.join(builds, `.link-${path.basename(staging)}`);
  // Relative, so the site still resolves when the project folder is moved or mounted elsewhere.
  if (process.platform === "win32") await symlink(staging, link, "junction");
  else await symlink(path.relative(path.dirname(target), staging), link);
  const state = await readOutputState(target);
  if (state.kind === "missing") {
    await rename(link, target);
    return undefined;
  }
  if (state.kind === "link" && state.ours) {
    await rename(link, target);
    return state.to;
  }
  if (state.kind === "folder" && state.entries.length === 0) {
    await rmdir(target);
    await rename(link, target);
    return undefined;
  }
  if (state.kind === "folder" && state.entries.includes(builtMarker)) {
    // A site built before output folders became links: moved aside once, so for this one
    // build there is a moment with no site at `target`.
    const old = path.join(builds, `${path.basename(staging)}-before`);
    await rename(target, old);
    await rename(link, target).catch(async (error) => {
      await rename(old, target);
      throw error;
    });
    return old;
  }
  await rm(link, { force: true });
  throw new OutputError(`${shown} changed while the site was being built and is no longer a site a build wrote: nothing was replaced; move it away and build again`);
}

/**
 * Removes the links and locks killed builds left, and returns the folders they left: unfinished
 * sites in the versions folder (all but `keep`, the site published now), folders on their way out
 * (`.trash-*`) and the `.dist-staging-*` folders of builds before versions. Only folders holding
 * the marker, empty ones and our own links and trash: nothing a build did not write.
 */
async function leftoverFolders(target: string, keep: string | undefined): Promise<string[]> {
  const builds = versionsFolder(target);
  const folders: string[] = [];
  for (const name of await readdir(builds)) {
    const entry = path.join(builds, name);
    if (name === "lock" || entry === keep) continue;
    const info = await lstat(entry);
    const lockOf = /^lock\.(\d+)$/.exec(name)?.[1];
    if (lockOf && !isRunning(Number(lockOf))) await rm(entry, { force: true });
    else if (info.isSymbolicLink() && name.startsWith(".link-")) await rm(entry);
    // A trash folder being removed may have lost its marker already.
    else if (info.isDirectory() && (name.startsWith(trashPrefix) || (await isOurs(entry)))) folders.push(entry);
  }
  const staging = new RegExp(`^\\.${escapeRegExp(path.basename(target))}-staging-[A-Za-z0-9]{6}(-old)?$`);
  const parent = path.dirname(target);
  for (const entry of await readdir(parent, { withFileTypes: true })) {
    if (entry.isDirectory() && staging.test(entry.name)) folders.push(path.join(parent, entry.name));
  }
  return folders;
}

const trashPrefix = ".trash-";

/** Renames `folders` to `.trash-*` in the versions folder (one quick step each) and returns their new names; failures are left for the next build. */
async function moveToTrash(target: string, folders: string[]): Promise<string[]> {
  const builds = versionsFolder(target);
  const moved: string[] = [];
  for (const folder of folders) {
    const name = path.basename(folder);
    if (path.dirname(folder) === builds && name.startsWith(trashPrefix)) moved.push(folder);
    else await rename(folder, path.join(builds, trashPrefix + name)).then(() => moved.push(path.join(builds, trashPrefix + name)), () => {});
  }
  return moved;
}

async function isOurs(folder: string): Promise<boolean> {
  const entries = await readdir(folder);
  return entries.length === 0 || entries.includes(builtMarker);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const describe = (error: unknown) => (error as NodeJS.ErrnoException).code ?? (error as Error).message;

/** An error writing next to the output, as one line naming the folder and what to do. */
function writeError(folder: string, error: NodeJS.ErrnoException): OutputError {
  const code = error.code ?? error.message;
  const fix: Record<string, string> = {
    EACCES: "choose an --output in a folder you may write to, or fix its permissions",
    EPERM: "choose an --output in a folder you may write to, or fix its permissions",
    EROFS: "it is on a read-only file system: choose another --output",
    ENOSPC: "the disk is full: free some space",
  };
  return new OutputError(`cannot write in ${folder} (${code}): ${fix[code] ?? "choose another --output"}`);
}
