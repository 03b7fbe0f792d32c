import { test } from "uvu";
import * as assert from "uvu/assert";
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { DateTime } from "luxon";
import { runNew } from "../../src/cli/new.ts";
import type { CliIo } from "../../src/editor/cli-io.ts";
import { articlesFolder, validArticle } from "../helpers/content.ts";
import { tempFolder } from "../helpers/temp-folder.ts";

const now = DateTime.fromISO("2023-09-05T20:45:31Z"); // 6 September, 03:45 in Jakarta
const downloads = tempFolder("digest-downloads-");
const photo = path.join(downloads, "IMG_0042.JPEG");
writeFileSync(photo, "picture bytes");

async function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { cwd: downloads, callerCwd: downloads, env: {}, now, out: (line) => out.push(line), err: (line) => err.push(line), readStdin: async () => new Uint8Array() };
  return { code: await runNew(argv, io), out, err };
}
const article = ["Floods in Jakarta", "--topic", "el-nino-drought-indonesia", "--source", "Antara"];

test("--image copies the photo next to the new article and fills image: with its name, alt and credit", async () => {
  const dir = articlesFolder();
  const { code, out, err } = await run([...article, "--image", "IMG_0042.JPEG", "--alt", "Flooded street in Jakarta", "--credit", "Antara/Budi", "--articles", dir]);
  assert.equal(err, []);
  assert.is(code, 0);
  const file = path.join(dir, "2023", "2023-09-06-floods-in-jakarta.md");
  assert.equal(out, [`Wrote ${file} and ${path.join(dir, "2023", "2023-09-06-floods-in-jakarta.jpg")}`]);
  assert.is(readFileSync(path.join(dir, "2023", "2023-09-06-floods-in-jakarta.jpg"), "utf8"), "picture bytes");
  const fields = validArticle(readFileSync(file, "utf8"), "articles/2023/2023-09-06-floods-in-jakarta.md");
  assert.equal(fields.image, { src: "2023-09-06-floods-in-jakarta.jpg", alt: "Flooded street in Jakarta", credit: "Antara/Budi", caption: undefined, line: 9 });
});

test("--image without --alt, --alt without --image, a web address, another format: one line, nothing written", async () => {
  const cases: [string[], string][] = [
    [["--image", "IMG_0042.JPEG"], '--alt is missing: describe what the picture shows for readers who cannot see it, e.g. --alt "Map of Java with the flooded districts marked"'],
    [["--alt", "A street"], "--alt describes a picture: add --image path/to/photo.jpg"],
    [["--image", "https://example.com/a.jpg", "--alt", "A"], '--image "https://example.com/a.jpg" is a web address: download the picture and give its file'],
    [["--image", "story.pdf", "--alt", "A"], '--image "story.pdf" is not a JPEG, PNG, WebP, AVIF, GIF or SVG file'],
    [["--image", "nowhere.jpg", "--alt", "A"], '--image "' + path.join(downloads, "nowhere.jpg") + '": no such file'],
  ];
  for (const [flags, message] of cases) {
    const dir = articlesFolder();
    const { code, err } = await run([...article, ...flags, "--articles", dir]);
    assert.is(code, 1, flags.join(" "));
    assert.equal(err, [message]);
    assert.not.ok(existsSync(path.join(dir, "2023")), "nothing written");
  }
});

test("a picture file already there is never overwritten, and the article is not written either", async () => {
  const dir = articlesFolder({ ...Object.fromEntries([["2023/2023-09-06-floods-in-jakarta.jpg", "older picture"]]), "topics/el-nino-drought-indonesia.md": '---\ntitle: "El Niño"\n---\n' });
  const { code, err } = await run([...article, "--image", "IMG_0042.JPEG", "--alt", "A", "--articles", dir]);
  assert.is(code, 1);
  assert.equal(err, [`${path.join(dir, "2023", "2023-09-06-floods-in-jakarta.jpg")} already exists: not overwritten`]);
  assert.is(readFileSync(path.join(dir, "2023", "2023-09-06-floods-in-jakarta.jpg"), "utf8"), "older picture");
  assert.equal(readdirSync(path.join(dir, "2023")), ["2023-09-06-floods-in-jakarta.jpg"]);
});

test.run();
