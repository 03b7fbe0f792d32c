import { test } from "uvu";
import * as assert from "uvu/assert";
import { httpUrlProblem } from "../../src/content/http-url.ts";

test("http and https addresses are fine", () => {
  assert.is(httpUrlProblem("https://www.antaranews.com/berita/1"), undefined);
  assert.is(httpUrlProblem("http://example.org"), undefined);
});

test("anything else says what is wrong", () => {
  assert.is(httpUrlProblem("ftp://example.org/x"), '"ftp://example.org/x" is not a web address: only http:// and https:// addresses are allowed');
  assert.is(httpUrlProblem("javascript:alert(1)"), '"javascript:alert(1)" is not a web address: only http:// and https:// addresses are allowed');
  assert.is(httpUrlProblem("www.example.org"), '"www.example.org" is not a web address: give a full http:// or https:// address');
});

test.run();
