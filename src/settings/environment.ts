/** Environment variables by name. */
export type Environment = Record<string, string | undefined>;

/** The process's environment: the one module that reads it; everything else is handed what it needs. */
export function processEnvironment(): Environment {
  return process.env;
}
