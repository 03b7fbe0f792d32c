import { quote } from "../text/index.ts";
import { parseArticleDate, type ArticleDate } from "./dates.ts";
import { unknownKindProblem } from "./suggest.ts";

export const updateKinds = ["update", "correction"] as const;
export type UpdateKind = (typeof updateKinds)[number];

/** A dated change to an article after publication; `note` is Markdown. */
export interface UpdateSource {
  date: ArticleDate;
  kind: UpdateKind;
  note: string;
}

type Report = (field: readonly (string | number)[], message: string) => void;

/**
 * The `updates:` entries, read with the article's date rules: one dated before the article is an
 * error (it cannot change what was not yet published), as is a kind other than update or correction.
 * Entries the schema refuses (no note, no date) are left to its messages. `locale` orders day and
 * month in a guess at a date written another way, as for the article's own.
 */
export function updatesOf(value: unknown, published: ArticleDate | undefined, zone: string, report: Report, locale?: string): UpdateSource[] {
  if (!Array.isArray(value)) return [];
  const updates: UpdateSource[] = [];
  value.forEach((entry: unknown, i) => {
    if (!entry || typeof entry !== "object") return;
    const { date, kind, note } = entry as Record<string, unknown>;
    const at = typeof date === "string" ? parseArticleDate(date, zone, locale) : undefined;
    if (at && "error" in at) report(["updates", i, "date"], at.error);
    else if (at && published && at.at < published.at) {
      report(["updates", i, "date"], `${quote(date as string)} is before the article's own date (${published.at.toISO({ suppressMilliseconds: true })}): an update comes after publication; check the day and time`);
    }
    const known = typeof kind === "string" && (updateKinds as readonly string[]).includes(kind.trim().toLowerCase());
    if (typeof kind === "string" && kind.trim() && !known) {
      report(["updates", i, "kind"], unknownKindProblem(kind, updateKinds, "write kind: update or kind: correction"));
    }
    if (!at || "error" in at || !known || typeof note !== "string" || !note.trim()) return;
    updates.push({ date: at, kind: (kind as string).trim().toLowerCase() as UpdateKind, note: note.trim() });
  });
  return updates;
}
