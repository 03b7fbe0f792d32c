import { link, readFile, rm, writeFile } from "node:fs/promises";
import { OutputError } from "./output-error.ts";

/**
 * Takes the lock file `lockFile` for a build writing the output `shown`, or throws OutputError
 * naming the build that holds it. The lock holds the holder's pid; a lock whose process is gone
 * (a killed build) is taken over. Returns the function that releases it.
 */
export async function lockOutput(lockFile: string, shown: string): Promise<() => Promise<void>> {
  // Written whole under a name of our own, then linked: the lock never exists without its pid.
  const mine = `${lockFile}.${process.pid}`;
  await writeFile(mine, `${process.pid}\n`);
  try {
    for (let attempt = 1; ; attempt++) {
      try {
        await link(mine, lockFile);
        return () => rm(lockFile, { force: true });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "EEXIST" || attempt === 3) throw error;
      }
      const holder = Number.parseInt(await readFile(lockFile, "utf8").catch(() => ""), 10);
      if (isRunning(holder)) {
        throw new OutputError(`another build is writing ${shown} (pid ${holder}): wait for it to finish, or remove ${lockFile} if that process is no build`);
      }
      await rm(lockFile, { force: true }); // left by a build that was killed
    }
  } finally {
    await rm(mine, { force: true });
  }
}

/** Whether process `pid` exists (run by us or another user). */
export function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM"; // alive, run by another user
  }
}
