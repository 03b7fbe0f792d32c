import { availableParallelism } from "node:os";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { createMarkdownRenderer } from "../src/markdown.ts";
import { createMarkdownPool } from "../src/markdown-pool.ts";

const options = { siteOrigin: "https://news.example.com" };
const render = createMarkdownRenderer(options);

test("a big site's bodies are rendered on every core, each in its place", async () => {
  assert.ok(availableParallelism() > 1, "this test needs a second core to mean anything");
  const bodies = Array.from({ length: 5000 }, (_, i) => `## Part ${i}\n\n*${i}* and [a link](https://example.com/${i}) <script>x(${i})</script>`);
  const html = await createMarkdownPool(options, bodies.length).renderAll(bodies);
  assert.is(html.length, bodies.length);
  assert.equal(html, bodies.map(render));
});

test("a small site renders in this thread, with the same result", async () => {
  const bodies = ["*one*", "two <img src=x onerror=alert(1)>"];
  assert.equal(await createMarkdownPool(options, bodies.length).renderAll(bodies), bodies.map(render));
});

test.run();
