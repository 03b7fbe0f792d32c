import { test } from "uvu";
import * as assert from "uvu/assert";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { checkPictures } from "../../src/content/picture-checks.ts";
import { validateContent } from "../../src/content/validate.ts";
import { defaultSiteSettings } from "../../src/settings/site.ts";
import { contentFile } from "../helpers/content.ts";
import { tempFolder } from "../helpers/temp-folder.ts";

// A project folder with real picture files: the checks read their headers.
const project = tempFolder("digest-pictures-");
const articles = path.join(project, "articles");
mkdirSync(path.join(articles, "2023"), { recursive: true });
mkdirSync(path.join(articles, "images"), { recursive: true });
mkdirSync(path.join(articles, "topics"), { recursive: true });
const jpeg = (width: number) => sharp({ create: { width, height: Math.round(width / 2), channels: 3, background: "#369" } }).jpeg().toBuffer();
writeFileSync(path.join(articles, "2023/photo.jpg"), await jpeg(800));
writeFileSync(path.join(articles, "images/map.jpg"), await jpeg(800));
writeFileSync(path.join(articles, "2023/small.jpg"), await jpeg(200));
writeFileSync(path.join(articles, "2023/notes.jpg"), "not a picture at all");
writeFileSync(path.join(articles, "2023/chart.svg"), '<svg xmlns="http://www.w3.org/2000/svg" width="800" height="400"><script>alert(1)</script><rect width="800" height="400"/></svg>');
writeFileSync(path.join(articles, "2023/onload.svg"), '<svg xmlns="http://www.w3.org/2000/svg" width="800" height="400" onload="alert(1)"><rect width="800" height="400"/></svg>');
writeFileSync(path.join(articles, "2023/clean.svg"), '<svg xmlns="http://www.w3.org/2000/svg" width="800" height="400"><rect width="800" height="400"/></svg>');

const topic = contentFile("articles/topics/el-nino.md", "---\ntitle: El Niño\n---\n");
const file = "articles/2023/2023-09-05-story.md";

/** Every problem with an article whose frontmatter ends with `image` and whose body is `body`, as `line field severity message`. */
async function problems(image: string, body = "Text.") {
  const text = `---\ntitle: Story\ndate: "2023-09-05"\ntopics: [el-nino]\nsource: Antara\n${image}---\n${body}\n`;
  const validated = validateContent([topic, contentFile(file, text)], defaultSiteSettings);
  assert.equal(validated.problems, [], "the frontmatter itself is valid");
  const checked = await checkPictures(validated.articles, { articlesDir: articles, projectRoot: project });
  return { checked, lines: checked.problems.map((p) => `${p.line} ${p.field} ${p.severity} ${p.message}`) };
}

test("a picture next to the article, with alt and credit, is found with its size and no problem", async () => {
  const { checked, lines } = await problems('image:\n  src: photo.jpg\n  alt: "A blue field"\n  credit: "News Digest"\n');
  assert.equal(lines, []);
  const image = checked.articles[0]!.image!;
  assert.is(image.file?.width, 800);
  assert.is(image.file?.height, 400);
  assert.is(image.file?.format, "jpeg");
  assert.is(image.file?.path, path.join(articles, "2023/photo.jpg"));
});

test("src starting with / is read from the articles folder, and ../ may climb to it", async () => {
  assert.equal((await problems('image:\n  src: /images/map.jpg\n  alt: "Map"\n  credit: "X"\n')).lines, []);
  assert.equal((await problems('image:\n  src: ../images/map.jpg\n  alt: "Map"\n  credit: "X"\n')).lines, []);
});

test("a web address is refused, naming the fix", async () => {
  assert.equal((await problems('image:\n  src: https://example.com/photo.jpg\n  alt: "A"\n  credit: "B"\n')).lines, [
    "7 image.src error is a web address: builds must not depend on the network, so save the picture next to the article and write its file name, e.g. src: photo.jpg",
  ]);
});

test("a missing file: the nearest name in its folder, or where to put it", async () => {
  assert.equal((await problems('image:\n  src: phot.jpg\n  alt: "A"\n  credit: "B"\n')).lines, ['7 image.src error no file "phot.jpg" in articles/2023/: did you mean "photo.jpg"?']);
  assert.equal((await problems('image:\n  src: flood-aerial-view.jpg\n  alt: "A"\n  credit: "B"\n')).lines, [
    '7 image.src error no file "flood-aerial-view.jpg" in articles/2023/: put the picture next to the article, or under articles/images/ and write src: /images/flood-aerial-view.jpg',
  ]);
});

