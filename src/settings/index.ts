// Site settings, interface words and build options: the bottom layer, read by every other.
export { languageName, wordsFor, type Words } from "./i18n.ts";
export { processEnvironment, skipEleventyImportCacheBuster, type Environment } from "./environment.ts";
export { boundHeapGrowth, collectGarbageBetweenPhases, devServerNodeFlags, keepGarbageYoung } from "./garbage-collection.ts";
export { defaultBuildOptions, optionsFromEnv, type BuildOptions } from "./options.ts";
export { SettingsError, defaultSiteSettings, readSiteSettings, type SiteLanguage, type SiteSettings } from "./site.ts";
export { pictureSettings, type PictureSettings } from "./images.ts";
