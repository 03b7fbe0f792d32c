import { test } from "uvu";
import * as assert from "uvu/assert";
import { wrapText } from "../../../src/outputs/email/wrap-text.ts";

const sentence = "Presiden Joko Widodo membuka Konferensi Tingkat Tinggi ASEAN ke-43 di Jakarta pada Selasa, dengan tema ASEAN Matters: Epicentrum of Growth.";

test("lines break at spaces and none is longer than 72 characters", () => {
  assert.is(
    wrapText(sentence),
    "Presiden Joko Widodo membuka Konferensi Tingkat Tinggi ASEAN ke-43 di\nJakarta pada Selasa, dengan tema ASEAN Matters: Epicentrum of Growth.",
  );
});

test("the indent counts toward the 72 columns", () => {
  const words71 = `${"a".repeat(35)} ${"b".repeat(35)}`;
  assert.is(wrapText(words71), words71);
  assert.equal(wrapText(words71, 72, "  ").split("\n"), [`  ${"a".repeat(35)}`, `  ${"b".repeat(35)}`]);
});

test("a URL longer than a line stands alone and unbroken", () => {
  const url = `https://example.org/${"a".repeat(80)}`;
  assert.equal(wrapText(`See ${url} now`).split("\n"), ["See", url, "now"]);
});

test("characters are counted, not UTF-16 units: an emoji line of 72 fits", () => {
  const text = `${"😀".repeat(35)} ${"😀".repeat(36)}`;
  assert.is(wrapText(text).split("\n").length, 1);
});

test.run();
