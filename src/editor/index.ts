// The editor's commands' pieces: new articles and topics, and importing pasted stories.
export { runAsProcess, type CliIo } from "./cli-io.ts";
export { entityMentions } from "./entity-mentions.ts";
export { commandFlags, commandLine } from "./command-flags.ts";
export { flagErrorMessage } from "./flag-error.ts";
export { importAsCoverage } from "./import-coverage.ts";
export { importStory } from "./import-story.ts";
export { loadEntities } from "./load-entities.ts";
export { loadTopics } from "./load-topics.ts";
export { missingArticlesFolder } from "./missing-folder.ts";
export { articlePlaceholder, newArticle } from "./new-article.ts";
export { newTopic } from "./new-topic.ts";
export { readStory } from "./read-story.ts";
export { saveNewFile } from "./save-new-file.ts";
export { startCommand } from "./start-command.ts";
export { copyPicture, newPicture, type PictureInput } from "./new-picture.ts";
export { displayPath } from "./paths.ts";
