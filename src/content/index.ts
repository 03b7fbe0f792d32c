// Content: find and read files, frontmatter, schema, validation, cross-file checks, problems.
export { articlesFolderEmpty, articlesFolderMissing } from "./articles-folder.ts";
export { duplicateSources, fieldAt, scheduled } from "./cross-file-checks.ts";
export { dayKey, isoInZone, latestTime, parseArticleDate } from "./dates.ts";
export { parseContentFile } from "./frontmatter.ts";
export { githubAnnotation } from "./github-annotation.ts";
export { httpUrlProblem } from "./http-url.ts";
export { loadContent, type ContentFile, type LoadCache } from "./load.ts";
export { articlePlaceholder, placeholderProblems, topicPlaceholder } from "./placeholders.ts";
export { ContentError, formatProblem, summarizeProblems, type Problem } from "./problems.ts";
export { resolveTopics, type TopicRef } from "./resolve-topics.ts";
export { maxSlugLength, shorterSlug, slugify } from "./slug.ts";
export { closestMatch } from "./suggest.ts";
export { createValidateCache, validateContent, type ArticleSource, type TopicSource, type ValidateCache, type ValidatedContent } from "./validate.ts";
export { checkPictures, svgHasScript, type PictureCache } from "./picture-checks.ts";
export { bodyPictures, isLocalPath, type Picture, type PictureFile } from "./pictures.ts";
