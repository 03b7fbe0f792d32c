// Eleventy 3.1 ships JavaScript without declarations: this names the programmatic API we call.
declare module "@11ty/eleventy" {
  export interface EleventyOptions {
    /** `false`: no configuration file; `config` does it all. */
    configPath?: string | false;
    /** Called with the configuration API before any file's configuration. */
    config?: (eleventyConfig: any) => void | Promise<void>;
    pathPrefix?: string;
    quietMode?: boolean;
    runMode?: "build" | "watch" | "serve";
    source?: "cli" | "script";
  }
  /** Adds the config's pathPrefix to root-relative URLs in HTML output. */
  export function HtmlBasePlugin(config: unknown, options?: { baseHref?: string; extensions?: string }): void;
  export default class Eleventy {
    constructor(input?: string, output?: string, options?: EleventyOptions);
    /** Resolves to [passthrough copies, written templates]. */
    write(): Promise<unknown>;
  }
}
