import { test } from "uvu";
import * as assert from "uvu/assert";
import { resolveTopics } from "../../src/content/resolve-topics.ts";

const topics = [
  { slug: "russia-dprk-arms-deal", title: "Russia–DPRK arms deal" },
  { slug: "el-nino-drought-indonesia", title: "El Niño and drought in Indonesia" },
];

test("a slug, a title in any case or a title's slug names a topic; repeats count once", () => {
  assert.equal(resolveTopics(["russia-dprk-arms-deal", "el niño and drought in indonesia", "Russia DPRK arms deal"], topics), {
    slugs: ["russia-dprk-arms-deal", "el-nino-drought-indonesia"],
  });
});

test("an unknown topic fails as the validator words it, with its suggestion", () => {
  assert.equal(resolveTopics(["russia-dprk"], topics), { error: 'unknown topic "russia-dprk": did you mean "russia-dprk-arms-deal"?' });
  assert.equal(resolveTopics(["el-nino-drougth-indonesia"], topics), { error: 'unknown topic "el-nino-drougth-indonesia": did you mean "el-nino-drought-indonesia"?' });
  assert.equal(resolveTopics(["sports"], topics), { error: 'unknown topic "sports": add articles/topics/<slug>.md or use an existing topic' });
});

test("no topic at all lists the ones there are", () => {
  assert.equal(resolveTopics([], topics), { error: "--topic is missing: name at least one topic (known: russia-dprk-arms-deal, el-nino-drought-indonesia)" });
  assert.equal(resolveTopics([], []), { error: "--topic is missing: name at least one topic" });
  assert.equal(resolveTopics(["  "], topics), { error: "--topic is empty: give a topic's slug or title" });
});

test.run();
