import { knownOutlet, type OutletAliases } from "./outlet-names.ts";

export interface Dateline {
  /** The outlet as written, e.g. `PIKIRAN RAKYAT` or `KOMPAS.com`; none in a place-only dateline (`JAKARTA – `). */
  outlet?: string;
  /** The place, when there is one (`JAKARTA` in `JAKARTA, KOMPAS.com —`). */
  place?: string;
  /** The day as the dateline writes it (`Sept 13` in `SEOUL, Sept 13 (Reuters) -`). */
  day?: string;
}

// The dateline runs up to the first dash with spaces around it (or ending the paragraph).
const datelinePattern = /^(?<head>.{1,80}?)[ \t\u00a0]+(?:--|[–—-])(?:[ \t\u00a0]+(?<rest>.*)|[ \t\u00a0]*$)/su;
// A web address as an outlet's name, in any case: `KOMPAS.com`, `TEMPO.CO`, `Liputan6.com`.
const domainName = /^[\p{L}\d][\p{L}\d-]*(?:\.\p{L}{2,4})+$/u;
// An outlet's name in capitals: up to five words, no lower-case letter, at least two letters.
const capitalsName = /^(?=(?:.*\p{Lu}){2})[\p{Lu}\d][\p{Lu}\d&'’.-]*(?:\s[\p{Lu}\d&'’.-]+){0,4}$/u;
// `JAKARTA (ANTARA)`, `SEOUL, Sept 13 (Reuters)`: the outlet is in brackets, in any case.
const bracketed = /^(?<place>\p{Lu}[^()]{0,60}?)[\s,]*\((?<outlet>\p{L}[\p{L}\d .&'’-]{0,38})\)$/u;
const placeName = /^\p{Lu}[\p{L}\d .'’-]{0,40}$/u;
// One word as a place: `JAKARTA`, or `Jakarta` as Detik writes it.
const onePlace = /^\p{Lu}[\p{L}'’-]{1,30}$/u;
// The day in a wire dateline: `Sept 13`, `Sept. 13`, `13 Sept`.
const wireDay = /^(?:\p{L}{3,9}\.? \d{1,2}|\d{1,2} \p{L}{3,9}\.?)$/u;

/**
 * Splits the dateline off the first paragraph of a story: `PIKIRAN RAKYAT – Pemerintah …`,
 * `KOMPAS.com - …`, `JAKARTA, KOMPAS.com — …` (the place before a comma is not the outlet),
 * `Liputan6.com, Jakarta - …`, `JAKARTA (ANTARA) - …`, `SEOUL, Sept 13 (Reuters) - …`, and a place
 * alone (`JAKARTA – …`: one word that `outlets` and the built-in table do not know as an outlet).
 * Undefined when the paragraph does not start with one.
 */
export function splitDateline(paragraph: string, outlets: OutletAliases = {}): { dateline: Dateline; rest: string } | undefined {
  const match = datelinePattern.exec(paragraph);
  if (!match?.groups) return undefined;
  const rest = (match.groups.rest ?? "").trim();
  const dateline = readHead(match.groups.head!.trim(), rest, outlets);
  return dateline ? { dateline, rest } : undefined;
}

function readHead(head: string, rest: string, outlets: OutletAliases): Dateline | undefined {
  const isOutlet = (name: string) => domainName.test(name) || capitalsName.test(name) || knownOutlet(name, outlets) !== undefined;
  const inBrackets = bracketed.exec(head);
  if (inBrackets?.groups) {
    const [place, day] = inBrackets.groups.place!.split(",").map((part) => part.trim());
    return { outlet: inBrackets.groups.outlet!.trim(), place, ...(day && wireDay.test(day) ? { day } : {}) };
  }

  const parts = head.split(",").map((p) => p.trim());
  if (parts.length > 2 || parts.some((p) => !p)) return undefined;
  if (parts.length === 1) {
    const name = parts[0]!;
    const known = domainName.test(name) || knownOutlet(name, outlets) !== undefined;
    // A single word in capitals no table knows is a city, as in `JAKARTA – `; Detik writes it `Jakarta - `.
    if (!known && onePlace.test(name) && (capitalsName.test(name) || /^["“\p{Lu}]/u.test(rest))) return { place: name };
    return known || capitalsName.test(name) ? { outlet: name } : undefined;
  }
  const [first, second] = parts as [string, string];
  // Usually `PLACE, OUTLET`; some outlets write their web address first: `Liputan6.com, Jakarta`.
  if (domainName.test(first) && placeName.test(second)) return { outlet: first, place: second };
  if (isOutlet(second) && placeName.test(first)) return { outlet: second, place: first };
  return undefined;
}
