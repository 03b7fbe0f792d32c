import { test } from "uvu";
import * as assert from "uvu/assert";
import { closestMatch } from "../../src/content/suggest.ts";

const fields = ["title", "date", "updated", "topics", "source", "lang", "summary", "tags", "draft", "slug"];

test("typo'd field names find the field that was meant", () => {
  assert.is(closestMatch("titel", fields), "title"); // swapped pair
  assert.is(closestMatch("sumary", fields), "summary"); // missing letter
  assert.is(closestMatch("tpoics", fields), "topics"); // swapped pair
  assert.is(closestMatch("summmary", fields), "summary"); // extra letter
  assert.is(closestMatch("langg", fields), "lang");
  assert.is(closestMatch("updatd", fields), "updated");
  assert.is(closestMatch("topic", fields), "topics");
});

test("matching ignores case and returns the candidate as spelled", () => {
  assert.is(closestMatch("TITLE", fields), "title");
  assert.is(closestMatch("Sumary", fields), "summary");
  assert.is(closestMatch("title", ["Title", "Date"]), "Title");
  assert.is(closestMatch("SOURCE", ["Source"]), "Source");
});

test("nothing close gives undefined", () => {
  assert.is(closestMatch("headline", fields), undefined);
  assert.is(closestMatch("publisher", fields), undefined);
  assert.is(closestMatch("zzzzz", fields), undefined);
  assert.is(closestMatch("title", []), undefined);
});

test("two typos are allowed in short names, more in long ones", () => {
  assert.is(closestMatch("tilte", ["title"]), "title"); // distance 2
  assert.is(closestMatch("tltx", ["title"]), undefined); // distance 3, name of 4 letters
  assert.is(closestMatch("relatedheadlnes", ["relatedHeadlines"]), "relatedHeadlines"); // 1
  assert.is(closestMatch("relatdhedlnes", ["relatedHeadlines"]), "relatedHeadlines"); // 3 of 13 letters: allowed 4
});

test("ties are broken the same way whatever the order of the candidates", () => {
  // "tag" is one edit from both "tab" and "tan": the alphabetically first wins.
  assert.is(closestMatch("tag", ["tab", "tan"]), "tab");
  assert.is(closestMatch("tag", ["tan", "tab"]), "tab");
  assert.is(closestMatch("dat", ["date", "data"]), "data");
  assert.is(closestMatch("dat", ["data", "date"]), "data");
  // The closer one still wins over the alphabetically first.
  assert.is(closestMatch("tags", ["tabs", "tags"]), "tags");
  assert.is(closestMatch("lang", ["lane", "lang"]), "lang");
});

test("any iterable of candidates works", () => {
  assert.is(closestMatch("sumary", new Set(fields)), "summary");
  assert.is(closestMatch("sumary", new Map(fields.map((f) => [f, 1])).keys()), "summary");
});

test.run();
