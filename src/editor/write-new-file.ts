import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";

type Written = { ok: true } | { ok: false; error: string };

/**
 * Writes `text` to `file`, creating its folder, but never over an existing file: the check and
 * the write are one step (`wx`), so a file that appears in between is not clobbered either.
 * `shown` is the path as the editor should read it in the message.
 */
export async function writeNewFile(file: string, text: string, shown = file): Promise<Written> {
  const failed = (error: unknown): Written => {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EACCES" || code === "EPERM") return { ok: false, error: `${shown} could not be written: permission denied` };
    return { ok: false, error: `${shown} could not be written: ${(error as Error).message}` };
  };
  try {
    await mkdir(path.dirname(file), { recursive: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EEXIST" || code === "ENOTDIR") return { ok: false, error: `${shown} could not be written: part of its folder path is a file` };
    return failed(error);
  }
  try {
    await writeFile(file, text, { flag: "wx", encoding: "utf8" });
    return { ok: true };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") {
      return { ok: false, error: `${shown} already exists: not overwritten (edit that file, or choose another title or date)` };
    }
    return failed(error);
  }
}
