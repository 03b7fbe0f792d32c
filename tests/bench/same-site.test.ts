import { test } from "uvu";
import * as assert from "uvu/assert";
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

test.run();
