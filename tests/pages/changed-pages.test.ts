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

test("a page shows its day's own groups: an article on the day's other page does not rewrite it", () => {
  const changed = trackChangedPages();
  const article = (title: string) => ({ url: `/2024/05/01/${title}/`, title, published: "2024-05-01T09:00:00+07:00", html: `<p>${title}</p>` });
  const dayPages = (second: string) => {
    const first = [{ topic: "t", articles: [article("one")] }];
    const other = [{ topic: "t", articles: [article(second)] }];
    const day = { key: "2024-05-01", url: "/2024/05/01/", groups: [...first, ...other] };
    return [{ url: "/2024/05/01/", day, groups: first }, { url: "/2024/05/01/page/2/", day, groups: other }];
  };
  changed.select(dayPages("two"));
  changed.commit();
  assert.equal(urls(changed.select(dayPages("two, edited"))), ["/2024/05/01/page/2/"]);
});

test("an article listed on several pages rewrites each of them when it changes, and none when it does not", () => {
  const changed = trackChangedPages();
  const article = (title: string) => ({ url: "/2024/05/01/story/", title, published: "2024-05-01T09:00:00+07:00", html: "<p>Body</p>" });
  const listing = (title: string) => {
    const shared = article(title);
    return [{ url: "/topics/a/", articles: [shared] }, { url: "/tags/b/", articles: [shared] }, { url: "/people/c/", articles: [shared] }];
  };
  changed.select(listing("Story"));
  changed.commit();
  assert.equal(urls(changed.select(listing("Story"))), []);
  changed.commit();
  assert.equal(urls(changed.select(listing("Story, corrected"))), ["/topics/a/", "/tags/b/", "/people/c/"]);
});

test("an article unchanged on one page is still news on a page that listed another before", () => {
  const changed = trackChangedPages();
  const article = (slug: string) => ({ url: `/2024/05/01/${slug}/`, title: slug, published: "2024-05-01T09:00:00+07:00", html: `<p>${slug}</p>` });
  changed.select([{ url: "/topics/a/", articles: [article("first")] }, { url: "/tags/b/", articles: [article("second")] }]);
  changed.commit();
  const first = article("first");
  assert.equal(urls(changed.select([{ url: "/topics/a/", articles: [first] }, { url: "/tags/b/", articles: [first] }])), ["/tags/b/"]);
});

test("data compares as its JSON would: a field left undefined is one left out, a date by its time", () => {
  const changed = trackChangedPages();
  changed.select([{ url: "/a/", title: "A", checked: new Date("2024-05-01T00:00:00Z") }, { url: "/b/", title: "B" }]);
  changed.commit();
  const again = [{ url: "/a/", title: "A", checked: new Date("2024-05-01T00:00:00Z") }, { url: "/b/", title: "B", summary: undefined }];
  assert.equal(urls(changed.select(again)), []);
  changed.commit();
  const later = [{ url: "/a/", title: "A", checked: new Date("2024-05-02T00:00:00Z") }, { url: "/b/", title: "B", summary: "now one" }];
  assert.equal(urls(changed.select(later)), ["/a/", "/b/"]);
});

test.run();
