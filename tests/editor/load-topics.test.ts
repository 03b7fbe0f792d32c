import { test } from "uvu";
import * as assert from "uvu/assert";
import path from "node:path";
import { defaultSiteSettings } from "../../src/settings/site.ts";
import { loadTopics } from "../../src/editor/load-topics.ts";
import { articlesFolder } from "../helpers/content.ts";

test("the valid topics and their files, as the validator reads them; articles and broken topics are left out", async () => {
  const dir = articlesFolder({
    "topics/el-nino.md": '---\ntitle: "El Niño"\n---\n',
    "topics/broken.md": "---\nsummary: no title\n---\n",
    "topics/unreadable.md": "no frontmatter",
    "2023/2023-09-05-x.md": "---\ntitle: x\n---\n",
  });
  const { topics, files } = await loadTopics(dir, defaultSiteSettings, dir);
  assert.equal(topics.map((t) => [t.slug, t.title]), [["el-nino", "El Niño"]]);
  assert.equal(files.map((f) => f.file), ["topics/el-nino.md"]);
});

test("a folder that does not exist has no topics", async () => {
  const { topics } = await loadTopics(path.join(articlesFolder({}), "missing"), defaultSiteSettings);
  assert.equal(topics, []);
});

test.run();
