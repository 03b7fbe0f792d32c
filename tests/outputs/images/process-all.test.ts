// A warm build knows its pictures without reading them: each source file's hash is kept by path,
// size and time of change in the cache folder, and the cache entry is found by that hash.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { spawnSync } from "node:child_process";
import { readFile, stat } from "node:fs/promises";
import { utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";
import type { ArticlePicture } from "../../../src/model/index.ts";
import { processAll } from "../../../src/outputs/images/process-all.ts";
import { PictureShelf } from "../../../src/outputs/images/shelf.ts";
import { SourceHashes } from "../../../src/outputs/images/source-hashes.ts";
import { tempFolder } from "../../helpers/temp-folder.ts";

const folder = tempFolder("digest-process-all-");
const cacheDir = path.join(folder, "cache");
const jpeg = (background: string) => sharp({ create: { width: 400, height: 200, channels: 3, background } }).jpeg().toBuffer();
const files = [path.join(folder, "a.jpg"), path.join(folder, "b.jpg")];
writeFileSync(files[0]!, await jpeg("#369"));
writeFileSync(files[1]!, await jpeg("#963"));
// Saved an hour ago: a file changed within the last moments is hashed again (its time may not show a second change).
const hourAgo = Date.now() / 1000 - 3600;
for (const file of files) utimesSync(file, hourAgo, hourAgo);

/** The pictures as the checks describe them now (size and time of change from the disk). */
const pictures = async (): Promise<ArticlePicture[]> =>
  Promise.all(files.map(async (file) => {
    const stats = await stat(file);
    return { src: path.basename(file), alt: "x", line: 1, file: { path: file, width: 400, height: 200, format: "jpeg", bytes: stats.size, modifiedMs: stats.mtimeMs } };
  }));

/** One build in a new process: a new shelf, the hashes read from the cache folder; counts the source files read. */
async function build() {
  const reads: string[] = [];
  const readSource = (file: string) => (reads.push(path.basename(file)), readFile(file));
  const shelf = new PictureShelf();
  const hashes = await SourceHashes.load(cacheDir);
  const result = await processAll(await pictures(), { cacheDir, shelf, hashes, workers: 2, readSource });
  await hashes.save(result.inUse);
  return { reads: reads.sort(), fresh: result.fresh, cached: result.cached, keys: files.map((file) => shelf.byFile.get(file)!.picture.key) };
}

const cold = await build();
const warm = await build();

test("a cold build reads each source file once and processes it", () => {
  assert.equal(cold.reads, ["a.jpg", "b.jpg"]);
  assert.equal([cold.fresh, cold.cached], [2, 0]);
});

test("a warm build reads no source file whose size and time of change are unchanged, and finds the same entries", () => {
  assert.equal(warm.reads, []);
  assert.equal([warm.fresh, warm.cached], [0, 2]);
  assert.equal(warm.keys, cold.keys);
});

/** One build in a process of its own that records the native libraries it opens (sharp opens libvips). */
async function buildRecordingLibraries(cache: string) {
  const module = (file: string) => JSON.stringify(new URL(`../../../src/outputs/images/${file}`, import.meta.url).href);
  const script = `const opened = [];
    const dlopen = process.dlopen;
    process.dlopen = function (...args) { opened.push(String(args[1])); return dlopen.apply(this, args); };
    const { processAll } = await import(${module("process-all.ts")});
    const { PictureShelf } = await import(${module("shelf.ts")});
    const { SourceHashes } = await import(${module("source-hashes.ts")});
    const { cacheDir, pictures } = JSON.parse(process.env.PICTURES);
    const result = await processAll(pictures, { cacheDir, shelf: new PictureShelf(), hashes: await SourceHashes.load(cacheDir), workers: 2 });
    console.log(JSON.stringify({ opened, fresh: result.fresh, cached: result.cached }));`;
  const env = { ...process.env, PICTURES: JSON.stringify({ cacheDir: cache, pictures: await pictures() }) };
  const result = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { encoding: "utf8", env, timeout: 60_000 });
  assert.is(result.status, 0, result.stderr);
  return JSON.parse(result.stdout) as { opened: string[]; fresh: number; cached: number };
}

test("a build whose pictures are all in the cache never loads the encoders; one with a picture to process does", async () => {
  const warmProcess = await buildRecordingLibraries(cacheDir);
  assert.equal([warmProcess.fresh, warmProcess.cached], [0, 2]);
  assert.equal(warmProcess.opened, []);
  const coldProcess = await buildRecordingLibraries(path.join(folder, "another-cache"));
  assert.equal([coldProcess.fresh, coldProcess.cached], [2, 0]);
  assert.ok(coldProcess.opened.some((file) => file.includes("sharp")), coldProcess.opened.join(", "));
});

test("a file saved again (new time, same bytes) is read once to hash it, and still comes from the cache", async () => {
  utimesSync(files[0]!, hourAgo + 60, hourAgo + 60);
  const touched = await build();
  assert.equal(touched.reads, ["a.jpg"]);
  assert.equal([touched.fresh, touched.cached], [0, 2]);
  assert.equal(touched.keys, cold.keys);
  assert.equal((await build()).reads, [], "and is known again after that");
});

test("a file with new bytes is read and processed under a new key", async () => {
  writeFileSync(files[1]!, await jpeg("#000"));
  utimesSync(files[1]!, hourAgo + 120, hourAgo + 120);
  const changed = await build();
  assert.equal(changed.reads, ["b.jpg"]);
  assert.equal([changed.fresh, changed.cached], [1, 1]);
  assert.is(changed.keys[0], cold.keys[0]);
  assert.is.not(changed.keys[1], cold.keys[1]);
});

test("a file changed moments ago is not trusted by its time: it is read again next build", async () => {
  writeFileSync(files[0]!, await jpeg("#fff"));
  const first = await build();
  assert.equal(first.reads, ["a.jpg"]);
  assert.equal((await build()).reads, ["a.jpg"]);
});

test.run();
