import { test } from "uvu";
import * as assert from "uvu/assert";
import path from "node:path";
import { defaultSiteSettings } from "../../src/settings/site.ts";
import { validateContent } from "../../src/content/validate.ts";
import { topicPlaceholder } from "../../src/content/placeholders.ts";
import { newTopic } from "../../src/editor/new-topic.ts";
import { contentFile } from "../helpers/content.ts";

test("a topic file with its title, summary and a placeholder background that the validator accepts", () => {
  const result = newTopic({ title: "Banjir Jakarta 2024: “siaga”", summary: "Hujan deras: banjir di mana-mana." }, "/site/articles");
  if (!result.ok) throw new Error(result.error);
  assert.is(result.file, path.join("/site/articles", "topics", "banjir-jakarta-2024-siaga.md"));
  assert.is(result.text, `---\ntitle: "Banjir Jakarta 2024: “siaga”"\nsummary: "Hujan deras: banjir di mana-mana."\n---\n${topicPlaceholder}\n`);
  const checked = validateContent([contentFile("articles/topics/banjir-jakarta-2024-siaga.md", result.text)], defaultSiteSettings);
  assert.equal(checked.problems, []);
  assert.equal(checked.topics.map((t) => [t.slug, t.title, t.summary]), [["banjir-jakarta-2024-siaga", "Banjir Jakarta 2024: “siaga”", "Hujan deras: banjir di mana-mana."]]);
});

test("the summary is optional", () => {
  const result = newTopic({ title: "El Niño" }, "a");
  assert.ok(result.ok && result.text === `---\ntitle: "El Niño"\n---\n${topicPlaceholder}\n`);
});

test("a missing or unusable title, or an empty summary, is refused", () => {
  assert.equal(newTopic({}, "a"), { ok: false, error: 'the topic\'s title is missing: npm run new -- --topic-file "Title"' });
  assert.equal(newTopic({ title: "???" }, "a"), { ok: false, error: 'the title "???" gives no usable file name: use letters or digits in it' });
  assert.equal(newTopic({ title: "x", summary: " " }, "a"), { ok: false, error: "--summary is empty: leave it out or give a value" });
});

test.run();
