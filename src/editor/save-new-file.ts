import type { ContentFile } from "../content/index.ts";
import type { SiteSettings } from "../settings/index.ts";
import { problemsInNewFile } from "./check-new-file.ts";
import { displayPath } from "./paths.ts";
import { writeNewFile } from "./write-new-file.ts";

export interface SaveContext {
  cwd: string;
  settings: SiteSettings;
  /** The topics a new article may name. */
  topicFiles: ContentFile[];
}

/**
 * Writes a new article or topic after the validator has passed it, never over an existing
 * file. Returns the path as the editor should read it.
 */
export async function saveNewFile(
  made: { file: string; text: string },
  kind: ContentFile["kind"],
  { cwd, settings, topicFiles }: SaveContext,
): Promise<{ ok: true; shown: string } | { ok: false; error: string }> {
  const shown = displayPath(made.file, cwd);
  const problems = problemsInNewFile(shown, kind, made.text, topicFiles, settings);
  if (problems.length) return { ok: false, error: `not written, the validator would refuse it: ${problems[0]}` };
  const written = await writeNewFile(made.file, made.text, shown);
  return written.ok ? { ok: true, shown } : written;
}
