import { test } from "uvu";
import * as assert from "uvu/assert";
import { articleAt } from "../../../src/pages/filters/article-at.ts";
import { smallDigest } from "../../helpers/small-digest.ts";

const digest = smallDigest();

test("finds the article of an article page, and nothing on other pages", () => {
  assert.is(articleAt("/2023/09/12/kereta/", digest)?.title, "Kim tiba dengan kereta");
  assert.is(articleAt("/2023/09/12/", digest), undefined);
  assert.is(articleAt("/", digest), undefined);
});

test.run();
