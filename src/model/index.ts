// The digest model: typed data built by pure functions from checked, rendered content.
export type * from "./types.ts";
export { buildDigest } from "./build.ts";
export { checkSite, type CheckSiteOptions } from "./check-site.ts";
export { compareText } from "./compare-text.ts";
export { headlineKey } from "./neighbours.ts";
export { articleUrl, dayPageUrl, modelPageLists, topicUrl, type ModelPageList } from "./routes.ts";
export { pageIndex, type PageIndex } from "./page-index.ts";
export { createDigestCache, loadDigest, type DigestCache, type LoadDigestOptions, type LoadedDigest } from "./load-digest.ts";
export { stopwatch, type Timings } from "./timings.ts";
export { sourceLine } from "./source-line.ts";
