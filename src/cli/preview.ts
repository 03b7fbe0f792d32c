// `npm run preview`: serves the built site (dist, or --output) exactly as it will be published —
// no live reload, no drafts, the path prefix in place, /404.html for a missing page — on this
// computer only unless --host says otherwise.
import { existsSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import path from "node:path";
import sirv from "sirv";
import { optionsFromEnv, processEnvironment, type Environment } from "../settings/index.ts";
import { commandFlags } from "../editor/index.ts";
import { isMain } from "./is-main.ts";
import { listenFailure, notAPort, portNumber } from "./port.ts";

export interface PreviewOptions {
  /** The built site's folder (a build's link is followed). */
  site: string;
  /** The path the site is published under, like `/news/`; `/` for the root. */
  pathPrefix: string;
}

/** A server for the built site; the caller listens on it. */
export function previewServer({ site, pathPrefix }: PreviewOptions): Server {
  const notFound = path.join(site, "404.html");
  const serve = sirv(site, { dev: false, etag: true, dotfiles: false });
  return createServer((request, response) => {
    const missing = () => {
      response.statusCode = 404;
      response.setHeader("Content-Type", "text/html; charset=utf-8");
      response.end(existsSync(notFound) ? readFileSync(notFound) : "404 Not Found\n");
    };
    const url = request.url ?? "/";
    if (pathPrefix !== "/" && (url === "/" || url === "")) {
      response.writeHead(302, { Location: pathPrefix }).end();
      return;
    }
    if (!url.startsWith(pathPrefix)) return missing();
    request.url = `/${url.slice(pathPrefix.length)}`;
    serve(request, response, missing);
  });
}

const usage = "Usage: npm run preview -- [--output dist] [--port 8080] [--host 127.0.0.1]";

function main(argv: string[], env: Environment): number {
  const flags = commandFlags(argv, { command: "npm run preview", options: { output: { type: "string", default: "dist" }, port: { type: "string", default: "8080" }, host: { type: "string" } }, usage });
  if (typeof flags === "number") return flags;
  const port = portNumber(flags.port);
  if (port === undefined) {
    console.error(notAPort(flags.port));
    return 2;
  }
  const options = optionsFromEnv(env);
  const site = path.resolve(flags.output);
  if (!existsSync(path.join(site, "index.html"))) {
    console.error(`${flags.output} holds no built site: run npm run build first`);
    return 1;
  }
  const host = flags.host ?? options.devHost;
  const pathPrefix = options.settings.pathPrefix ?? "/";
  previewServer({ site, pathPrefix })
    .once("error", (error: NodeJS.ErrnoException) => {
      console.error(listenFailure(error, host, port));
      process.exitCode = 1;
    })
    .listen(port, host, () => {
      console.log(`Serving ${flags.output} as published at http://${host.includes(":") ? `[${host}]` : host}:${port}${pathPrefix} (Ctrl-C stops)`);
    });
  return 0;
}

if (isMain(import.meta.filename)) process.exitCode = main(process.argv.slice(2), processEnvironment());
