import { test } from "uvu";
import * as assert from "uvu/assert";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { defaultSiteSettings } from "../../src/settings/site.ts";
import { saveNewFile } from "../../src/editor/save-new-file.ts";
import { articlesFolder, contentFile, topicTexts } from "../helpers/content.ts";

const topicFiles = Object.entries(topicTexts).map(([name, text]) => contentFile(`articles/${name}`, text));
const valid = '---\ntitle: "x"\ndate: "2023-09-05"\ntopics: ["el-nino-drought-indonesia"]\nsource: "Antara"\n---\nBody.\n';

test("a valid article is written and its path shown relative to the project", async () => {
  const root = articlesFolder({});
  const file = path.join(root, "articles", "2023", "2023-09-05-x.md");
  assert.equal(await saveNewFile({ file, text: valid }, "article", { cwd: root, settings: defaultSiteSettings, topicFiles }), {
    ok: true,
    shown: "articles/2023/2023-09-05-x.md",
  });
  assert.is(readFileSync(file, "utf8"), valid);
});

test("what the validator would refuse is not written", async () => {
  const root = articlesFolder({});
  const file = path.join(root, "articles", "2023", "2023-09-05-x.md");
  const result = await saveNewFile({ file, text: valid.replace("el-nino-drought-indonesia", "el-nino") }, "article", { cwd: root, settings: defaultSiteSettings, topicFiles });
  assert.equal(result, {
    ok: false,
    error: 'not written, the validator would refuse it: articles/2023/2023-09-05-x.md:4:1  topics[1]  error  unknown topic "el-nino": did you mean "el-nino-drought-indonesia"?',
  });
  assert.not.ok(existsSync(file));
});

test("an existing file is left alone", async () => {
  const root = articlesFolder({ "articles/2023/2023-09-05-x.md": "mine" });
  const file = path.join(root, "articles", "2023", "2023-09-05-x.md");
  const result = await saveNewFile({ file, text: valid }, "article", { cwd: root, settings: defaultSiteSettings, topicFiles });
  assert.equal(result, { ok: false, error: "articles/2023/2023-09-05-x.md already exists: not overwritten (edit that file, or choose another title or date)" });
  assert.is(readFileSync(file, "utf8"), "mine");
});

test.run();
