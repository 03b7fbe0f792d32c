// `npm start`'s server, Eleventy's @11ty/eleventy-dev-server, made safe to leave running: it
// serves drafts and embargoed articles, so it listens on this machine only unless DIGEST_HOST
// says otherwise, and it answers an address that climbs out of the site with 400. Its pages show
// the content problems of the last rebuild, and it watches the articles folder by folder (watch-articles.ts).
import { createRequire } from "node:module";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { BuildOptions } from "../settings/index.ts";
import type { DigestSource } from "./digest-source.ts";
import type { EleventyConfig } from "./eleventy-types.ts";
import { reloadPagesOnFailedRebuild } from "./reload-on-failure.ts";
import { showProblemsInPages } from "./show-problems.ts";
import { watchArticlesByFolder } from "./watch-articles.ts";

export function configureDevServer(
  eleventyConfig: EleventyConfig,
  { devHost: host, serving }: Pick<BuildOptions, "devHost" | "serving">,
  source: Pick<DigestSource, "articlesDir" | "problems">,
): void {
  eleventyConfig.setServerOptions({
    middleware: [refuseEscapingPaths, showProblemsInPages(() => source.problems())],
    // A whole page reloads after every rebuild: a page patched in place would drop the banner.
    domDiff: false,
    messageOnStart: ({ localhostUrl }: { localhostUrl: string }) => {
      // Every interface (0.0.0.0, ::) includes this computer's own: show the address that opens.
      const url = new URL(localhostUrl);
      if (!["localhost", "0.0.0.0", "::"].includes(host)) url.hostname = host.includes(":") ? `[${host}]` : host;
      return isLoopback(host)
        ? `Server at ${url.href} (this computer only; npm start -- --host 0.0.0.0 shares it)`
        : `Server at ${url.href}, listening on ${host}: other computers can read it, drafts and scheduled articles included`;
    },
  });
  // Eleventy waits for a saved file to stay the same size for 150 ms; a template is a few
  // kilobytes written at once, and a file caught half-written is rebuilt again when it settles.
  // (Articles are watched by watch-articles.ts, with the same 50 ms.)
  eleventyConfig.setChokidarConfig({ awaitWriteFinish: { stabilityThreshold: 50, pollInterval: 10 } });
  if (serving) {
    listenOn(host);
    reloadPagesOnFailedRebuild();
    watchArticlesByFolder(source.articlesDir);
  }
}

/**
 * @11ty/eleventy-dev-server 2.x listens on every interface and has no option for the address
 * (11ty/dev-server#128), so its one listen call is replaced. Fails loudly rather than expose
 * the server should a new version rename it.
 */
function listenOn(host: string): void {
  const DevServer = createRequire(import.meta.url)("@11ty/eleventy-dev-server") as { prototype: Record<string, unknown> };
  if (typeof DevServer.prototype._serverListen !== "function") {
    throw new Error(`@11ty/eleventy-dev-server has no _serverListen any more: src/dev-server.ts cannot make it listen on ${host} only`);
  }
  DevServer.prototype._serverListen = function (this: { server: { listen(options: object): void } }, port: number) {
    this.server.listen({ port, host });
  };
}

const isLoopback = (host: string) => host === "localhost" || host === "::1" || host.startsWith("127.");

/**
 * Answers 400 for an address whose decoded path has a `..` segment (`/..%2f..%2fetc/passwd`), a
 * NUL or broken %-encoding: the dev server would throw on them and never answer, and its own
 * check takes a sibling folder whose name begins with the output folder's for a part of it.
 */
export function refuseEscapingPaths(request: IncomingMessage, response: ServerResponse, next: () => void): void {
  let pathname: string | undefined;
  try {
    pathname = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
  } catch {
    pathname = undefined; // malformed %-encoding
  }
  if (pathname === undefined || pathname.includes("\0") || pathname.split(/[\\/]/).includes("..")) {
    response.statusCode = 400;
    response.setHeader("Content-Type", "text/plain; charset=utf-8");
    response.end("400 Bad Request: this address leaves the site\n");
    return;
  }
  next();
}
