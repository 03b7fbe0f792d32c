import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { pageCreationMicros, slowPageCreationMicros, waitForQuietDisk } from "../../src/bench/file-creation-probe.ts";
import { tempFolder } from "../helpers/temp-folder.ts";

/** A probe answering from a list, and a clock that only moves when the waiter sleeps. */
function fakeDisk(answers: number[]) {
  const slept: number[] = [];
  const lines: string[] = [];
  const probe = () => answers.shift() ?? Number.NaN;
  const options = { maxWaitMs: 60_000, intervalMs: 20_000, sleep: async (ms: number) => void slept.push(ms), report: (line: string) => void lines.push(line) };
  return { probe, options, slept, lines };
}

test("a quiet disk is measured once, without waiting or a word", async () => {
  const disk = fakeDisk([]);
  assert.equal(await waitForQuietDisk(50, disk.probe, disk.options), [50]);
  assert.equal([disk.slept, disk.lines], [[], []]);
});

test("a slow disk is probed again until it is quiet, and the wait is reported", async () => {
  const disk = fakeDisk([300, slowPageCreationMicros - 1, 40]);
  assert.equal(await waitForQuietDisk(600, disk.probe, disk.options), [600, 300, slowPageCreationMicros - 1]);
  assert.equal(disk.slept, [20_000, 20_000]);
  assert.match(disk.lines[0]!, "waiting up to 1 min");
  assert.match(disk.lines[0]!, "--no-wait");
  assert.equal(disk.lines.slice(1), ["  after 20 s: 300 µs a page", `  after 40 s: ${slowPageCreationMicros - 1} µs a page`]);
});

test("a disk that stays slow is waited for at most maxWaitMs", async () => {
  const disk = fakeDisk([500, 500, 500, 500, 500]);
  assert.equal(await waitForQuietDisk(500, disk.probe, disk.options), [500, 500, 500, 500]);
  assert.equal(disk.slept, [20_000, 20_000, 20_000]);
});

test("the probe creates a folder and an index.html a page, as a build writes them", () => {
  const dir = path.join(tempFolder("digest-probe-"), "probe");
  const micros = pageCreationMicros(dir, 20);
  assert.ok(micros > 0 && Number.isFinite(micros), String(micros));
  assert.is(readdirSync(dir).length, 20);
  assert.ok(existsSync(path.join(dir, "19", "index.html")));
});

test.run();
