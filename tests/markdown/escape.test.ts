import { test } from "uvu";
import * as assert from "uvu/assert";
import { escapeText } from "../../src/markdown/escape.ts";

test("escapes the five characters that matter in HTML text and attributes", () => {
  assert.is(escapeText(`A & B <b> "q" 'a'`), "A &amp; B &lt;b&gt; &quot;q&quot; &#39;a&#39;");
  assert.is(escapeText("plain — text"), "plain — text");
});

test("escapes markup characters and drops what XML 1.0 cannot hold", () => {
  assert.is(escapeText(`A & B <c> "d" 'e'`), "A &amp; B &lt;c&gt; &quot;d&quot; &#39;e&#39;");
  assert.is(escapeText("bell\u0007 and tab\t kept"), "bell and tab\t kept");
  assert.is(escapeText("Niño — 🌧"), "Niño — 🌧");
});

test.run();