test("a path out of the articles folder is refused", async () => {
  assert.equal((await problems('image:\n  src: ../../secret.jpg\n  alt: "A"\n  credit: "B"\n')).lines, [
    '7 image.src error "../../secret.jpg" is outside the articles folder: keep pictures next to the article or under articles/images/',
  ]);
});

test("a file that is not a picture", async () => {
  assert.equal((await problems('image:\n  src: notes.jpg\n  alt: "A"\n  credit: "B"\n')).lines, [
    '7 image.src error "notes.jpg" is not a picture this site can show (JPEG, PNG, WebP, AVIF, GIF or SVG): save it in one of those formats',
  ]);
});

test("an SVG with a script element or an event handler is refused; a plain one is fine", async () => {
  const refused = (name: string) => `7 image.src error "${name}" holds a script, which a picture may not carry: remove it, or save the picture as PNG`;
  assert.equal((await problems('image:\n  src: chart.svg\n  alt: "A"\n  credit: "B"\n')).lines, [refused("chart.svg")]);
  assert.equal((await problems('image:\n  src: onload.svg\n  alt: "A"\n  credit: "B"\n')).lines, [refused("onload.svg")]);
  assert.equal((await problems('image:\n  src: clean.svg\n  alt: "A"\n  credit: "B"\n')).lines, []);
});

test("no alt text is an error; no credit a warning", async () => {
  assert.equal((await problems("image:\n  src: photo.jpg\n")).lines, [
    '6 image.alt error is missing: describe what the picture shows for readers who cannot see it, e.g. alt: "Map of Java with the flooded districts marked"',
    '6 image.credit warning is missing: say who made or owns the picture, e.g. credit: "Antara/Budi Santoso"',
  ]);
});

test("a picture narrower than the smallest width pages show is a warning", async () => {
  assert.equal((await problems('image:\n  src: small.jpg\n  alt: "A"\n  credit: "B"\n')).lines, [
    '7 image.src warning "small.jpg" is 200 pixels wide, narrower than the smallest size pages show (320): use a larger picture, or it will look blurred',
  ]);
});

test("pictures in the body are checked at their lines: a missing file, no alt text", async () => {
  const { lines, checked } = await problems("", "First paragraph.\n\n![A blue field](./photo.jpg \"Caption\")\n\n![](./missing.jpg)\n\n![Remote](https://example.com/x.jpg)");
  assert.equal(lines, [
    '11 body error picture "./missing.jpg": no file "missing.jpg" in articles/2023/: put the picture next to the article, or under articles/images/ and write src: /images/missing.jpg',
    '11 body error picture "./missing.jpg" has no alt text: describe what it shows, e.g. ![Map of the flooded districts](./missing.jpg)',
  ]);
  assert.is(checked.articles[0]!.bodyImages![0]!.file?.width, 800);
});

test("a reference-style picture is checked like an inline one: its file on the definition's line, once; its alt where it is shown", async () => {
  // Body from line 7: the pictures are shown on 7, defined on 9 and 10.
  const body = "![A blue field][field] and ![][lost] and again ![][lost]\n\n[field]: ./photo.jpg \"Caption\"\n[lost]: ./missing.jpg";
  const { lines, checked } = await problems("", body);
  assert.equal(lines, [
    '10 body error picture "./missing.jpg": no file "missing.jpg" in articles/2023/: put the picture next to the article, or under articles/images/ and write src: /images/missing.jpg',
    '7 body error picture "./missing.jpg" has no alt text: describe what it shows, e.g. ![Map of the flooded districts][lost]',
    '7 body error picture "./missing.jpg" has no alt text: describe what it shows, e.g. ![Map of the flooded districts][lost]',
  ]);
  assert.is(checked.articles[0]!.bodyImages![0]!.file?.width, 800);
  assert.is(checked.articles[0]!.bodyImages![0]!.caption, "Caption");
});

test("an article without pictures is passed on as it was, with no file read", async () => {
  const { checked, lines } = await problems("");
  assert.equal(lines, []);
  assert.is(checked.articles[0]!.image, undefined);
});

test.run();
