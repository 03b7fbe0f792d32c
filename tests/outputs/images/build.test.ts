// Builds the sample site twice in a copy of the project and reads its pictures as a browser and a
// link preview would: sized <picture>s with credits, social cards that exist at the size they state,
// and a second build that processes nothing and writes the same bytes.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, readFileSync, readdirSync, statSync, symlinkSync } from "node:fs";
import path from "node:path";
import * as cheerio from "cheerio";
import sharp from "sharp";
import { tempFolder } from "../../helpers/temp-folder.ts";

const root = path.resolve(import.meta.dirname, "../../..");
const project = tempFolder("digest-pictures-build-");
cpSync(path.join(root, "articles"), path.join(project, "articles"), { recursive: true });
cpSync(path.join(root, "layouts"), path.join(project, "layouts"), { recursive: true });
for (const file of ["eleventy.config.ts", "package.json"]) cpSync(path.join(root, file), path.join(project, file));
for (const link of ["src", "node_modules"]) symlinkSync(path.join(root, link), path.join(project, link));

function build(output: string) {
  const result = spawnSync(path.join(root, "node_modules/.bin/tsx"), ["src/cli/build.ts", "--output", output, "--now", "2024-01-01T00:00:00+07:00"], {
    cwd: project,
    encoding: "utf8",
    env: { ...process.env, DIGEST_SEARCH: "off" },
  });
  return { code: result.status, out: `${result.stdout}${result.stderr}` };
}
const files = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();

const first = build("site-1");
const second = build("site-2");
const site = path.join(project, "site-1");
const page = (url: string) => cheerio.load(readFileSync(path.join(site, url, "index.html"), "utf8"));
const hotspots = "/2023/08/24/fire-hotspots-rise-in-sumatra-and-kalimantan/";

test("the first build processes each picture once (one is shown by two articles); the second processes none", () => {
  assert.is(first.code, 0, first.out);
  assert.match(first.out, /\[images\] 3 pictures: 3 processed, 0 from the cache/);
  assert.is(second.code, 0, second.out);
  assert.match(second.out, /\[images\] 3 pictures: 0 processed, 3 from the cache/);
});

test("the two builds are byte-identical", () => {
  const one = files(site);
  assert.equal(files(path.join(project, "site-2")), one);
  for (const file of one) assert.ok(readFileSync(path.join(site, file)).equals(readFileSync(path.join(project, "site-2", file))), file);
});

test("the article page shows the lead picture as <picture> in AVIF, WebP and JPEG with width and height, and its credit", () => {
  const $ = page(hotspots);
  const figure = $(".story figure.lead-picture");
  assert.is(figure.length, 1);
  assert.equal(figure.find("source").map((_, el) => $(el).attr("type")).get(), ["image/avif", "image/webp"]);
  const img = figure.find("picture img");
  assert.is(img.attr("width"), "1280");
  assert.is(img.attr("height"), "720");
  assert.is(img.attr("alt"), "Sketch map of Sumatra and Kalimantan with Riau, Jambi, South Sumatra, West Kalimantan and Central Kalimantan marked");
  assert.is(figure.find("figcaption").text(), "The provinces named in reports of rising hotspots. Photo: News Digest graphic");
  // Every file the markup names is in the site.
  const urls = [img.attr("src")!, ...figure.find("source, img").map((_, el) => $(el).attr("srcset")!.split(", ").map((c) => c.split(" ")[0]!)).get()];
  for (const url of urls) assert.ok(existsSync(path.join(site, url)), url);
});

test("og:image is a 1200×630 file in the site, as its meta says; twitter:card is large; JSON-LD names it", async () => {
  const $ = page(hotspots);
  const url = $('meta[property="og:image"]').attr("content")!;
  assert.match(url, /^https:\/\/example\.org\/img\/[0-9a-f]+\/card\.jpeg$/);
  const card = await sharp(path.join(site, new URL(url).pathname)).metadata();
  assert.is(String(card.width), $('meta[property="og:image:width"]').attr("content"));
  assert.is(String(card.height), $('meta[property="og:image:height"]').attr("content"));
  assert.equal([card.width, card.height], [1200, 630]);
  assert.is($('meta[name="twitter:card"]').attr("content"), "summary_large_image");
  const jsonLd = JSON.parse($('script[type="application/ld+json"]').text());
  assert.equal(jsonLd.image, { "@type": "ImageObject", url, width: 1200, height: 630 });
});

