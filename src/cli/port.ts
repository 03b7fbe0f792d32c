/** `--port`'s value as a number, or undefined for what no server can listen on. */
export function portNumber(text: string): number | undefined {
  const port = /^\d{1,5}$/.test(text) ? Number(text) : NaN;
  return port >= 1 && port <= 65535 ? port : undefined;
}

export const notAPort = (text: string) =>
  `${text === "" ? "--port needs a number" : `--port ${JSON.stringify(text)} is not a port`}: use a number from 1 to 65535, e.g. --port 8081`;

/** Why a server could not listen at `host`:`port`, in one line with the fix. */
export function listenFailure(error: NodeJS.ErrnoException, host: string, port: number): string {
  if (error.code === "EADDRINUSE") return `port ${port} is already in use (another preview or npm start?): stop it, or pass --port ${port === 65535 ? port - 1 : port + 1}`;
  if (error.code === "EACCES") return `port ${port} needs administrator rights on this computer: pass --port 8080 or another above 1023`;
  if (error.code === "ENOTFOUND" || error.code === "EADDRNOTAVAIL" || error.code === "EAI_AGAIN") {
    return `--host ${host} is not an address of this computer: use 127.0.0.1 (this computer only) or 0.0.0.0 (every network)`;
  }
  return `could not listen at ${host}:${port} (${error.code ?? error.message})`;
}
