import { test } from "uvu";
import * as assert from "uvu/assert";
import { jsonLd } from "../../../src/pages/filters/json-ld.ts";

test("nothing in a value can end or change the script block, and JSON reads it back", () => {
  const value = { headline: 'Kim & Putin </script><script>alert(1)</script> <!-- "q"', sep: "a\u2028b\u2029c" };
  const out = jsonLd(value);
  assert.not.match(out, /[<>&\u2028\u2029]/);
  assert.match(out, "\\u003c/script\\u003e");
  assert.match(out, "\\u0026");
  assert.match(out, "\\u2028");
  assert.equal(JSON.parse(out), value);
});

test("undefined writes null rather than nothing", () => {
  assert.is(jsonLd(undefined), "null");
});

test.run();
