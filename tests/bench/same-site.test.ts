import { test } from "uvu";
import * as assert from "uvu/assert";
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { siteDifferences } from "../../src/bench/same-site.ts";
import { tempFolder } from "../helpers/temp-folder.ts";

function site(files: Record<string, string>): string {
  const dir = tempFolder("digest-same-site-test-");
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

test("identical sites have no differences, whatever the build's marker says", () => {
  assert.equal(siteDifferences(site({ "index.html": "a", "2023/index.html": "b" }), site({ "index.html": "a", "2023/index.html": "b", ".built-by-news-digest": "x" })), []);
});

test("a changed byte, a missing page and a new page are each named", () => {
  const before = site({ "index.html": "a", "gone/index.html": "g", "2023/index.html": "b" });
  const now = site({ "index.html": "a", "new/index.html": "n", "2023/index.html": "B" });
  assert.equal(siteDifferences(before, now), ["only before: gone/index.html", "only now: new/index.html", "differs: 2023/index.html"]);
});

test("--help prints the usage; a mistyped option gets a suggestion and exit 2, not a stack trace", () => {
  const run = (args: string[]) => spawnSync(process.execPath, ["--import", "tsx", "src/bench/same-site.ts", ...args], { cwd: path.resolve(import.meta.dirname, "../.."), encoding: "utf8" });
  const help = run(["--help"]);
  assert.is(help.status, 0);
  assert.is(help.stdout.trim(), "Usage: npm run same-site -- <git revision> [--articles dir]");
  const typo = run(["HEAD", "--artcles", "x"]);
  assert.is(typo.status, 2);
  assert.is(typo.stderr.trim(), "unknown option --artcles: did you mean --articles? (npm run same-site -- --help lists the options)\nUsage: npm run same-site -- <git revision> [--articles dir]");
});

test.run();
