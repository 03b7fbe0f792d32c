import { test } from "uvu";
import * as assert from "uvu/assert";
import { articlePlaceholder, placeholderProblems, topicPlaceholder } from "../../src/content/placeholders.ts";
import { contentFile, type ContentFile } from "../../src/content/load.ts";

const file = (name: string, kind: ContentFile["kind"], body: string, bodyLine = 6): ContentFile => contentFile(name, kind, { data: {}, body, frontmatterLines: [], bodyLine });

test("an article or topic still holding what npm run new wrote is named at the placeholder's line", () => {
  const files = [
    file("articles/2023/a.md", "article", `First paragraph.\n\n${articlePlaceholder}\n`),
    file("articles/topics/t.md", "topic", `${topicPlaceholder}\n`, 5),
    file("articles/2023/done.md", "article", "The editor's own text.\n"),
  ];
  assert.equal(placeholderProblems(files, "warning"), [
    { file: "articles/2023/a.md", line: 8, column: 1, field: "body", message: "still holds the placeholder npm run new wrote: replace it with the article's text (npm run build refuses to publish it until then)", severity: "warning" },
    { file: "articles/topics/t.md", line: 5, column: 1, field: "body", message: "still holds the placeholder npm run new wrote: replace it with the topic's background (npm run build refuses to publish it until then)", severity: "warning" },
  ]);
  assert.is(placeholderProblems(files, "error")[0]!.severity, "error");
  assert.is(placeholderProblems(files, "error")[0]!.message, "still holds the placeholder npm run new wrote: replace it with the article's text");
});

test("a topic's placeholder in an article is the editor's own text, and the other way round", () => {
  assert.equal(placeholderProblems([file("articles/2023/a.md", "article", topicPlaceholder), file("articles/topics/t.md", "topic", articlePlaceholder)], "error"), []);
});

test.run();
