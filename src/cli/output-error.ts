/** A one-line message about the output folder, naming it and the fix; the build stops with nothing changed. */
export class OutputError extends Error {}
