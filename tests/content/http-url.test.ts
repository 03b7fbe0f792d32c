import { test } from "uvu";
import * as assert from "uvu/assert";
import { httpUrlProblem, unpublishableUrlProblem } from "../../src/content/http-url.ts";

test("http and https addresses are fine", () => {
  assert.is(httpUrlProblem("https://www.antaranews.com/berita/1"), undefined);
  assert.is(httpUrlProblem("http://example.org"), undefined);
});

test("anything else says what is wrong", () => {
  assert.is(httpUrlProblem("ftp://example.org/x"), '"ftp://example.org/x" is not a web address: only http:// and https:// addresses are allowed');
  assert.is(httpUrlProblem("javascript:alert(1)"), '"javascript:alert(1)" is not a web address: only http:// and https:// addresses are allowed');
  assert.is(httpUrlProblem("example"), '"example" is not a web address: give a full http:// or https:// address');
});

test("a host and path without http:// or https:// suggests https://; another scheme gets no guess", () => {
  assert.is(httpUrlProblem("www.kompas.com/read/2023/09/18/x"), '"www.kompas.com/read/2023/09/18/x" has no http:// or https://: did you mean "https://www.kompas.com/read/2023/09/18/x"?');
  assert.is(httpUrlProblem("kompas.com/read/2023/09/18/x"), '"kompas.com/read/2023/09/18/x" has no http:// or https://: did you mean "https://kompas.com/read/2023/09/18/x"?');
  assert.is(httpUrlProblem("www.example.org"), '"www.example.org" has no http:// or https://: did you mean "https://www.example.org/"?');
  assert.is(httpUrlProblem("//www.kompas.com/x"), '"//www.kompas.com/x" has no http:// or https://: did you mean "https://www.kompas.com/x"?');
  assert.is(httpUrlProblem("kompas.com:8080/x"), '"kompas.com:8080/x" has no http:// or https://: did you mean "https://kompas.com:8080/x"?');
  assert.is(httpUrlProblem("ftp://www.kompas.com/x"), '"ftp://www.kompas.com/x" is not a web address: only http:// and https:// addresses are allowed');
  assert.is(httpUrlProblem("localhost/x"), '"localhost/x" is not a web address: give a full http:// or https:// address');
});

test("a control character anywhere in the address is refused, though a browser would drop it", () => {
  assert.is(httpUrlProblem("\u0000https://example.org/"), '"\u0000https://example.org/" contains a control character (U+0000): retype the address without it');
  assert.is(httpUrlProblem("https://exam\tple.org/"), '"https://exam\tple.org/" contains a control character (U+0009): retype the address without it');
  assert.is(httpUrlProblem("https://example.org/\u0085x"), '"https://example.org/\u0085x" contains a control character (U+0085): retype the address without it');
});

test("a user name or password is refused without repeating it, and the address without it is suggested", () => {
  const message = 'contains a user name or password (before the @), which would be published with the link: remove it, e.g. "https://host.example/path"';
  assert.is(httpUrlProblem("https://user:pass@host.example/path"), message);
  assert.is(httpUrlProblem("https://user@host.example/path"), message);
  assert.is(unpublishableUrlProblem("https://host.example/a@b"), undefined);
  assert.is(unpublishableUrlProblem("not a url"), undefined);
});

test("a long address is quoted cut to 80 characters", () => {
  const long = `ftp://example.org/${"a".repeat(500)}`;
  assert.is(httpUrlProblem(long), `"${long.slice(0, 79)}…" is not a web address: only http:// and https:// addresses are allowed`);
});

test.run();
