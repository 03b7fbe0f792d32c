import { test } from "uvu";
import * as assert from "uvu/assert";
import { bodyPictures } from "../../src/content/pictures.ts";

test("a body's local pictures with alt, title as caption and file line; web addresses left alone", () => {
  const body = 'Text.\n\n![A map](./map.jpg "The map")\n\nInline ![chart](<charts/rice price.png>) here.\n\n![Remote](https://example.com/a.jpg)';
  assert.equal(bodyPictures(body, 10), [
    { src: "./map.jpg", alt: "A map", caption: "The map", line: 12 },
    { src: "charts/rice price.png", alt: "chart", caption: undefined, line: 14 },
  ]);
});

test("Markdown shown as code is not a picture: fenced blocks and code spans", () => {
  const body = "```md\n![x](./in-fence.jpg)\n```\n\nWrite `![alt](./in-span.jpg)` for a picture.\n\n![real](./real.jpg)";
  assert.equal(bodyPictures(body, 1).map((p) => p.src), ["./real.jpg"]);
});

test("a body without pictures costs one search and gives none", () => {
  assert.equal(bodyPictures("Plain text with [a link](./x.html).", 1), []);
});

test.run();
