import { test } from "uvu";
import * as assert from "uvu/assert";
import { withBodyPictures } from "../../../src/outputs/images/body-pictures.ts";
import { pictureHtml } from "../../../src/outputs/images/picture-html.ts";
import type { ArticlePicture } from "../../../src/model/index.ts";
import type { ProcessedPicture } from "../../../src/outputs/images/process.ts";

const file = { path: "/p/articles/2023/map.jpg", width: 800, height: 400, format: "jpeg", bytes: 1, modifiedMs: 1 };
const map: ArticlePicture = { src: "./map.jpg", alt: "A map", line: 3, file };
const processed: ProcessedPicture = {
  key: "k1",
  sources: [
    { format: "webp", type: "image/webp", outputs: [{ url: "/img/k1/320.webp", width: 320, height: 160, bytes: 3200 }, { url: "/img/k1/640.webp", width: 640, height: 320, bytes: 6400 }] },
    { format: "jpeg", type: "image/jpeg", outputs: [{ url: "/img/k1/320.jpeg", width: 320, height: 160, bytes: 3200 }, { url: "/img/k1/640.jpeg", width: 640, height: 320, bytes: 6400 }] },
  ],
  card: { url: "/img/k1/card.jpeg", width: 1200, height: 630 },
};
const show = (picture: ProcessedPicture, alt: string) => pictureHtml(picture, { alt, sizes: "100vw", loading: "lazy" });
const replace = (html: string) => withBodyPictures(html, [map], (p) => (p.file.path === file.path ? processed : undefined), show);

test("a picture alone in its paragraph becomes a figure, its title the caption, sized and lazy", () => {
  assert.is(
    replace('<p><img src="./map.jpg" alt="A map" title="Rice &amp; maize &lt;2023&gt;"></p>'),
    '<figure class="picture"><picture><source type="image/webp" srcset="/img/k1/320.webp 320w, /img/k1/640.webp 640w" sizes="100vw">' +
      '<img src="/img/k1/640.jpeg" srcset="/img/k1/320.jpeg 320w, /img/k1/640.jpeg 640w" sizes="100vw" alt="A map" width="640" height="320" loading="lazy" decoding="async"></picture>' +
      "<figcaption>Rice &amp; maize &lt;2023&gt;</figcaption></figure>",
  );
});

test("a picture inside text becomes a <picture> in place; the text stays", () => {
  const html = replace('<p>See <img src="./map.jpg" alt="A map"> here.</p>');
  assert.ok(html.startsWith("<p>See <picture>"), html);
  assert.ok(html.endsWith("</picture> here.</p>"), html);
  assert.not.match(html, "<figure");
});

test("a URL marked percent-encoded matches the path as written", () => {
  const peta: ArticlePicture = { ...map, src: "./péta.jpg" };
  const html = withBodyPictures('<p><img src="./p%C3%A9ta.jpg" alt="Peta"></p>', [peta], () => processed, show);
  assert.match(html, '<figure class="picture">');
  assert.match(html, 'alt="Peta"');
});

test("other pictures and pages without pictures are left as they are", () => {
  const remote = '<p><img src="https://example.com/a.jpg" alt="Remote"></p>';
  assert.is(replace(remote), remote);
  assert.is(withBodyPictures("<p>Text</p>", [], () => processed, show), "<p>Text</p>");
});

test.run();
