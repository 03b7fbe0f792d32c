import { test } from "uvu";
import * as assert from "uvu/assert";
import { escapeHtml } from "../../../src/outputs/feeds/escape-html.ts";

test("escapes the five characters that matter in HTML text and attributes", () => {
  assert.is(escapeHtml(`A & B <b> "q" 'a'`), "A &amp; B &lt;b&gt; &quot;q&quot; &#39;a&#39;");
  assert.is(escapeHtml("plain — text"), "plain — text");
});

test.run();
