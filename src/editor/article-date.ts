import type { DateTime } from "luxon";
import { parseArticleDate } from "../content/index.ts";

export interface DateField {
  /** What goes into the frontmatter: the editor's own text, or now as `YYYY-MM-DDTHH:mm` (site time). */
  text: string;
  /** The instant in the site zone; its calendar day names the file. */
  at: DateTime;
}

/**
 * The `date:` of a new article. `raw` accepts the frontmatter's forms (see parseArticleDate);
 * without it the article is dated `now`, to the minute, in the site's zone.
 */
export function dateField(raw: string | undefined, now: DateTime, zone: string): DateField | { error: string } {
  const text = raw === undefined ? now.setZone(zone).toFormat("yyyy-MM-dd'T'HH:mm") : raw.trim();
  const parsed = parseArticleDate(text, zone);
  if ("error" in parsed) return { error: `--date ${parsed.error}` };
  return { text, at: parsed.at };
}
