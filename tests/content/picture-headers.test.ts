// The build keeps the picture checks' headers between processes: a warm build opens no picture
// whose size and time of change are unchanged, and still reports the same problems.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { mkdirSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { checkPictures } from "../../src/content/picture-checks.ts";
import { loadPictureHeaders, savePictureHeaders } from "../../src/content/picture-headers.ts";
import { validateContent } from "../../src/content/validate.ts";
import { defaultSiteSettings } from "../../src/settings/site.ts";
import { contentFile } from "../helpers/content.ts";
import { tempFolder } from "../helpers/temp-folder.ts";

const project = tempFolder("digest-picture-headers-");
const articles = path.join(project, "articles");
mkdirSync(path.join(articles, "2023"), { recursive: true });
const photo = path.join(articles, "2023/photo.jpg");
const small = path.join(articles, "2023/small.jpg");
writeFileSync(photo, await sharp({ create: { width: 800, height: 400, channels: 3, background: "#369" } }).jpeg().toBuffer());
writeFileSync(small, await sharp({ create: { width: 200, height: 100, channels: 3, background: "#369" } }).jpeg().toBuffer());
const hourAgo = Date.now() / 1000 - 3600;
for (const file of [photo, small]) utimesSync(file, hourAgo, hourAgo);
const record = path.join(project, "cache/headers.json");

const text = '---\ntitle: Story\ndate: "2023-09-05"\ntopics: [t]\nsource: Antara\nimage:\n  src: photo.jpg\n  alt: "A blue field"\n  credit: "News Digest"\n---\n![Small](./small.jpg)\n';
const validated = validateContent([contentFile("articles/topics/t.md", "---\ntitle: T\n---\n"), contentFile("articles/2023/2023-09-05-story.md", text)], defaultSiteSettings);

/** One build's checks in a new process: the record read from disk, written back; counts the headers read. */
async function check() {
  const reads: string[] = [];
  const cache = await loadPictureHeaders(record);
  const result = await checkPictures(validated.articles, {
    articlesDir: articles,
    projectRoot: project,
    cache,
    readHeader: (file) => (reads.push(path.basename(file)), sharp(file).metadata()),
  });
  await savePictureHeaders(record, cache, new Set([photo, small]));
  return { reads: reads.sort(), problems: result.problems.map((p) => `${p.line} ${p.severity} ${p.message}`), width: result.articles[0]!.image!.file!.width };
}

test("a cold check reads each header; a warm one none, with the same sizes and the same warning", async () => {
  const cold = await check();
  assert.equal(cold.reads, ["photo.jpg", "small.jpg"]);
  const warm = await check();
  assert.equal(warm.reads, []);
  assert.is(warm.width, 800);
  assert.equal(warm.problems, cold.problems);
  assert.equal(warm.problems, ['11 warning picture "./small.jpg": "small.jpg" is 200 pixels wide, narrower than the smallest size pages show (320): use a larger picture, or it will look blurred']);
});

test("a picture saved again is read again; one changed moments ago is not trusted by its time", async () => {
  utimesSync(photo, hourAgo + 60, hourAgo + 60);
  assert.equal((await check()).reads, ["photo.jpg"]);
  assert.equal((await check()).reads, []);
  writeFileSync(small, await sharp({ create: { width: 400, height: 200, channels: 3, background: "#000" } }).jpeg().toBuffer());
  assert.equal((await check()).reads, ["small.jpg"]);
  const again = await check();
  assert.equal(again.reads, ["small.jpg"], "its time may not show a second change yet");
  assert.equal(again.problems, [], "and the new, wider file is no longer too narrow");
});

test("a missing or unreadable record is an empty one", async () => {
  assert.equal((await loadPictureHeaders(path.join(project, "nowhere.json"))).size, 0);
  writeFileSync(path.join(project, "broken.json"), "{not json");
  assert.equal((await loadPictureHeaders(path.join(project, "broken.json"))).size, 0);
});

test.run();
