import { test } from "uvu";
import * as assert from "uvu/assert";
import { codePointList, removeUnpairedBidi, removeXmlForbidden } from "../../src/text/unsafe-characters.ts";

test("characters XML forbids are removed and listed; tabs, line ends and the rest of Unicode stay", () => {
  assert.equal(removeXmlForbidden("Word\u000Bbreak \u0001\u001f end\uFFFE\uFFFF"), { text: "Wordbreak  end", removed: ["\u000B", "\u0001", "\u001f", "\uFFFE", "\uFFFF"] });
  assert.equal(removeXmlForbidden("a\u0000b\u000Cc\uD800d"), { text: "abcd", removed: ["\u0000", "\u000C", "\uD800"] });
  const fine = "tab\there\nline\r é — 😀 \u0085 \u2028 \uFEFF";
  assert.equal(removeXmlForbidden(fine), { text: fine, removed: [] });
});

test("an unclosed override or isolate is removed; closed pairs stay", () => {
  assert.equal(removeUnpairedBidi("Reuters\u202E"), { text: "Reuters", removed: ["\u202E"] });
  assert.equal(removeUnpairedBidi("\u2067عربي"), { text: "عربي", removed: ["\u2067"] });
  const paired = "a \u202Eb\u202C c \u2067d\u2069 e \u202A\u2066f\u2069\u202C";
  assert.equal(removeUnpairedBidi(paired), { text: paired, removed: [] });
});

test("closers that close nothing go, and so do embeddings an isolate's closer cuts short", () => {
  assert.equal(removeUnpairedBidi("a\u202Cb\u2069c"), { text: "abc", removed: ["\u202C", "\u2069"] });
  // U+202C cannot close an embedding outside the isolate it is in.
  assert.equal(removeUnpairedBidi("\u202Ba\u2066b\u202Cc\u2069"), { text: "a\u2066bc\u2069", removed: ["\u202B", "\u202C"] });
  assert.equal(removeUnpairedBidi("\u2066a\u202Eb\u2069"), { text: "\u2066ab\u2069", removed: ["\u202E"] });
});

test("characters beyond the BMP beside a removed control are kept whole", () => {
  assert.equal(removeUnpairedBidi("😀\u202E😀"), { text: "😀😀", removed: ["\u202E"] });
});

test("code points are listed once each, at most five", () => {
  assert.is(codePointList(["\u000B", "\u000B", "\u0001"]), "U+000B, U+0001");
  assert.is(codePointList(["\u0001", "\u0002", "\u0003", "\u0004", "\u0005", "\u0006"]), "U+0001, U+0002, U+0003, U+0004, U+0005, …");
  assert.is(codePointList(["\uFFFE"]), "U+FFFE");
});

test.run();
