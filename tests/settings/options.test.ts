import { test } from "uvu";
import * as assert from "uvu/assert";
import { optionsFromEnv } from "../../src/settings/options.ts";

test("a build writes the search index unless DIGEST_SEARCH=off", () => {
  assert.is(optionsFromEnv({}).search, true);
  assert.is(optionsFromEnv({ DIGEST_SEARCH: "on" }).search, true);
  assert.is(optionsFromEnv({ DIGEST_SEARCH: "off" }).search, false);
});

test("the dev server includes drafts and scheduled articles and rebuilds incrementally; a build does not", () => {
  const build = optionsFromEnv({});
  assert.equal([build.includeDrafts, build.includeScheduled, build.incremental], [false, false, false]);
  const serve = optionsFromEnv({ ELEVENTY_RUN_MODE: "serve" });
  assert.equal([serve.includeDrafts, serve.includeScheduled, serve.incremental], [true, true, true]);
  assert.equal([optionsFromEnv({ DIGEST_DRAFTS: "1" }).includeDrafts, optionsFromEnv({ DIGEST_SCHEDULED: "1" }).includeScheduled], [true, true]);
});

test.run();
