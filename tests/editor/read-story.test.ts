import { test } from "uvu";
import * as assert from "uvu/assert";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { decodeStory, readStory } from "../../src/editor/read-story.ts";
import { tempFolder } from "../helpers/temp-folder.ts";

const dir = tempFolder("digest-story-");
const noStdin = async (): Promise<Uint8Array> => {
  throw new Error("stdin was read");
};

test("a file relative to the folder the command was typed in", async () => {
  writeFileSync(path.join(dir, "story.txt"), "PIKIRAN RAKYAT – “Halo” é.\n");
  assert.equal(await readStory("story.txt", dir, noStdin), { text: "PIKIRAN RAKYAT – “Halo” é.\n" });
});

test("- reads standard input", async () => {
  assert.equal(await readStory("-", dir, async () => new TextEncoder().encode("dari stdin")), { text: "dari stdin" });
});

test("a missing file, a folder or text that is not UTF-8 is one clear line", async () => {
  assert.equal(await readStory("nope.txt", dir, noStdin), { error: "nope.txt does not exist: give the text file with the story, or - to read standard input" });
  assert.equal(await readStory(".", dir, noStdin), { error: ". is a folder: give the text file with the story" });
  assert.equal(decodeStory(new Uint8Array([0x50, 0xe9, 0x74]), "story.txt"), { error: "story.txt is not UTF-8 text: save it with UTF-8 encoding" });
  assert.equal(await readStory("-", dir, async () => new Uint8Array([0xff])), { error: "the standard input is not UTF-8 text: save it with UTF-8 encoding" });
});

test.run();
