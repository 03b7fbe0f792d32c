// Eleventy 3.1 ships JavaScript without declarations: this names the programmatic API we call.
declare module "@11ty/eleventy" {
  export interface EleventyOptions {
    configPath?: string;
    quietMode?: boolean;
    runMode?: "build" | "watch" | "serve";
    source?: "cli" | "script";
  }
  export default class Eleventy {
    constructor(input?: string, output?: string, options?: EleventyOptions);
    /** Resolves to [passthrough copies, written templates]. */
    write(): Promise<unknown>;
  }
}
