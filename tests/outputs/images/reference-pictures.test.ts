// A picture written by reference (`![alt][label]` and `[label]: ./photo.jpg "caption"`) goes the
// whole way an inline one goes: found and checked, rendered by marked, then shown as a <picture>.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { DateTime } from "luxon";
import sharp from "sharp";
import { loadDigest } from "../../../src/model/load-digest.ts";
import { withBodyPictures } from "../../../src/outputs/images/body-pictures.ts";
import { pictureHtml } from "../../../src/outputs/images/picture-html.ts";
import type { ProcessedPicture } from "../../../src/outputs/images/process.ts";
import { defaultSiteSettings } from "../../../src/settings/site.ts";
import { articlesFolder } from "../../helpers/content.ts";

const body = "The districts under water:\n\n![Map of the flooded districts][flood map]\n\nRice fields too ![Rice fields][fields] this week.\n\n[Flood Map]: <./peta banjir.jpg> \"Flooded districts, 12 March\"\n[fields]: </images/rice.jpg>";
const dir = articlesFolder({
  "topics/t.md": "---\ntitle: T\n---\n",
  "2024/2024-03-12-flood.md": `---\ntitle: Flood\ndate: "2024-03-12"\ntopics: [t]\nsource: Antara\n---\n${body}\n`,
});
const jpeg = await sharp({ create: { width: 800, height: 400, channels: 3, background: "#369" } }).jpeg().toBuffer();
writeFileSync(path.join(dir, "2024/peta banjir.jpg"), jpeg);
mkdirSync(path.join(dir, "images"));
writeFileSync(path.join(dir, "images/rice.jpg"), jpeg);

const { digest } = await loadDigest(defaultSiteSettings, { articlesDir: dir, projectRoot: dir, now: DateTime.fromISO("2024-06-01T00:00:00+07:00") });
const article = digest.articles[0]!;
const processed = (key: string): ProcessedPicture => ({
  key,
  sources: [{ format: "jpeg", type: "image/jpeg", outputs: [{ url: `/img/${key}/320.jpeg`, width: 320, height: 160, bytes: 1 }, { url: `/img/${key}/640.jpeg`, width: 640, height: 320, bytes: 2 }] }],
  card: { url: `/img/${key}/card.jpeg`, width: 1200, height: 630 },
});
const keys = new Map([[path.join(dir, "2024/peta banjir.jpg"), "map"], [path.join(dir, "images/rice.jpg"), "rice"]]);
const html = withBodyPictures(article.html, article.bodyImages!, (picture) => processed(keys.get(picture.file.path)!), (picture, alt) =>
  pictureHtml(picture, { alt, sizes: "100vw", loading: "lazy" }),
);

test("both reference pictures are found with their files", () => {
  assert.equal(article.bodyImages!.map((p) => [p.src, p.file.path]), [
    ["./peta banjir.jpg", path.join(dir, "2024/peta banjir.jpg")],
    ["/images/rice.jpg", path.join(dir, "images/rice.jpg")],
  ]);
});

test("a reference picture alone in its paragraph becomes a figure with its definition's title as caption", () => {
  assert.match(
    html,
    '<figure class="picture"><picture><img src="/img/map/640.jpeg" srcset="/img/map/320.jpeg 320w, /img/map/640.jpeg 640w" sizes="100vw" alt="Map of the flooded districts" width="640" height="320" loading="lazy" decoding="async"></picture>' +
      "<figcaption>Flooded districts, 12 March</figcaption></figure>",
  );
});

test("a reference picture inside text becomes a <picture> in place", () => {
  assert.match(html, '<p>Rice fields too <picture><img src="/img/rice/640.jpeg"');
  assert.not.match(html, /src="\.\/|src="\/images\//);
});

test.run();
