import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * The text kept in `file` by an earlier build, or `make()`'s, kept there for the next one. Written
 * beside its final name and renamed, so a build reading it at the same time sees all or nothing; a
 * cache that cannot be written (read-only project, full disk) only costs time.
 */
export function keptText(file: string, make: () => string): string {
  try {
    return readFileSync(file, "utf8");
  } catch {
    const text = make();
    try {
      mkdirSync(path.dirname(file), { recursive: true });
      const staging = `${file}.${process.pid}.tmp`;
      writeFileSync(staging, text);
      renameSync(staging, file);
    } catch {
      // compute it again next time
    }
    return text;
  }
}
