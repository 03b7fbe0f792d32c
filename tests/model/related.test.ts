import { test } from "uvu";
import * as assert from "uvu/assert";
import { relatedCoverage, type RelatedItem } from "../../src/model/related.ts";

const day = 24 * 60 * 60 * 1000;
const item = (days: number, ...features: string[]): RelatedItem => ({ ms: days * day, features });
const weight = (feature: string) => (feature.startsWith("people/") ? 3 : 1);
const none = () => new Set<number>();

test("scored by the weights of shared features times closeness in time: a shared person near in time beats a person and a tag ten days off, which beats a tag alone", () => {
  const items = [item(0, "people/a", "tags/x"), item(1, "people/a"), item(1, "tags/x"), item(10, "people/a", "tags/x")];
  // From item 0: 1 scores 3 / (1 + 1/14) = 2.8; 3 scores 4 / (1 + 10/14) ≈ 2.33; 2 scores 1 / (1 + 1/14) ≈ 0.93.
  assert.equal(relatedCoverage(items, weight, none)[0], [1, 3, 2]);
});

test("articles sharing nothing are never related", () => {
  assert.equal(relatedCoverage([item(0, "tags/x"), item(0, "tags/y")], weight, none), [[], []]);
});

test("what the page already shows (topic neighbours, read also) is left out, and the next best moves up", () => {
  const items = [item(0, "people/a", "tags/x"), item(1, "people/a"), item(1, "tags/x"), item(10, "people/a", "tags/x")];
  assert.equal(relatedCoverage(items, weight, (i) => new Set(i === 0 ? [1] : []))[0], [3, 2]);
});

test("ties go to the nearer in time, then to the newer, whatever the order features were given in", () => {
  const items = [item(5, "tags/t", "tags/u"), item(4, "tags/u", "tags/t"), item(6, "tags/t", "tags/u"), item(5, "tags/u", "tags/t")];
  assert.equal(relatedCoverage(items, weight, none)[0], [3, 2, 1]);
});

test("at most five, however many share a feature: nearest first, the newer of two equally near", () => {
  const items = Array.from({ length: 9 }, (_, i) => item(i, "tags/t"));
  assert.equal(relatedCoverage(items, weight, none)[4], [5, 3, 6, 2, 7]);
});

test("a feature's posting list is only read within the window around the article: far-off sharers are not considered", () => {
  const items = Array.from({ length: 5 }, (_, i) => item(i, "tags/t"));
  assert.equal(relatedCoverage(items, weight, none, { window: 1 }), [[1], [2, 0], [3, 1], [4, 2], [3]]);
});

test("on 20,000 articles with a few very common tags and people and a long tail, the work is bounded by features × window, not articles²", () => {
  let seed = 7;
  const next = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  // Zipf-like: feature k is picked with weight ~ 1/(k+1)²·⁵-ish, so feature 0 is on a large share of the articles.
  const pick = (prefix: string, count: number) => `${prefix}/${Math.floor(Math.pow(next(), 3) * count)}`;
  const items = Array.from({ length: 20_000 }, (_, i) => item(i / 20, pick("tags", 2000), pick("tags", 2000), pick("people", 500), "topics/one"));
  const commonest = items.filter((it) => it.features.includes("topics/one")).length;
  assert.equal(commonest, 20_000); // one topic on every article: all pairs would be 200 million comparisons
  const stats = { comparisons: 0 };
  const related = relatedCoverage(items, weight, none, { stats });
  const occurrences = items.reduce((n, it) => n + new Set(it.features).size, 0);
  assert.ok(stats.comparisons <= occurrences * 2 * 10, `${stats.comparisons} comparisons for ${occurrences} feature occurrences`);
  assert.ok(stats.comparisons < 2_000_000);
  assert.ok(related.every((list) => list.length === 5));
});

test.run();
