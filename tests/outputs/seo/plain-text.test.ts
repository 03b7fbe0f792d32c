import { test } from "uvu";
import * as assert from "uvu/assert";
import { plainTextOfHtml } from "../../../src/outputs/seo/plain-text.ts";

test("tags go, and the text of links, emphasis and code stays", () => {
  assert.is(plainTextOfHtml('<p>See <a href="https://example.com/?a=1&amp;b=2" rel="noopener">the <strong>report</strong></a> and <code>npm run check</code>.</p>\n'), "See the report and npm run check.");
});

test("paragraphs, line breaks and list items are separated by a space, never glued together", () => {
  assert.is(plainTextOfHtml("<p>One.</p>\n<p>Two<br>three</p><ul>\n<li>four</li><li>five</li></ul><h2>Six</h2>"), "One. Two three four five Six");
});

test("entities read as a browser shows them: named, numeric, and escaped markup as the text it is", () => {
  assert.is(plainTextOfHtml("<p>Caf&eacute; &#8212; AT&amp;T &#x27;quoted&#39; &lt;b&gt;not bold&lt;/b&gt; &amp;amp;</p>"), "Café — AT&T 'quoted' <b>not bold</b> &amp;");
});

test("text without markup is left as it is, white space run together", () => {
  assert.is(plainTextOfHtml("  plain\n\ttext  "), "plain text");
  assert.is(plainTextOfHtml(""), "");
});

test.run();
