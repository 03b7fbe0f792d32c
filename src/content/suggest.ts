import { distance } from "fastest-levenshtein";
import { quote } from "../text/index.ts";

/**
 * The candidate an editor most likely meant, or undefined when nothing is close.
 * Case-insensitive; "close" allows two typos (a swapped pair counts two), more in long names;
 * failing that, a name the input begins (`russia-dprk` → `russia-dprk-arms-deal`).
 */
export function closestMatch(input: string, candidates: Iterable<string>): string | undefined {
  const wanted = input.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  let shortestExtension: string | undefined;
  for (const candidate of candidates) {
    const lower = candidate.toLowerCase();
    const d = distance(wanted, lower);
    if (d < bestDistance || (d === bestDistance && best !== undefined && candidate < best)) {
      best = candidate;
      bestDistance = d;
    }
    if (wanted.length >= 3 && lower.startsWith(wanted) && (!shortestExtension || candidate.length < shortestExtension.length || (candidate.length === shortestExtension.length && candidate < shortestExtension))) {
      shortestExtension = candidate;
    }
  }
  const allowed = Math.max(2, Math.floor(wanted.length / 3));
  return best !== undefined && bestDistance <= allowed ? best : shortestExtension;
}

/**
 * What is wrong with a `kind:` no file type knows (an update's, an outlet's, an entity's), with a
 * did-you-mean among `kinds`; `otherwise` ends the message when none is close.
 */
export function unknownKindProblem(kind: string, kinds: readonly string[], otherwise: string): string {
  const guess = closestMatch(kind.trim(), kinds);
  return `unknown kind ${quote(kind)}: ${guess ? `did you mean kind: ${guess}?` : otherwise}`;
}
