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

test("reference-style pictures take src and title from their definition, the label matched as Markdown matches it", () => {
  const body = [
    "Full ![A map][Flood Map] and collapsed ![chart][].", // line 5
    "Shortcut: ![chart] and a link [not a picture][flood map].",
    "",
    "[flood  map]: ./map.jpg \"Flooded districts\"", // line 8
    "[chart]: <charts/rice price.png>",
    "  'Rice, 2023'",
    "[remote]: https://example.com/a.jpg",
    "![Web][remote] and ![nowhere][missing]",
  ].join("\n");
  assert.equal(bodyPictures(body, 5), [
    { src: "./map.jpg", alt: "A map", caption: "Flooded districts", line: 5, reference: { label: "Flood Map", line: 8 } },
    { src: "charts/rice price.png", alt: "chart", caption: "Rice, 2023", line: 5, reference: { label: "chart", line: 9 } },
    { src: "charts/rice price.png", alt: "chart", caption: "Rice, 2023", line: 6, reference: { label: "chart", line: 9 } },
  ]);
});

test("a reference picture or definition shown as code is not a picture; the first of two definitions counts", () => {
  const body = "```\n![x][in-fence]\n[first]: ./fenced.jpg\n```\n\nWrite `![x][first]` for a picture: ![real][first]\n\n[first]: ./first.jpg\n[first]: ./second.jpg";
  assert.equal(bodyPictures(body, 1).map((p) => [p.src, p.line]), [["./first.jpg", 6]]);
});

test("a body without pictures costs one search and gives none", () => {
  assert.equal(bodyPictures("Plain text with [a link](./x.html).", 1), []);
});

test.run();
