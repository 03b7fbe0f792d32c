import { test } from "uvu";
import * as assert from "uvu/assert";
import path from "node:path";
import { DateTime } from "luxon";
import { articleFilePath, displayPath, topicFilePath } from "../../src/editor/paths.ts";

test("an article goes to <yyyy>/<yyyy-mm-dd>-<slug>.md by the day of its date in its zone", () => {
  const at = DateTime.fromISO("2023-09-05T23:30:00-04:00").setZone("Asia/Jakarta");
  assert.is(articleFilePath("articles", at, "kim-meets-putin"), path.join("articles", "2023", "2023-09-06-kim-meets-putin.md"));
});

test("a topic goes to topics/<slug>.md", () => {
  assert.is(topicFilePath("/x/articles", "el-nino"), "/x/articles/topics/el-nino.md");
});

test("paths are shown relative to the working folder when inside it", () => {
  assert.is(displayPath("/work/site/articles/2023/a.md", "/work/site"), "articles/2023/a.md");
  assert.is(displayPath("/tmp/a/2023/a.md", "/work/site"), "/tmp/a/2023/a.md");
  assert.is(displayPath("articles/a.md", "/work/site"), "articles/a.md");
});

test.run();
