// The part of Eleventy's configuration API this project uses. Eleventy 3.1 ships no TypeScript
// declarations, so we name what we call and let tsc check our side of it.
export interface EleventyConfig {
  addGlobalData(name: string, value: unknown): void;
  addFilter(name: string, filter: (...args: any[]) => unknown): void;
  addPassthroughCopy(paths: Record<string, string> | string): void;
  addWatchTarget(path: string): void;
  setNunjucksEnvironmentOptions(options: Record<string, unknown>): void;
  setServerOptions(options: Record<string, unknown>): void;
  /** Options for the dev server's file watcher (chokidar), over Eleventy's own. */
  setChokidarConfig(options: Record<string, unknown>): void;
  setIncludesDirectory(dir: string): void;
  setTemplateFormats(formats: string[]): void;
  addPlugin<O>(plugin: (config: EleventyConfig, options: O) => unknown, options?: O): void;
  on(event: string, listener: (...args: any[]) => unknown): void;
  /** Called with each Nunjucks environment Eleventy makes (one per build of the dev server). */
  amendLibrary(engine: "njk", amend: (environment: NunjucksEnvironment) => void): void;
  /** Runs the HTML transforms (HtmlBasePlugin's path prefix) on markup Eleventy did not render itself. */
  htmlTransformer: { transformContent(outputPath: string, content: string, page: { url: string; outputPath: string }): Promise<string> };
}

export interface NunjucksEnvironment {
  render(name: string, context: object): string;
  addFilter(name: string, filter: (...args: any[]) => unknown): void;
  /** A loaded template; the same object until its file changes. */
  getTemplate(name: string): { getExported(context: object, done: (error: unknown, exported: Record<string, unknown>) => void): void };
}
