import { test } from "uvu";
import * as assert from "uvu/assert";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { writeNewFile } from "../../src/editor/write-new-file.ts";
import { tempFolder } from "../helpers/temp-folder.ts";

const dir = () => tempFolder("digest-write-");

test("writes the file, creating its folders", async () => {
  const file = path.join(dir(), "2023", "a.md");
  assert.equal(await writeNewFile(file, "é “x”\n"), { ok: true });
  assert.is(readFileSync(file, "utf8"), "é “x”\n");
});

test("never overwrites: the message names the path as shown", async () => {
  const file = path.join(dir(), "a.md");
  writeFileSync(file, "mine");
  assert.equal(await writeNewFile(file, "theirs", "articles/a.md"), {
    ok: false,
    error: "articles/a.md already exists: not overwritten (edit that file, or choose another title or date)",
  });
  assert.is(readFileSync(file, "utf8"), "mine");
});

test("a file where a folder should be is one clear line", async () => {
  const root = dir();
  writeFileSync(path.join(root, "2023"), "");
  const result = await writeNewFile(path.join(root, "2023", "a.md"), "x", "articles/2023/a.md");
  assert.equal(result, { ok: false, error: "articles/2023/a.md could not be written: part of its folder path is a file" });
});

test.run();
