import { test } from "uvu";
import * as assert from "uvu/assert";
import { defaultSiteSettings } from "../../src/settings/site.ts";
import { problemsInNewFile } from "../../src/editor/check-new-file.ts";
import { contentFile, topicTexts } from "../helpers/content.ts";

const topics = Object.entries(topicTexts).map(([name, text]) => contentFile(`articles/${name}`, text));
const file = "articles/2023/2023-09-05-x.md";

test("a valid article or topic has no problems", () => {
  const article = '---\ntitle: "x"\ndate: "2023-09-05"\ntopics: ["el-nino-drought-indonesia"]\nsource: "Antara"\n---\nBody.\n';
  assert.equal(problemsInNewFile(file, "article", article, topics, defaultSiteSettings), []);
  assert.equal(problemsInNewFile("articles/topics/x.md", "topic", '---\ntitle: "X"\n---\n', topics, defaultSiteSettings), []);
});

test("the validator's errors come back formatted as npm run check prints them", () => {
  const article = '---\ntitle: "x"\ndate: "2023-09-05"\ntopics: ["el-nino"]\nsource: "Antara"\nlang: "not a tag"\n---\n';
  assert.equal(problemsInNewFile(file, "article", article, topics, defaultSiteSettings), [
    `${file}:6:1  lang  error  "not a tag" is not a language code: use a BCP 47 tag such as id or en`,
    `${file}:4:1  topics[1]  error  unknown topic "el-nino": did you mean "el-nino-drought-indonesia"?`,
  ]);
  assert.equal(problemsInNewFile(file, "article", "no frontmatter", topics, defaultSiteSettings), [
    `${file}  frontmatter  error  the file has no frontmatter: its first line must be ---`,
  ]);
});

test.run();
