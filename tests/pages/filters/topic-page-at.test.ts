import { test } from "uvu";
import * as assert from "uvu/assert";
import { topicPageAt } from "../../../src/pages/filters/topic-page-at.ts";
import { smallDigest } from "../../helpers/small-digest.ts";

const digest = smallDigest();

test("finds each page of a topic's timeline, and nothing on other pages", () => {
  assert.is(topicPageAt("/topics/arms/", digest)?.number, 1);
  assert.is(topicPageAt("/topics/arms/page/2/", digest)?.topic.slug, "arms");
  assert.is(topicPageAt("/topics/", digest), undefined);
  assert.is(topicPageAt("/2023/09/12/kereta/", digest), undefined);
});

test.run();
