import { test } from "uvu";
import * as assert from "uvu/assert";
import { pageIndex } from "../../src/model/page-index.ts";
import { article, site, smallDigest } from "../helpers/small-digest.ts";

const digest = smallDigest();
const index = pageIndex(digest);

test("articles and topic pages are found by URL", () => {
  assert.is(index.articleByUrl.get("/2023/09/12/kereta/")?.slug, "kereta");
  assert.is(index.topicPageByUrl.get("/topics/arms/page/2/")?.number, 2);
  assert.is(index.articleByUrl.get("/topics/arms/"), undefined);
});

test("each listing page knows the time of its newest article", () => {
  assert.is(index.newest, "2023-09-14T18:00:00+07:00");
  assert.is(index.newestOnPage.get("/"), index.newest);
  assert.is(index.newestOnPage.get("/2023/"), index.newest);
  assert.is(index.newestOnPage.get("/2023/09/"), index.newest);
  assert.is(index.newestOnPage.get("/2023/09/14/"), index.newest);
  assert.is(index.newestOnPage.get("/2023/09/13/"), "2023-09-13T09:00:00+07:00");
  assert.is(index.newestOnPage.get("/topics/arms/"), "2023-09-13T09:00:00+07:00");
  assert.is(index.newestOnPage.get("/topics/arms/page/2/"), "2023-09-01T08:00:00+07:00");
  assert.is(index.newestOnPage.get("/2023/09/12/kereta/"), "2023-09-12T10:00:00+07:00");
  assert.is(index.newestOnPage.get("/topics/quiet/"), undefined, "a topic page without articles");
});

test("a busy day's later page knows its newest article, wherever on the page it is", () => {
  // The edition lists the arms group (12:00, 07:00, 06:00) before haze (11:00): page 2 is 06:00 then 11:00.
  const busy = [article("a1", "2023-09-20T12:00", ["arms"]), article("a2", "2023-09-20T07:00", ["arms"]), article("a3", "2023-09-20T06:00", ["arms"]), article("h1", "2023-09-20T11:00", ["haze"])];
  const pages = pageIndex(smallDigest(busy, { ...site, dayPageSize: 2 }));
  assert.is(pages.newestOnPage.get("/2023/09/20/"), "2023-09-20T12:00:00+07:00");
  assert.is(pages.newestOnPage.get("/2023/09/20/page/2/"), "2023-09-20T11:00:00+07:00");
});

test("articles by topic are newest first; every topic has a list", () => {
  assert.equal(index.byTopic.get("arms")!.map((a) => a.slug), ["quotes", "kereta", "old"]);
  assert.equal(index.byTopic.get("quiet"), []);
});

test("the model's pages are all listed", () => {
  for (const url of ["/2023/09/01/old/", "/topics/arms/", "/topics/arms/page/2/", "/topics/quiet/", "/2023/09/14/", "/2023/09/", "/2023/"]) {
    assert.ok(index.modelPageUrls.includes(url), url);
  }
});

test("built once per model: copies of the digest object share it, another model gets its own", () => {
  assert.is(pageIndex({ ...digest }), index);
  assert.is.not(pageIndex(smallDigest()), index);
});

test.run();
