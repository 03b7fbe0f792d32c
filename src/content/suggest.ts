import { distance } from "fastest-levenshtein";

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
