export interface Dateline {
  /** The outlet as written, e.g. `PIKIRAN RAKYAT` or `KOMPAS.com`. */
  outlet: string;
  /** The place before it, when there is one (`JAKARTA` in `JAKARTA, KOMPAS.com —`). */
  place?: string;
}

// The dateline runs up to the first dash with spaces around it (or ending the paragraph).
const datelinePattern = /^(?<head>.{1,80}?)[ \t\u00a0]+(?:--|[–—-])(?:[ \t\u00a0]+(?<rest>.*)|[ \t\u00a0]*$)/su;
// A web address as an outlet's name, in any case: `KOMPAS.com`, `TEMPO.CO`, `Liputan6.com`.
const domainName = /^[\p{L}\d][\p{L}\d-]*(?:\.\p{L}{2,4})+$/u;
// An outlet's name in capitals: up to five words, no lower-case letter, at least two letters.
const capitalsName = /^(?=(?:.*\p{Lu}){2})[\p{Lu}\d][\p{Lu}\d&'’.-]*(?:\s[\p{Lu}\d&'’.-]+){0,4}$/u;
// `JAKARTA (ANTARA)`, `JAKARTA, Sept 5 (Reuters)`: the outlet is in brackets, in any case.
const bracketed = /^(?<place>\p{Lu}[^()]{0,60}?)[\s,]*\((?<outlet>\p{L}[\p{L}\d .&'’-]{0,38})\)$/u;
const placeName = /^\p{Lu}[\p{L}\d .'’-]{0,40}$/u;

/**
 * Splits the dateline off the first paragraph of a story: `PIKIRAN RAKYAT – Pemerintah …`,
 * `KOMPAS.com - …`, `JAKARTA, KOMPAS.com — …` (the place before a comma is not the outlet),
 * `JAKARTA (ANTARA) - …`. Undefined when the paragraph does not start with one.
 */
export function splitDateline(paragraph: string): { dateline: Dateline; rest: string } | undefined {
  const match = datelinePattern.exec(paragraph);
  if (!match?.groups) return undefined;
  const dateline = readHead(match.groups.head!.trim());
  return dateline ? { dateline, rest: (match.groups.rest ?? "").trim() } : undefined;
}

function readHead(head: string): Dateline | undefined {
  const inBrackets = bracketed.exec(head);
  if (inBrackets?.groups) return { outlet: inBrackets.groups.outlet!.trim(), place: inBrackets.groups.place!.split(",")[0]!.trim() };

  const parts = head.split(",").map((p) => p.trim());
  if (parts.length > 2 || parts.some((p) => !p)) return undefined;
  if (parts.length === 1) return isOutlet(parts[0]!) ? { outlet: parts[0]! } : undefined;
  const [first, second] = parts as [string, string];
  // Usually `PLACE, OUTLET`; some outlets write their web address first: `Liputan6.com, Jakarta`.
  if (domainName.test(first) && placeName.test(second)) return { outlet: first, place: second };
  if (isOutlet(second) && placeName.test(first)) return { outlet: second, place: first };
  return undefined;
}

function isOutlet(name: string): boolean {
  return domainName.test(name) || capitalsName.test(name);
}
