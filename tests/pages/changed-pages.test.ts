import { test } from "uvu";
import * as assert from "uvu/assert";
import { trackChangedPages } from "../../src/pages/changed-pages.ts";

const page = (url: string, title: string, html = `<p>${title}</p>`) => ({ url, title, html, nested: { count: 1 } });
const urls = (pages: { url: string }[]) => pages.map((p) => p.url);

test("the first build writes every page; an unchanged rebuild writes none", () => {
  const changed = trackChangedPages();
  const pages = [page("/a/", "A"), page("/b/", "B")];
  assert.equal(urls(changed.select(pages)), ["/a/", "/b/"]);
  changed.commit();
  assert.equal(urls(changed.select([page("/a/", "A"), page("/b/", "B")])), []);
});

test("a page whose data changed anywhere, its body included, is written again", () => {
  const changed = trackChangedPages();
  changed.select([page("/a/", "A"), page("/b/", "B"), page("/c/", "C")]);
  changed.commit();
  const edited = [page("/a/", "A, edited"), page("/b/", "B", "<p>new body</p>"), { ...page("/c/", "C"), nested: { count: 2 } }, page("/d/", "D")];
  assert.equal(urls(changed.select(edited)), ["/a/", "/b/", "/c/", "/d/"]);
});

test("after a failed build (no commit) the changed pages are still written next time", () => {
  const changed = trackChangedPages();
  changed.select([page("/a/", "A")]);
  changed.commit();
  assert.equal(urls(changed.select([page("/a/", "A2")])), ["/a/"]);
  // the build failed: nothing committed
  assert.equal(urls(changed.select([page("/a/", "A2")])), ["/a/"]);
  changed.commit();
  assert.equal(urls(changed.select([page("/a/", "A2")])), []);
});

test("after a template change every page is written again", () => {
  const changed = trackChangedPages();
  changed.select([page("/a/", "A")]);
  changed.commit();
  changed.forget();
  assert.equal(urls(changed.select([page("/a/", "A")])), ["/a/"]);
});

test("a commit names the pages an earlier build wrote that this one no longer has, even after forget()", () => {
  const changed = trackChangedPages();
  changed.select([page("/a/", "A"), page("/b/", "B"), page("/c/", "C")]);
  assert.equal(changed.commit(), []);
  changed.select([page("/a/", "A"), page("/c/", "C")]);
  assert.equal(changed.commit(), [{ kind: "page", url: "/b/" }]);
  changed.forget(); // a template changed: every page is written again, and /c/ goes too
  changed.select([page("/a/", "A")]);
  assert.equal(changed.commit(), [{ kind: "page", url: "/c/" }]);
  // A page that comes back is new again, not unchanged.
  assert.equal(urls(changed.select([page("/a/", "A"), page("/b/", "B")])), ["/b/"]);
});

test.run();
