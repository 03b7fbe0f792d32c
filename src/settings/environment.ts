/** Environment variables by name. */
export type Environment = Record<string, string | undefined>;

/** The process's environment: the one module that reads it; everything else is handed what it needs. */
export function processEnvironment(): Environment {
  return process.env;
}

/**
 * Turns off Eleventy's ESM cache buster for this process. It serves only a dev server's reloads,
 * and on Node 20 it runs as a loader-hooks thread that every later import waits on (~0.35 s of a build's CPU).
 */
export function skipEleventyImportCacheBuster(): void {
  process.env.ELEVENTY_SKIP_ESM_RESOLVER = "1";
}
