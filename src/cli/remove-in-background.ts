import { spawn } from "node:child_process";

// Plain JavaScript for a bare `node -e`: removes each folder it is given, ignoring failures (the
// next build removes what is left).
const remover = `for (const folder of process.argv.slice(1)) { try { require("node:fs").rmSync(folder, { recursive: true, force: true }); } catch {} }`;

/**
 * Removes `folders` in a process of their own that outlives this one: deleting a site of 10,000
 * pages takes seconds on a slow disk, and the build need not wait for it.
 */
export function removeInBackground(folders: string[]): void {
  if (!folders.length) return;
  spawn(process.execPath, ["-e", remover, ...folders], { detached: true, stdio: "ignore", windowsHide: true }).unref();
}
