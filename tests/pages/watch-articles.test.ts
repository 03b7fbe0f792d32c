// The dev server's watch on the articles folder: a saved, added or deleted file is reported once
// it settles, in folders made after the watch began too; hidden files are not.
import { mkdirSync, renameSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { fileSettleMs, watchFolders } from "../../src/pages/watch-articles.ts";
import { tempFolder } from "../helpers/temp-folder.ts";

/** Runs `steps` on a watched folder with one article in a year folder; `heard` is what the watch reported so far. */
async function watched(steps: (root: string, heard: string[], watch: { close(): void }) => Promise<void>, options: { settleMs?: number } = {}) {
  const root = path.join(tempFolder("digest-watch-"), "articles");
  mkdirSync(root);
  mkdirSync(path.join(root, "2023"));
  writeFileSync(path.join(root, "2023/2023-09-13-kim.md"), "---\ntitle: Kim\n---\n");
  const heard: string[] = [];
  const watch = watchFolders(root, (file, gone) => heard.push(`${gone ? "gone" : "changed"} ${path.relative(root, file) || "."}`), options);
  try {
    await steps(root, heard, watch);
  } finally {
    watch.close(); // an open watch would keep the test process alive
  }
}

/** Waits until `heard` has `expected`, or fails after 5 s with what it has. */
async function until(heard: string[], expected: string) {
  for (const started = Date.now(); !heard.includes(expected); await sleep(10)) {
    if (Date.now() - started > 5000) assert.unreachable(`never heard "${expected}"; heard ${JSON.stringify(heard)}`);
  }
}

test("a saved article is reported once, after it has settled", () =>
  watched(
    async (root, heard) => {
      const file = path.join(root, "2023/2023-09-13-kim.md");
      // Written in three parts, as a big file or a slow editor does: one report for all.
      for (const part of ["---\n", "title: Kim and Putin\n", "---\nBody.\n"]) {
        writeFileSync(file, part, { flag: "a" });
        await sleep(20);
      }
      await until(heard, "changed 2023/2023-09-13-kim.md");
      await sleep(1000);
      assert.equal(heard, ["changed 2023/2023-09-13-kim.md"]);
    },
    { settleMs: 500 }, // a late wake-up of the sleeps above must not split the save
  ));

test("a save by rename reports the article alone, not the temporary file that came and went", () =>
  watched(async (root, heard) => {
    // As `sed -i` and many editors save: a new file next to the old, renamed over it.
    writeFileSync(path.join(root, "2023/sedAbc123"), "---\ntitle: Kim, edited\n---\n");
    renameSync(path.join(root, "2023/sedAbc123"), path.join(root, "2023/2023-09-13-kim.md"));
    await until(heard, "changed 2023/2023-09-13-kim.md");
    await sleep(fileSettleMs * 4);
    assert.equal(heard, ["changed 2023/2023-09-13-kim.md"]);
  }));

test("a deleted article is reported as gone", () =>
  watched(async (root, heard) => {
    rmSync(path.join(root, "2023/2023-09-13-kim.md"));
    await until(heard, "gone 2023/2023-09-13-kim.md");
  }));

test("a folder made after the watch began is watched too: its new article and a later save are reported", () =>
  watched(async (root, heard) => {
    mkdirSync(path.join(root, "2024"));
    await until(heard, "changed 2024");
    writeFileSync(path.join(root, "2024/2024-01-02-new.md"), "---\ntitle: New\n---\n");
    await until(heard, "changed 2024/2024-01-02-new.md");
    heard.length = 0;
    writeFileSync(path.join(root, "2024/2024-01-02-new.md"), "---\ntitle: New, edited\n---\n");
    await until(heard, "changed 2024/2024-01-02-new.md");
  }));

test("a folder deleted and made again at once (a checkout) is watched anew, and so is the articles folder itself", () =>
  watched(async (root, heard) => {
    rmSync(path.join(root, "2023"), { recursive: true });
    mkdirSync(path.join(root, "2023"));
    writeFileSync(path.join(root, "2023/2023-09-14-other.md"), "---\ntitle: Other\n---\n");
    await until(heard, "changed 2023");
    heard.length = 0;
    writeFileSync(path.join(root, "2023/2023-09-14-other.md"), "---\ntitle: Other, edited\n---\n");
    await until(heard, "changed 2023/2023-09-14-other.md");

    rmSync(root, { recursive: true });
    await until(heard, "gone .");
    mkdirSync(path.join(root, "2024"), { recursive: true });
    await until(heard, "changed .");
    writeFileSync(path.join(root, "2024/2024-01-02-new.md"), "---\ntitle: New\n---\n");
    await until(heard, "changed 2024/2024-01-02-new.md");
  }));

test("linked folders and files are followed, as the build follows them, and a link back up the tree once", async () => {
  const elsewhere = tempFolder("digest-watch-elsewhere-");
  writeFileSync(path.join(elsewhere, "2022-01-01-shared.md"), "---\ntitle: Shared\n---\n");
  writeFileSync(path.join(elsewhere, "2022-01-02-single.md"), "---\ntitle: Single\n---\n");
  await watched(async (root, heard) => {
    symlinkSync(elsewhere, path.join(root, "shared"));
    symlinkSync(path.join(elsewhere, "2022-01-02-single.md"), path.join(root, "2023/2022-01-02-single.md"));
    symlinkSync(root, path.join(root, "2023/loop"));
    await until(heard, "changed shared");
    await until(heard, "changed 2023/2022-01-02-single.md");
    heard.length = 0;
    writeFileSync(path.join(elsewhere, "2022-01-01-shared.md"), "---\ntitle: Shared, edited\n---\n");
    await until(heard, "changed shared/2022-01-01-shared.md");
    // An editor that saves by writing a new file and renaming it over the old, twice.
    for (const title of ["Single, edited", "Single, edited again"]) {
      heard.length = 0;
      writeFileSync(path.join(elsewhere, "new.tmp"), `---\ntitle: ${title}\n---\n`);
      renameSync(path.join(elsewhere, "new.tmp"), path.join(elsewhere, "2022-01-02-single.md"));
      await until(heard, "changed 2023/2022-01-02-single.md");
    }
  });
});

test("hidden files, such as an editor's swap file, are not reported; nothing is after close()", () =>
  watched(async (root, heard, watch) => {
    writeFileSync(path.join(root, "2023/.2023-09-13-kim.md.swp"), "swap");
    writeFileSync(path.join(root, "2023/2023-09-14-next.md"), "---\ntitle: Next\n---\n");
    await until(heard, "changed 2023/2023-09-14-next.md");
    assert.equal(heard, ["changed 2023/2023-09-14-next.md"], "the swap file was reported");
    watch.close();
    writeFileSync(path.join(root, "2023/2023-09-15-after.md"), "---\ntitle: After\n---\n");
    await sleep(fileSettleMs * 6);
    assert.equal(heard, ["changed 2023/2023-09-14-next.md"], "a change after close() was reported");
  }));

test.run();
