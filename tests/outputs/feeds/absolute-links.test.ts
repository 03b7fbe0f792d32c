import { test } from "uvu";
import * as assert from "uvu/assert";
import { absoluteLinks } from "../../../src/outputs/feeds/absolute-links.ts";

const abs = (path: string) => `https://example.org/news${path}`;

test("root-relative links and images become absolute; others stay as they are", () => {
  const html = '<p><a href="/2023/09/01/x/">in</a> <a href="https://other.example/">out</a> <a href="#note">note</a> <img src="/assets/a.png" alt="A"></p>';
  assert.is(
    absoluteLinks(html, abs),
    '<p><a href="https://example.org/news/2023/09/01/x/">in</a> <a href="https://other.example/">out</a> <a href="#note">note</a> <img src="https://example.org/news/assets/a.png" alt="A" /></p>',
  );
});

test("HTML without root-relative URLs is returned untouched", () => {
  const html = '<p>A &amp; B <a href="https://x.example/">x</a></p>\n';
  assert.is(absoluteLinks(html, abs), html);
});

test("protocol-relative URLs are not root-relative", () => {
  assert.match(absoluteLinks('<a href="//cdn.example/x">x</a><a href="/y">y</a>', abs), 'href="//cdn.example/x"');
});

test.run();
