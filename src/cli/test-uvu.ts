// What a test file gets when it imports "uvu" under `npm test` (src/cli/test-resolve.mjs sends
// it here): uvu's own suites, with the hooks uvu 0.5.6 lets hide a failure made loud. There, a
// throwing `before` hook is swallowed and its suite shows a green "(0 / 3)"; a throwing `after`
// hook ends the whole run before its summary; a suite never `run()` is silently dropped.
import * as uvu from "uvu";

export { exec } from "uvu";
type Context = Record<string, any>;
type Callback<T> = uvu.Callback<T>;
type State = Context & { __suite__: string; __test__: string };

/** What the runner learns from the suites, told as it happens (src/cli/test-process.ts listens). */
export interface SuiteReporter {
  /** A `before`, `after` or `after.each` hook threw; `test` is the test an `after.each` followed. */
  hookFailed(suite: string, hook: "before" | "after" | "after.each", error: unknown, test?: string): void;
  started(suite: string, fileIndex: number): void;
  finished(suite: string, fileIndex: number, counts: { passed: number; failed: number; skipped: number }): void;
}

let reporter: SuiteReporter | undefined;
export function reportTo(listener: SuiteReporter): void {
  reporter = listener;
}

/** Suites with tests registered since their last `run()`, and how to drop those tests. */
const pending = new Map<number, { suite: string; tests: number; discard: () => void }>();
/**
 * The suites whose tests were registered but never run (a file that forgot `run()`, or one that
 * threw while importing), each dropped so its tests cannot run with the next file's.
 */
export function takeNeverRun(): { suite: string; tests: number }[] {
  const found = [...pending.values()];
  pending.clear();
  for (const entry of found) entry.discard();
  return found.map(({ suite, tests }) => ({ suite, tests }));
}

/** What every test of a suite fails with when its `before` hook threw: that error, where it was thrown. */
export function setupFailed(error: unknown): Error {
  const failure = new Error(`this suite's before hook threw, so the test could not run: ${error instanceof Error ? error.message : String(error)}`);
  const frames = error instanceof Error ? error.stack?.split("\n").filter((line) => /^\s+at /.test(line)) : undefined;
  failure.stack = [`Error: ${failure.message}`, ...(frames ?? [])].join("\n");
  return failure;
}

let suites = 0;
// Longer than 60 lines on purpose: every wrapper inside shares this suite's round and registration state.
export function suite<T = Context>(title = "", context?: T): uvu.Test<T> {
  const inner = uvu.suite(title, context) as unknown as uvu.Test<Context>;
  const key = ++suites;
  const { before, after, run, only, skip } = inner;
  const beforeEach = before.each;
  const afterEach = after.each;
  // One round is the registrations up to a run() and that run: hooks belong to one round.
  let round = { setupError: undefined as unknown, hasSetupError: false };
  const guard = (r: typeof round) => () => {
    if (r.hasSetupError) throw setupFailed(r.setupError);
  };
  beforeEach(guard(round)); // first, so a user's before.each never runs on a failed setup

  const queued = () => {
    const { UVU_QUEUE, UVU_INDEX } = globalThis as unknown as { UVU_QUEUE: unknown[][]; UVU_INDEX?: number };
    const fileIndex = UVU_INDEX ?? 0;
    return { group: UVU_QUEUE[fileIndex]!, fileIndex };
  };
  const discard = () => {
    run(); // uvu's only way to forget registrations: queue them, then take them off the queue
    queued().group.pop();
    round = { setupError: undefined, hasSetupError: false };
    beforeEach(guard(round));
  };
  const count = () => {
    const entry = pending.get(key) ?? { suite: title, tests: 0, discard };
    entry.tests++;
    pending.set(key, entry);
  };
  const wrapped = ((name: string, fn: Callback<Context>) => {
    count();
    inner(name, fn);
  }) as uvu.Test<Context>;
  wrapped.only = (name, fn) => {
    count();
    only(name, fn);
  };
  wrapped.skip = (name, fn) => skip(name, fn);
  wrapped.before = Object.assign(
    (fn: Callback<Context>) => {
      const r = round;
      before(async (state) => {
        if (r.hasSetupError) return;
        try {
          await fn(state);
        } catch (error) {
          r.setupError = error;
          r.hasSetupError = true;
          reporter?.hookFailed(title, "before", error);
        }
      });
    },
    { each: (fn: Callback<Context>) => beforeEach(fn) },
  );
  wrapped.after = Object.assign(
    (fn: Callback<Context>) =>
      after(async (state) => {
        try {
          await fn(state);
        } catch (error) {
          reporter?.hookFailed(title, "after", error);
        }
      }),
    {
      each: (fn: Callback<Context>) =>
        afterEach(async (state) => {
          try {
            await fn(state);
          } catch (error) {
            reporter?.hookFailed(title, "after.each", error, (state as State).__test__);
          }
        }),
    },
  );
  wrapped.run = () => {
    pending.delete(key);
    run();
    // uvu queued this round's runner last: report when it starts and what it counted.
    const { group, fileIndex } = queued();
    const runner = group.pop() as () => Promise<[unknown, number, number, number]>;
    group.push(async () => {
      reporter?.started(title, fileIndex);
      const result = await runner();
      const [, passed, skipped, total] = result;
      reporter?.finished(title, fileIndex, { passed, failed: total - passed, skipped });
      return result;
    });
    round = { setupError: undefined, hasSetupError: false };
    beforeEach(guard(round));
  };
  return wrapped as unknown as uvu.Test<T>;
}

export const test = suite();
