// The output folder's swap: `site` is a link to the newest finished site, replaced in one step;
// every state a killed build can leave still shows a whole site, and the next build tidies it.
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { OutputError } from "../../src/cli/output-error.ts";
import { startOutputBuild } from "../../src/cli/output-folder.ts";
import { tempFolder } from "../helpers/temp-folder.ts";

/** Builds a "site" whose index.html says `text` into `parent/site`, as the build command does. */
async function build(parent: string, text: string): Promise<string> {
  const out = await startOutputBuild(path.join(parent, "site"), "site");
  writeFileSync(path.join(out.staging, "index.html"), text);
  await out.publish();
  return out.staging;
}
const served = (parent: string) => readFileSync(path.join(parent, "site", "index.html"), "utf8");
const sorted = (folder: string) => readdirSync(folder).sort();
/** A pid that belonged to a process which has ended. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ["-e", "0"]);
  return child.pid!;
}

test("a build publishes a link to a folder of its own, holding the marker, with the umask's permissions", async () => {
  const parent = tempFolder("digest-output-");
  const previous = process.umask(0o022);
  try {
    const version = await build(parent, "first");
    assert.equal(sorted(parent), [".site-builds", "site"]);
    assert.ok(lstatSync(path.join(parent, "site")).isSymbolicLink());
    assert.is(readlinkSync(path.join(parent, "site")), `.site-builds/${path.basename(version)}`);
    assert.is(served(parent), "first");
    assert.equal(sorted(version), [".built-by-news-digest", "index.html"]);
    assert.is(statSync(version).mode & 0o777, 0o755, "a web server running as another user must be able to read it");
  } finally {
    process.umask(previous);
  }
});

test("the next build replaces the link and removes the site it replaced", async () => {
  const parent = tempFolder("digest-output-");
  const first = await build(parent, "first");
  const second = await build(parent, "second");
  assert.is(served(parent), "second");
  assert.is(readlinkSync(path.join(parent, "site")), `.site-builds/${path.basename(second)}`);
  assert.not.ok(existsSync(first));
  assert.equal(sorted(path.join(parent, ".site-builds")), [path.basename(second)]);
});

test("removing the old site in the background: it is out of the way at once, and gone soon after", async () => {
  const parent = tempFolder("digest-output-");
  const builds = path.join(parent, ".site-builds");
  const first = await build(parent, "first");
  const out = await startOutputBuild(path.join(parent, "site"), "site");
  writeFileSync(path.join(out.staging, "index.html"), "second");
  await out.publish("in the background");
  assert.is(served(parent), "second");
  assert.not.ok(existsSync(first));
  assert.ok(sorted(builds).every((name) => name === path.basename(out.staging) || name === `.trash-${path.basename(first)}`), sorted(builds).join(" "));
  for (let waited = 0; sorted(builds).length > 1 && waited < 30_000; waited += 100) await new Promise((resolve) => setTimeout(resolve, 100));
  assert.equal(sorted(builds), [path.basename(out.staging)]);
});

test("a trash folder whose removal was killed, its marker already gone, is removed by the next build", async () => {
  const parent = tempFolder("digest-output-");
  const builds = path.join(parent, ".site-builds");
  await build(parent, "old site");
  mkdirSync(path.join(builds, ".trash-killed"));
  writeFileSync(path.join(builds, ".trash-killed", "index.html"), "half removed");
  const next = await build(parent, "new site");
  assert.equal(sorted(builds), [path.basename(next)]);
});

test("what a killed build leaves still shows the old site, and the next build removes it", async () => {
  const parent = tempFolder("digest-output-");
  const builds = path.join(parent, ".site-builds");
  await build(parent, "old site");
  // Killed while rendering: a half-written site and the lock of a process that has gone.
  mkdirSync(path.join(builds, "killed-1"));
  writeFileSync(path.join(builds, "killed-1", ".built-by-news-digest"), "");
  writeFileSync(path.join(builds, "killed-1", "index.html"), "half");
  writeFileSync(path.join(builds, "lock"), `${deadPid()}\n`);
  // Killed right after making its folder, and one killed between making its link and renaming it.
  mkdirSync(path.join(builds, "killed-2"));
  symlinkSync("killed-1", path.join(builds, ".link-killed-1"));
  // Builds before links: .site-staging-* folders beside the site.
  mkdirSync(path.join(parent, ".site-staging-Ab12Cd"));
  writeFileSync(path.join(parent, ".site-staging-Ab12Cd", "index.html"), "staged");
  mkdirSync(path.join(parent, ".site-staging-Xy34Zw-old"));
  assert.is(served(parent), "old site", "a killed build must not change what is served");

  const next = await build(parent, "new site");
  assert.is(served(parent), "new site");
  assert.equal(sorted(parent), [".site-builds", "site"]);
  assert.equal(sorted(builds), [path.basename(next)]);
});

test("a folder in the versions folder that no build wrote is left alone", async () => {
  const parent = tempFolder("digest-output-");
  const builds = path.join(parent, ".site-builds");
  await build(parent, "one");
  mkdirSync(path.join(builds, "mine"));
  writeFileSync(path.join(builds, "mine", "notes.txt"), "keep me");
  const next = await build(parent, "two");
  assert.equal(sorted(builds), [path.basename(next), "mine"].sort());
  assert.is(readFileSync(path.join(builds, "mine", "notes.txt"), "utf8"), "keep me");
});

test("a running build's lock stops a second build with its pid, before anything changes", async () => {
  const parent = tempFolder("digest-output-");
  await build(parent, "one");
  const lock = path.join(parent, ".site-builds", "lock");
  writeFileSync(lock, `${process.pid}\n`); // this test's process: certainly running
  const before = sorted(path.join(parent, ".site-builds"));
  try {
    await startOutputBuild(path.join(parent, "site"), "site");
    assert.unreachable("the second build started");
  } catch (error) {
    assert.instance(error, OutputError);
    assert.is((error as Error).message, `another build is writing site (pid ${process.pid}): wait for it to finish, or remove ${lock} if that process is no build`);
  }
  assert.equal(sorted(path.join(parent, ".site-builds")), before);
  assert.is(served(parent), "one");
});

test("a site folder from before links, marked by its build, becomes a link; an empty folder too", async () => {
  const parent = tempFolder("digest-output-");
  mkdirSync(path.join(parent, "site"));
  writeFileSync(path.join(parent, "site", ".built-by-news-digest"), "");
  writeFileSync(path.join(parent, "site", "index.html"), "old real folder");
  const version = await build(parent, "new");
  assert.is(served(parent), "new");
  assert.equal(sorted(path.join(parent, ".site-builds")), [path.basename(version)]);

  const other = tempFolder("digest-output-");
  mkdirSync(path.join(other, "site"));
  await build(other, "into an empty folder");
  assert.ok(lstatSync(path.join(other, "site")).isSymbolicLink());
  assert.is(served(other), "into an empty folder");
});

test("when the output changed into someone's folder while building, nothing is replaced and the new site is dropped", async () => {
  const parent = tempFolder("digest-output-");
  const out = await startOutputBuild(path.join(parent, "site"), "site");
  writeFileSync(path.join(out.staging, "index.html"), "new");
  mkdirSync(path.join(parent, "site"));
  writeFileSync(path.join(parent, "site", "index.html"), "someone's");
  try {
    await out.publish();
    assert.unreachable("published over someone's folder");
  } catch (error) {
    assert.is((error as Error).message, "site changed while the site was being built and is no longer a site a build wrote: nothing was replaced; move it away and build again");
  }
  assert.is(served(parent), "someone's");
  assert.equal(sorted(parent), ["site"], "the new site and its versions folder are gone");
});

test("an abandoned first build leaves nothing behind", async () => {
  const parent = tempFolder("digest-output-");
  const out = await startOutputBuild(path.join(parent, "site"), "site");
  writeFileSync(path.join(out.staging, "index.html"), "never published");
  await out.abandon();
  assert.equal(sorted(parent), []);
});

test("a folder that cannot be written is one clear message naming it", async () => {
  // /sys refuses new folders even to root, so this holds whoever runs the tests (Linux).
  try {
    await startOutputBuild("/sys/digest-site", "/sys/digest-site");
    assert.unreachable("a build started in /sys");
  } catch (error) {
    assert.instance(error, OutputError);
    assert.match((error as Error).message, /^cannot write in \/sys \((EPERM|EACCES)\): choose an --output in a folder you may write to, or fix its permissions$/);
  }
  assert.not.ok(existsSync("/sys/.digest-site-builds"));
});

test.run();
