import type { Digest } from "../../model/index.ts";
import type { DigestSource, EleventyConfig } from "../../pages/index.ts";
import { atomFeed } from "./atom.ts";
import { feedData, feedSize, type FeedPictures } from "./feed-data.ts";
import { jsonFeed } from "./json-feed.ts";

export interface FeedsPluginOptions {
  source: DigestSource;
  /** How many of the newest articles a feed holds. */
  size: number;
  /** The processed pictures (the images plugin's shelf): entries show them with absolute addresses. */
  pictures?: FeedPictures;
}

export const defaultFeedsPluginOptions = { size: feedSize };

/** Atom and JSON feeds for the site and each topic (the templates in `layouts/feeds/` call these filters). */
export function feedsPlugin(eleventyConfig: EleventyConfig, userOptions: Partial<FeedsPluginOptions> & Pick<FeedsPluginOptions, "source">): void {
  const { source, size, pictures } = { ...defaultFeedsPluginOptions, ...userOptions };
  const { settings, changed } = source;
  eleventyConfig.addFilter("atomFeed", (digest: Digest, topicSlug?: string) => atomFeed(feedData(digest, settings, topicSlug, size, pictures)));
  eleventyConfig.addFilter("jsonFeed", (digest: Digest, topicSlug?: string) => jsonFeed(feedData(digest, settings, topicSlug, size, pictures)));
  // Every topic's feeds, or in the dev server those whose feed data changed (a topic's two feeds are made from it alone).
  eleventyConfig.addGlobalData("feedTopics", async () => {
    const digest = await source.digest();
    if (!changed) return digest.topics;
    const feeds = digest.topics.map((topic) => ({ topic, feed: feedData(digest, settings, topic.slug, size, pictures) }));
    return changed.select(feeds, ({ topic }) => ({ kind: "files", folder: topic.url, names: ["feed.xml", "feed.json"] })).map(({ topic }) => topic);
  });
}
