import { test } from "uvu";
import * as assert from "uvu/assert";
import { structuredData } from "../../../src/outputs/seo/structured-data.ts";
import { site, smallDigest } from "../../helpers/small-digest.ts";

const digest = smallDigest();
const article = digest.articles.find((a) => a.url === "/2023/09/12/kereta/");
const topicPage = digest.topicPages.find((p) => p.url === "/topics/arms/page/2/");

test("an article page gets a NewsArticle, a topic page a CollectionPage, any other page nothing", () => {
  assert.ok(article && topicPage, "the small digest has both pages");
  assert.is(structuredData(article, undefined, site)?.["@type"], "NewsArticle");
  assert.is(structuredData(undefined, topicPage, site)?.["@type"], "CollectionPage");
  assert.is(structuredData(undefined, undefined, site), undefined);
});

test.run();
