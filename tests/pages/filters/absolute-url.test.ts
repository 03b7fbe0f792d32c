import { test } from "uvu";
import * as assert from "uvu/assert";
import { absoluteUrl } from "../../../src/pages/filters/absolute-url.ts";

const base = "https://example.org";

test("a site path becomes a full URL on the base origin", () => {
  assert.is(absoluteUrl("/topics/russia-dprk-arms-deal/", base), "https://example.org/topics/russia-dprk-arms-deal/");
  assert.is(absoluteUrl("/2023/09/05/", base), "https://example.org/2023/09/05/");
  assert.is(absoluteUrl("/feed.xml", "http://localhost:8080"), "http://localhost:8080/feed.xml");
});

test("the home page and an empty path are the origin with a slash", () => {
  assert.is(absoluteUrl("/", base), "https://example.org/");
  assert.is(absoluteUrl("", base), "https://example.org/");
});

test("a path without a leading slash is still from the root", () => {
  assert.is(absoluteUrl("topics/x/", base), "https://example.org/topics/x/");
});

test("query strings and fragments are kept", () => {
  assert.is(absoluteUrl("/search/?q=el+nino#results", base), "https://example.org/search/?q=el+nino#results");
});

test("non-ASCII letters and spaces are percent-encoded", () => {
  assert.is(absoluteUrl("/topik/el-niño/", base), "https://example.org/topik/el-ni%C3%B1o/");
  assert.is(absoluteUrl("/a b/", base), "https://example.org/a%20b/");
});

test("dot segments are resolved and cannot climb above the root", () => {
  assert.is(absoluteUrl("/topics/../2023/", base), "https://example.org/2023/");
  assert.is(absoluteUrl("/../../etc/", base), "https://example.org/etc/");
});

test("an already absolute URL is left as it is", () => {
  assert.is(absoluteUrl("https://www.reuters.com/world/", base), "https://www.reuters.com/world/");
});

test("the host is lower-cased and a default port dropped", () => {
  assert.is(absoluteUrl("/x/", "https://Example.ORG:443"), "https://example.org/x/");
});

test("with a path prefix a site path stays inside it", () => {
  assert.is(absoluteUrl("/topics/x/", base, "/news/"), "https://example.org/news/topics/x/");
  assert.is(absoluteUrl("/", base, "/news/"), "https://example.org/news/");
  assert.is(absoluteUrl("", base, "/news/"), "https://example.org/news/");
  assert.is(absoluteUrl("/feed.xml", base, "/a/b/"), "https://example.org/a/b/feed.xml");
  assert.is(absoluteUrl("/search/?q=x#r", base, "/news/"), "https://example.org/news/search/?q=x#r");
  assert.is(absoluteUrl("https://www.reuters.com/world/", base, "/news/"), "https://www.reuters.com/world/");
});

test("a path prefix's dot segments and a change of site between calls resolve as URL parsing does", () => {
  assert.is(absoluteUrl("/topics/./x/", base, "/news/"), "https://example.org/news/topics/x/");
  assert.is(absoluteUrl("/news/../x/", base, "/news/"), "https://example.org/news/x/");
  assert.is(absoluteUrl("/x/", "http://localhost:8080", "/"), "http://localhost:8080/x/");
  assert.is(absoluteUrl("/x/", base, "/news/"), "https://example.org/news/x/");
  assert.is(absoluteUrl("/x/", base), "https://example.org/x/");
});

test.run();
