import { test } from "uvu";
import * as assert from "uvu/assert";
import { quote, shorten } from "../../src/text/quote.ts";

test("short text is quoted whole", () => {
  assert.is(quote("next week"), '"next week"');
  assert.is(quote(""), '""');
  assert.is(shorten("x".repeat(80)), "x".repeat(80));
});

test("long text is cut to 80 characters, the last an ellipsis", () => {
  assert.is(shorten("x".repeat(81)), `${"x".repeat(79)}…`);
  assert.is(quote("y".repeat(900_000)), `"${"y".repeat(79)}…"`);
});

test("a character outside the BMP is never cut in half", () => {
  // 100 emoji are 200 UTF-16 units: the cut counts characters, not units.
  assert.is(shorten("😀".repeat(100)), `${"😀".repeat(79)}…`);
  assert.is(shorten("😀".repeat(80)), "😀".repeat(80));
});

test.run();