test("a page without a picture of its own shows the site's card", async () => {
  const $ = page("/2023/09/13/kim-meets-putin-vostochny/");
  assert.is($('meta[property="og:image"]').attr("content"), "https://example.org/assets/card.png");
  const card = await sharp(path.join(site, "assets/card.png")).metadata();
  assert.equal([card.width, card.height], [1200, 630]);
  assert.is(JSON.parse($('script[type="application/ld+json"]').text()).image, undefined);
});

test("a picture in the body becomes a figure with its Markdown title as caption", () => {
  const $ = page("/2023/09/20/harga-beras-naik-pemerintah-salurkan-bantuan/");
  const figure = $(".story-body figure");
  assert.is(figure.length, 1);
  assert.is(figure.find("img").attr("width"), "1200");
  assert.is(figure.find("img").attr("height"), "675");
  assert.is(figure.find("img").attr("loading"), "lazy");
  assert.is(figure.find("figcaption").text(), "Bantuan pangan beras dalam angka. Grafik: News Digest");
  assert.is($('.story-body img[src^="./"]').length, 0, "no picture left pointing next to the Markdown file");
});

test("lists show the lead picture as a small lazy thumbnail with empty alt (the headline says it)", () => {
  const $ = page("/2023/08/24/");
  const thumb = $(".item picture img");
  assert.is(thumb.length, 1);
  assert.is(thumb.attr("alt"), "");
  assert.is(thumb.attr("loading"), "lazy");
  assert.is(thumb.attr("sizes"), "6rem");
});

test("the feeds show every picture at an absolute address of a file in the site: the lead on top and as enclosure, body pictures as JPEG", async () => {
  const xml = readFileSync(path.join(site, "feed.xml"), "utf8");
  const inSite = (url: string) => new URL(url).origin === "https://example.org" && existsSync(path.join(site, new URL(url).pathname));
  // Every <img> of every entry: absolute, in the site; none left pointing next to the Markdown file.
  const contents = [...xml.matchAll(/<content type="html"><!\[CDATA\[([\s\S]*?)\]\]><\/content>/g)].map((m) => m[1]!);
  const images = contents.flatMap((html) => cheerio.load(html)("img").map((_, el) => cheerio.load(el)("img").attr("src")!).get());
  assert.ok(images.length >= 4, `${images.length} pictures in the feed`);
  for (const src of images) assert.ok(inSite(src), src);
  const entry = xml.slice(xml.indexOf(`<id>https://example.org${hotspots}</id>`));
  const $ = cheerio.load(/<!\[CDATA\[([\s\S]*?)\]\]>/.exec(entry.slice(entry.indexOf("<content")))![1]!);
  const lead = $("figure").first();
  assert.is(lead.find("figcaption").text(), "The provinces named in reports of rising hotspots. Photo: News Digest graphic");
  const src = lead.find("img").attr("src")!;
  assert.match(src, /^https:\/\/example\.org\/img\/[0-9a-f]+\/1280\.jpeg$/);
  const jpeg = await sharp(path.join(site, new URL(src).pathname)).metadata();
  assert.equal([lead.find("img").attr("width"), lead.find("img").attr("height")], [String(jpeg.width), String(jpeg.height)]);
  const enclosure = /<link rel="enclosure" href="([^"]+)" type="([^"]+)" length="(\d+)"\/>/.exec(entry.slice(0, entry.indexOf("</entry>")))!;
  assert.equal(enclosure.slice(1), [src, "image/jpeg", String(statSync(path.join(site, new URL(src).pathname)).size)]);
  const json = JSON.parse(readFileSync(path.join(site, "feed.json"), "utf8")) as { items: { url: string; image?: string; content_html: string }[] };
  assert.is(json.items.find((item) => item.url.endsWith(hotspots))!.image, src);
  const rice = json.items.find((item) => item.url.endsWith("/harga-beras-naik-pemerintah-salurkan-bantuan/"))!;
  const body = cheerio.load(rice.content_html)("figure img");
  assert.ok(inSite(body.attr("src")!), body.attr("src"));
  assert.equal([body.attr("width"), body.attr("height")], ["1200", "675"]);
});

test.run();
