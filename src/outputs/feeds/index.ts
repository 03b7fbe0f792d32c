// Feeds: Atom and JSON Feed, for the site and each topic.
export { feedsPlugin, type FeedsPluginOptions } from "./plugin.ts";
