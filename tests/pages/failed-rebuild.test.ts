// A dev server rebuild that fails must leave the model's pages as they were, and must not make
// the next rebuild believe pages were written that never were.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { trackChangedPages } from "../../src/pages/changed-pages.ts";
import { writePages } from "../../src/pages/page-writer.ts";
import { tempFolder } from "../helpers/temp-folder.ts";

const pages = [{ url: "/a/" }, { url: "/b/" }, { url: "/c/" }, { url: "/d/" }];

test("rendering first, a page that fails to render leaves every page unwritten", async () => {
  const out = path.join(tempFolder("digest-failed-rebuild-"), "site");
  const render = ({ url }: { url: string }) => {
    if (url === "/c/") throw new Error("template error on /c/");
    return `page ${url}`;
  };
  try {
    await writePages(pages, { outputDir: out, render, renderFirst: true });
    assert.unreachable("the failing page did not fail the write");
  } catch (error) {
    assert.is((error as Error).message, "template error on /c/");
  }
  assert.not.ok(existsSync(out), "pages rendered before the failing one were written");
});

test("rendering first, every page is written when all render", async () => {
  const out = path.join(tempFolder("digest-failed-rebuild-"), "site");
  assert.is(await writePages(pages, { outputDir: out, render: ({ url }) => `page ${url}`, renderFirst: true }), 4);
  for (const { url } of pages) assert.is(readFileSync(path.join(out, url, "index.html"), "utf8"), `page ${url}`);
});

test("a page selected by a build that failed is not counted as written by the next one", () => {
  const changed = trackChangedPages();
  const page = (url: string) => ({ url, title: url });
  changed.begin();
  changed.select([page("/a/")]);
  changed.commit();
  // A new article's page is selected, then the build fails: no commit.
  changed.begin();
  changed.select([page("/a/"), page("/new/")]);
  // The editor deletes it and the next build succeeds.
  changed.begin();
  changed.select([page("/a/")]);
  assert.equal(changed.commit(), [], "/new/ was never written, so there is nothing to remove");
  // It comes back unchanged: its page was never written, so it must be now.
  changed.begin();
  assert.equal(changed.select([page("/a/"), page("/new/")]).map((p) => p.url), ["/new/"]);
});

test.run();
