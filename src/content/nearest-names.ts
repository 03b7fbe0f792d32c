import { distance } from "fastest-levenshtein";

/** Up to `count` of `names` nearest to `input` by edit distance (case-insensitive), nearest first, ties alphabetical. */
export function nearestNames(input: string, names: Iterable<string>, count: number): string[] {
  const wanted = input.toLowerCase();
  return [...new Set(names)]
    .map((name) => ({ name, d: distance(wanted, name.toLowerCase()) }))
    .sort((a, b) => a.d - b.d || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .slice(0, count)
    .map((n) => n.name);
}
