import { readFile } from "node:fs/promises";
import path from "node:path";

/** Pasted text as a string; anything but UTF-8 is refused rather than garbled. */
export function decodeStory(bytes: Uint8Array, name: string): { text: string } | { error: string } {
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    return { error: `${name} is not UTF-8 text: save it with UTF-8 encoding` };
  }
}

/** The story in `file` (relative to `cwd`), or on standard input when `file` is `-`. */
export async function readStory(file: string, cwd: string, readStdin: () => Promise<Uint8Array>): Promise<{ text: string } | { error: string }> {
  if (file === "-") return decodeStory(await readStdin(), "the standard input");
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path.resolve(cwd, file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return { error: `${file} does not exist: give the text file with the story, or - to read standard input` };
    if (code === "EISDIR") return { error: `${file} is a folder: give the text file with the story` };
    return { error: `${file} could not be read: ${(error as Error).message}` };
  }
  return decodeStory(bytes, file);
}
