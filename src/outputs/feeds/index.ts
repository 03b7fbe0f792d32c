// Feeds: Atom and JSON Feed, for the site and each topic.
export { feedsPlugin, type FeedsPluginOptions } from "./plugin.ts";
// The writers, for other outputs' feeds (the daily editions).
export { atomFeed } from "./atom.ts";
export { jsonFeed } from "./json-feed.ts";
export type { FeedData, FeedImage, FeedItem, FeedPictures } from "./feed-data.ts";
