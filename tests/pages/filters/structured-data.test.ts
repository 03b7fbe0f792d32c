import { test } from "uvu";
import * as assert from "uvu/assert";
import { structuredData } from "../../../src/pages/filters/structured-data.ts";
import { site, smallDigest } from "../../helpers/small-digest.ts";

const digest = smallDigest();

test("article pages get a NewsArticle, topic pages a CollectionPage, other pages nothing", () => {
  assert.is(structuredData("/2023/09/12/kereta/", digest, site)?.["@type"], "NewsArticle");
  assert.is(structuredData("/topics/arms/page/2/", digest, site)?.["@type"], "CollectionPage");
  assert.is(structuredData("/2023/09/", digest, site), undefined);
  assert.is(structuredData("/search/", digest, site), undefined);
});

test.run();
