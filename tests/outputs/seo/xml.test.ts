import { test } from "uvu";
import * as assert from "uvu/assert";
import { escapeXml } from "../../../src/outputs/seo/xml.ts";

test("escapes markup characters and drops what XML 1.0 cannot hold", () => {
  assert.is(escapeXml(`A & B <c> "d" 'e'`), "A &amp; B &lt;c&gt; &quot;d&quot; &apos;e&apos;");
  assert.is(escapeXml("bell\u0007 and tab\t kept"), "bell and tab\t kept");
  assert.is(escapeXml("Niño — 🌧"), "Niño — 🌧");
});

test.run();
