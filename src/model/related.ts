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
  // Each feature's posting list and weight, the weight asked for once a feature.
  const postings = new Map<string, { list: number[]; weight: number }>();
  // Each item's features (once each) with its position in their posting lists: items come in order, so lists are sorted by time.
  const positions = items.map((item, i) =>
    [...new Set(item.features)].map((feature) => {
      let posting = postings.get(feature);
      if (!posting) postings.set(feature, (posting = { list: [], weight: weightOf(feature) }));
      posting.list.push(i);
      return { list: posting.list, at: posting.list.length - 1, weight: posting.weight };
    }),
  );
  const halfLifeMs = halfLifeDays * dayMs;
  // Typed arrays, reused for every item: no map or object per candidate (at 100,000 articles there
  // are some fifteen million), and times read from one array rather than from scattered items.
  const msOf = Float64Array.from(items, (item) => item.ms);
  const shared = new Float64Array(items.length);
  const touched: number[] = [];
  const bestJ = new Int32Array(limit);
  const bestScore = new Float64Array(limit);
  const bestApart = new Float64Array(limit);
  return items.map((_, i) => {
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
    let kept = 0;
    for (const j of touched) {
      const weight = shared[j]!;
      shared[j] = 0;
      if (skip.has(j)) continue;
      const apart = Math.abs(msOf[j]! - msOf[i]!);
      const score = weight / (1 + apart / halfLifeMs);
      // Keep the best `limit` in order by insertion: higher score first, then nearer in time, then
      // newer — a total order, indices being unique.
      let at = kept;
      while (at > 0 && (score > bestScore[at - 1]! || (score === bestScore[at - 1]! && (apart < bestApart[at - 1]! || (apart === bestApart[at - 1]! && j > bestJ[at - 1]!))))) at--;
      if (at >= limit) continue;
      if (kept < limit) kept++;
      for (let m = kept - 1; m > at; m--) {
        bestJ[m] = bestJ[m - 1]!;
        bestScore[m] = bestScore[m - 1]!;
        bestApart[m] = bestApart[m - 1]!;
      }
      bestJ[at] = j;
      bestScore[at] = score;
      bestApart[at] = apart;
    }
    touched.length = 0;
    return Array.from(bestJ.subarray(0, kept));
  });
}
