// Pages: the Eleventy plugin, the model's routes, the page writer and the template filters.
export { createDigestSource, type DigestSource, type DigestSourceOptions } from "./digest-source.ts";
export { configureDevServer, refuseEscapingPaths } from "./dev-server.ts";
export type { EleventyConfig } from "./eleventy-types.ts";
export { absoluteUrl } from "./filters/absolute-url.ts";
export { readableDate } from "./filters/readable-date.ts";
export { digestPlugin, type DigestPluginOptions } from "./plugin.ts";
export { keptText } from "./kept-text.ts";
export { writePages } from "./page-writer.ts";
export { modelRoutes } from "./routes.ts";
