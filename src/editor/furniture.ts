import { datesInText } from "./story-date.ts";

/** Kinds of page furniture a paste carries besides the story. */
export type FurnitureKind = "photo caption" | "byline" | "footer" | "date line";

// A photo's credit closing its caption: `(KOMPAS.com/Nama)`, `(AP Photo/Name)`, `(ANTARA/Nama)`.
const bracketCredit = /\((?:\p{Lu}[\p{Lu}\d]+(?:\.com|\.co)?(?: FOTO| PHOTO| Photo)?|[\p{L}\d]+\.com|AP Photo|Reuters|Antara|(?:DOK|Dok)\. [\p{L} ]+)\/[^()]{1,80}\)\.?$/u;
// `TEMPO/Nama`, `REUTERS/Name`, `ANTARA FOTO/Nama/nym.` at the end, or `… via REUTERS`.
const bareCredit = /(?:\b(?:TEMPO|REUTERS|ANTARA FOTO|AFP|ANTARA)\/[\p{L}\d .'’/-]{1,80}\.?|\bvia REUTERS\.?)$/u;
const captionStart = /^(?:FILE(?: PHOTO)? ?[-–—:]|FOTO ?:|Foto ?:|ILUSTRASI ?:|Ilustrasi ?:)/u;
const bylineStart = /^(?:Penulis|Editor|Pewarta|Reporter|Penyunting|Kontributor|Writer|Editing by)\s*:/iu;
const reportingBy = /^(?:Reporting|Additional reporting|Writing) by\b.*(?:Editing by|by [\p{Lu}])/u;
const contributed = /\bcontributed(?: reporting)? to this (?:report|story)\.?$/u;
// `By Josh Smith`, `By Ani Putri and Joko Santoso`: a wire story's byline on its own line.
const wireByline = /^By \p{Lu}[\p{L}.'’-]*(?: (?:and |\p{Lu})[\p{L}.'’-]*){0,6}$/u;
// `Ani Putri - detikNews`: Detik's byline, the reporter and the channel.
const detikByline = /^\p{Lu}[\p{L}.'’ ]{1,60} - detik\p{L}*$/u;
const footer = /^(?:COPYRIGHT|Copyright)\s*(?:©|\(c\))|^©|^_{3,}$|^Our Standards:/u;

/** The channel a byline names as its outlet (`Ani Putri - detikNews` → `detikNews`): Detik's datelines name only a place. */
export function bylineChannel(line: string): string | undefined {
  const text = line.trim();
  return detikByline.test(text) ? text.slice(text.lastIndexOf(" - ") + 3) : undefined;
}

/** The kind of furniture `line` is (a whole paragraph as pasted), or undefined for the story's own text. */
export function furnitureKind(line: string): FurnitureKind | undefined {
  const text = line.trim();
  if (footer.test(text)) return "footer";
  if (bylineStart.test(text) || wireByline.test(text) || detikByline.test(text) || reportingBy.test(text) || (contributed.test(text) && text.length <= 300)) return "byline";
  if (captionStart.test(text) || bracketCredit.test(text) || bareCredit.test(text)) return "photo caption";
  if (isDateLine(text)) return "date line";
  return undefined;
}

// The outlet's name before a page's date line: `Kompas.com - `, `Pikiran-Rakyat.com | `, `CNN Indonesia - `.
const outletBeforeDate = /^(?:[\p{L}\d][\p{L}\d-]*(?:\.\p{L}{2,4})+|\p{Lu}[\p{L}\d&'’.]*(?: \p{Lu}[\p{L}\d&'’.]*){0,2})\s+[-–—|]\s+/u;

/**
 * A page's own date line: `Selasa, 5 September 2023 10:15 WIB`, `02/10/2023, 14:20 WIB`,
 * `September 13, 2023 5:12 AM GMT+7 Updated 2 hours ago`, or after the outlet's name:
 * `Kompas.com - 02/10/2023, 14:20 WIB` (then nothing but the date may follow the name).
 */
function isDateLine(text: string): boolean {
  if (text.length > 100) return false;
  const afterOutlet = text.replace(outletBeforeDate, "");
  const otherWords = (line: string) =>
    line
      .replace(/\d+/gu, " ")
      .split(/[^\p{L}]+/u)
      .filter((word) => word && !dateLineWords.test(word)).length;
  if (afterOutlet !== text && datesInText(afterOutlet, true).length && otherWords(afterOutlet) === 0) return true;
  return datesInText(text, true).length > 0 && otherWords(text) <= 2;
}

// Words around a page's date: days, months, time zones, "updated".
const dateLineWords =
  /^(?:senin|selasa|rabu|kamis|jumat|jum|at|sabtu|minggu|monday|tuesday|wednesday|thursday|friday|saturday|sunday|wib|wita|wit|gmt|utc|am|pm|updated|diperbarui|published|diterbitkan|ago|hours?|minutes?|jam|menit|lalu|pukul|januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember|january|february|march|may|june|july|august|october|december|jan|feb|mar|apr|jun|jul|aug|agu|sept?|oct|okt|nov|dec|des)$/iu;
