import { test } from "uvu";
import * as assert from "uvu/assert";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { inlineCss } from "../../../src/outputs/email/inline-css.ts";
import { tempFolder } from "../../helpers/temp-folder.ts";

const template = `<style>p { color: #333; } @media (prefers-color-scheme: dark) { p { color: #eee; } }</style><p>{{ edition.title }}</p>`;

test("the CSS goes into style attributes, the dark-mode rules stay in a <style>, template code is kept", () => {
  const html = inlineCss(template);
  assert.match(html, '<p style="color: #333;">{{ edition.title }}</p>');
  assert.match(html, "@media (prefers-color-scheme: dark)");
});

test("with a cache folder the result is kept and read back; an edited template is inlined afresh", () => {
  const cacheDir = tempFolder("digest-email-css-");
  const first = inlineCss(template, cacheDir);
  assert.is(first, inlineCss(template));
  const [kept] = readdirSync(cacheDir);
  assert.ok(kept, "one file kept");
  // Proof that the kept text is what a later build uses: change it by hand.
  writeFileSync(path.join(cacheDir, kept!), readFileSync(path.join(cacheDir, kept!), "utf8").replace("#333", "#111"));
  assert.match(inlineCss(template, cacheDir), 'style="color: #111;"');
  const edited = template.replace("#333", "#222");
  assert.match(inlineCss(edited, cacheDir), 'style="color: #222;"');
  assert.is(readdirSync(cacheDir).length, 2);
});

test.run();
