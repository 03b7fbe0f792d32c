import { spawnSync } from "node:child_process";
import { availableParallelism } from "node:os";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { createMarkdownRenderer } from "../../src/markdown/render.ts";
import { createMarkdownPool } from "../../src/markdown/pool.ts";

const options = { siteOrigin: "https://news.example.com" };
const render = createMarkdownRenderer(options);

test("a big site's bodies are rendered on every core, each in its place", async () => {
  assert.ok(availableParallelism() > 1, "this test needs a second core to mean anything");
  const bodies = Array.from({ length: 5000 }, (_, i) => `## Part ${i}\n\n*${i}* and [a link](https://example.com/${i}) <script>x(${i})</script>`);
  const pool = createMarkdownPool(options);
  const html = await pool.renderAll(bodies);
  await pool.close();
  assert.is(html.length, bodies.length);
  assert.equal(html, bodies.map((body) => render(body)));
});

test("a small site renders in this thread, with the same result", async () => {
  const bodies = ["*one*", "two <img src=x onerror=alert(1)>"];
  assert.equal(await createMarkdownPool(options).renderAll(bodies), bodies.map((body) => render(body)));
});

test("bodies rendered ahead while files are read come back in place among the rest", async () => {
  const bodies = Array.from({ length: 2500 }, (_, i) => `Paragraph *${i % 1200}* <a href="javascript:x(${i})">link</a>`);
  const pool = createMarkdownPool(options);
  for (const body of bodies.slice(0, 1500)) pool.renderAhead(body);
  const asked = [...bodies].reverse().concat(bodies.slice(0, 10)); // another order, and duplicates
  const html = await pool.renderAll(asked);
  await pool.close();
  assert.equal(html, asked.map((body) => render(body)));
  assert.not.match(html.join(""), "javascript:");
});

test("a body rendered ahead under a key is asked for by that key, its Markdown no longer at hand", async () => {
  const bodies = Array.from({ length: 1200 }, (_, i) => `Report *${i}*`);
  const pool = createMarkdownPool(options);
  bodies.forEach((body, i) => pool.renderAhead(body, `articles/${i}.md`));
  // Bodies rendered ahead are asked for without their text; a note never rendered ahead comes with it.
  const html = await pool.renderAll([...bodies.map(() => ""), "A *note*"], [...bodies.map((_, i) => `articles/${i}.md`), "articles/0.md\u00000"]);
  await pool.close();
  assert.equal(html, [...bodies.map((body) => render(body)), render("A *note*")]);
});

test("hostile Markdown not scanned before is scanned by the pool and shown as plain text", async () => {
  const hostile = `${"> ".repeat(5000)}deep`;
  const [html] = await createMarkdownPool(options).renderAll([hostile]);
  assert.is(html, render(hostile));
  assert.match(html!, /^<p>(&gt; )+deep<\/p>/);
});

test("a pool closed after rendering ahead, without renderAll, lets the process end", () => {
  // In a process of its own: a worker left running would keep it alive, and the time limit fails the test.
  const script = `import { createMarkdownPool } from ${JSON.stringify(new URL("../../src/markdown/pool.ts", import.meta.url).href)};
    const pool = createMarkdownPool({ siteOrigin: "https://news.example.com" });
    for (let i = 0; i < 1500; i++) pool.renderAhead("body " + i);
    await pool.close();`;
  const result = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { encoding: "utf8", timeout: 30_000 });
  assert.is(result.error, undefined, "the process did not end after close()");
  assert.is(result.status, 0, result.stderr);
});

test.run();
