/** What related coverage is computed from: an article's time and what it is about, as keys such as `people/kim-jong-un`. */
export interface RelatedItem {
  ms: number;
  features: readonly string[];
}

export interface RelatedOptions {
  /** How many related articles each gets. */
  limit?: number;
  /**
   * How many of a posting list's articles on either side of this one (in time) are considered.
   * A very common tag or person is on thousands of articles; comparing with all of them would
   * cost the square of the site. The nearest in time are also the ones the time weight favours,
   * so those further away would rarely make the top five anyway.
   */
  window?: number;
  /** Days after which a shared feature counts half. */
  halfLifeDays?: number;
  /** Counts candidate visits, for tests that hold the work bounded. */
  stats?: { comparisons: number };
}

const dayMs = 24 * 60 * 60 * 1000;

/**
 * For each item (oldest first), the indices of up to `limit` related items: scored by the
 * weights of the features they share, times closeness in time (1 / (1 + days apart / half-life)),
 * leaving out the item itself and `excluded(i)` (what its page already links). Ties go to the
 * nearer in time, then the newer: indices are the build's total chronological order, so the
 * order never depends on the order of maps. Uses an inverted index (feature → items), never all pairs.
 */
export function relatedCoverage(
  items: readonly RelatedItem[],
  weightOf: (feature: string) => number,
  excluded: (i: number) => ReadonlySet<number>,
  { limit = 5, window = 10, halfLifeDays = 14, stats }: RelatedOptions = {},
): number[][] {
  const postings = new Map<string, number[]>();
  // Each item's features (once each) with its position in their posting lists: items come in order, so lists are sorted by time.
  const positions = items.map((item, i) =>
    [...new Set(item.features)].map((feature) => {
      let list = postings.get(feature);
      if (!list) postings.set(feature, (list = []));
      list.push(i);
      return { list, at: list.length - 1, weight: weightOf(feature) };
    }),
  );
  const halfLifeMs = halfLifeDays * dayMs;
  // One accumulator for all items, reset after each: no map or object per candidate.
  const shared = new Float64Array(items.length);
  const touched: number[] = [];
  return items.map((item, i) => {
    for (const { list, at, weight } of positions[i]!) {
      const start = Math.max(0, at - window);
      const end = Math.min(list.length - 1, at + window);
      for (let k = start; k <= end; k++) {
        const j = list[k]!;
        if (j === i) continue;
        if (shared[j] === 0) touched.push(j);
        shared[j]! += weight;
      }
      if (stats) stats.comparisons += end - start;
    }
    const skip = excluded(i);
    const best: { j: number; score: number; apart: number }[] = [];
    for (const j of touched) {
      const weight = shared[j]!;
      shared[j] = 0;
      if (skip.has(j)) continue;
      const apart = Math.abs(items[j]!.ms - item.ms);
      const candidate = { j, score: weight / (1 + apart / halfLifeMs), apart };
      // Keep the best `limit` in order by insertion: candidates are few, the kept list tiny.
      let at = best.length;
      while (at > 0 && before(candidate, best[at - 1]!)) at--;
      if (at < limit) {
        best.splice(at, 0, candidate);
        if (best.length > limit) best.pop();
      }
    }
    touched.length = 0;
    return best.map(({ j }) => j);
  });
}

type Scored = { j: number; score: number; apart: number };
/** Higher score first, then nearer in time, then newer: a total order, indices being unique. */
const before = (a: Scored, b: Scored) => a.score > b.score || (a.score === b.score && (a.apart < b.apart || (a.apart === b.apart && a.j > b.j)));
