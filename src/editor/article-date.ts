import type { DateTime } from "luxon";
import { parseArticleDate } from "../content/index.ts";
import { quote } from "../text/index.ts";

export interface DateField {
  /** What goes into the frontmatter: the editor's own text, or now as `YYYY-MM-DDTHH:mm` (site time). */
  text: string;
  /** The instant in the site zone; its calendar day names the file. */
  at: DateTime;
}

/**
 * The `date:` of a new article. `raw` accepts the frontmatter's forms (see parseArticleDate);
 * without it the article is dated `now`, to the minute, in the site's zone. A date written
 * another way that surely means one day gets the --date to give instead; `locale` (the site's)
 * orders day and month in `18/09/2023`, and without it only a certain reading is suggested.
 */
export function dateField(raw: string | undefined, now: DateTime, zone: string, locale?: string): DateField | { error: string } {
  const text = raw === undefined ? now.setZone(zone).toFormat("yyyy-MM-dd'T'HH:mm") : raw.trim();
  const parsed = parseArticleDate(text, zone, locale);
  if ("error" in parsed) {
    return { error: parsed.meant ? `--date ${quote(text)} is not a date: did you mean --date ${parsed.meant}? (dates are written YYYY-MM-DD)` : `--date ${parsed.error}` };
  }
  return { text, at: parsed.at };
}
