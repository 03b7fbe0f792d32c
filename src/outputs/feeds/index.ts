// Feeds: Atom and JSON Feed, for the site and each topic.
export { escapeHtml } from "./escape-html.ts";
export { feedsPlugin, type FeedsPluginOptions } from "./plugin.ts";
