/** Milliseconds spent per build phase, filled in as the phases run (for the benchmark and --timings). */
export type Timings = Record<string, number>;

/** Adds the time since the previous lap (or since creation) to `timings[phase]`. */
export function stopwatch(timings: Timings | undefined) {
  let last = performance.now();
  return (phase: string) => {
    const now = performance.now();
    if (timings) timings[phase] = (timings[phase] ?? 0) + (now - last);
    last = now;
  };
}
