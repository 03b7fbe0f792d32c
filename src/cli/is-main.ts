import { realpathSync } from "node:fs";

/** True when the module at `filename` is the script node was started with (symlinks resolved). */
export function isMain(filename: string): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return realpathSync(script) === realpathSync(filename);
  } catch {
    return false;
  }
}
