// For `npm run bench -- --dev`: how long an editor waits, with `npm start` running, between
// saving an article and the dev server serving its page with the change.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { devServerNodeFlags, processEnvironment } from "../settings/index.ts";

export interface DevRebuild {
  /** From start to the first build being served. */
  firstBuildMs: number;
  /** From saving the edit to the article's page being served with it. */
  pageServedMs: number;
  /** From saving the edit to Eleventy reporting the whole rebuild done. */
  rebuildMs: number;
  /**
   * The same for a second edit, saved once the server has settled (`settleMs` after the first
   * rebuild): the first save lands right after the first build, and runs code that build never
   * ran (comparing each page with the last build's) before V8 has optimised it.
   */
  settledPageServedMs: number;
}

/** How long the second edit waits after the first rebuild: long enough for anything the first save set going to finish. */
export const settleMs = 3000;

export interface DevServer {
  output: string;
  port: number;
  /** Builds finished so far ("Watching…" printed after each). */
  builds(): number;
  /** Until the first build is done and its server listens (Eleventy says "Watching…" before "Server at"). */
  firstBuildServed(): Promise<void>;
  /** Changes the watcher has reported so far. */
  changesSeen(): number;
  log(): string;
  /** Polls `done` every 20 ms; fails with the server's log when the server stops or after 10 minutes. */
  waitFor(done: () => boolean | Promise<boolean>, what: string): Promise<void>;
  /** Writes `text` to `file` until the watcher reports the change; returns when the last save began. */
  save(file: string, text: string): Promise<number>;
  /** Stops the server and waits for it to exit (so nothing writes into its folders any more), then removes its output. */
  stop(): Promise<void>;
}

/** Starts Eleventy's dev server as `npm start` does, on the articles in `articlesDir`, into a temporary folder. */
export function startDevServer(root: string, articlesDir: string, port: number, env: Record<string, string> = {}): DevServer {
  const output = mkdtempSync(path.join(tmpdir(), "digest-dev-"));
  const server = spawn(
    process.execPath,
    [...devServerNodeFlags, "--import", "tsx", path.join(root, "node_modules/@11ty/eleventy/cmd.cjs"), "--config=eleventy.config.ts", "--serve", `--port=${port}`, `--output=${output}`],
    { cwd: root, env: { ...processEnvironment(), ...env, DIGEST_ARTICLES: articlesDir }, detached: true, stdio: ["ignore", "pipe", "pipe"] },
  );
  // Its own process group (so stop() reaches Eleventy's children), which a Ctrl-C does not reach: an exit does.
  const killGroup = () => {
    if (server.exitCode === null && server.signalCode === null && server.pid) process.kill(-server.pid, "SIGKILL");
    // No waiting for its exit here: removed until it stays gone, as a write in flight may make it again.
    for (let pass = 0; pass < 10 && existsSync(output); pass++) {
      rmSync(output, { recursive: true, force: true, maxRetries: 3 });
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
    }
  };
  process.once("exit", killGroup);
  let log = "";
  server.stdout.on("data", (chunk: Buffer) => void (log += chunk.toString()));
  server.stderr.on("data", (chunk: Buffer) => void (log += chunk.toString()));
  const count = (text: string) => log.split(text).length - 1;
  const changesSeen = () => count("File changed:");
  const builds = () => count("Watching…");
  async function waitFor(done: () => boolean | Promise<boolean>, what: string) {
    for (const started = performance.now(); !(await done()); await sleep(20)) {
      if (server.exitCode !== null || performance.now() - started > 600_000) throw new Error(`dev server: ${what} did not happen:\n${log.slice(-3000)}`);
    }
  }
  return {
    output,
    port,
    builds,
    firstBuildServed: () => waitFor(() => builds() >= 1 && log.includes("Server at"), "the first build, served"),
    changesSeen,
    log: () => log,
    waitFor,
    async save(file, text) {
      // The watcher may still be scanning the folder when the first build is served, and then
      // misses a save: save again until Eleventy says it saw the change.
      for (let attempt = 1; attempt <= 5; attempt++) {
        const seen = changesSeen();
        const saved = performance.now();
        writeFileSync(file, text);
        if ((await within(5_000, async () => changesSeen() > seen)) !== undefined) return saved;
      }
      throw new Error(`dev server: the watcher never saw ${file} change:\n${log.slice(-3000)}`);
    },
    async stop() {
      process.off("exit", killGroup);
      if (server.exitCode === null && server.signalCode === null && server.pid) {
        const exited = new Promise((resolve) => server.once("exit", resolve));
        process.kill(-server.pid, "SIGTERM");
        await Promise.race([exited, sleep(10_000)]);
      }
      rmSync(output, { recursive: true, force: true });
    },
  };
}

/** Starts the dev server on `corpus`, edits one article's title and times the rebuild. */
export async function measureDevRebuild(root: string, corpus: string, port = 8765): Promise<DevRebuild> {
  const server = startDevServer(root, corpus, port);
  const { output, waitFor } = server;
  try {
    const start = performance.now();
    await server.firstBuildServed();
    const firstBuildMs = performance.now() - start;

    // The first article of the corpus, its file and its page's address.
    const year = readdirSync(corpus).filter((name) => /^\d{4}$/.test(name)).sort()[0]!;
    const name = readdirSync(path.join(corpus, year)).sort()[0]!;
    const file = path.join(corpus, year, name);
    const slug = name.replace(/^\d{4}-\d{2}-\d{2}-/, "").replace(/\.md$/, "");
    const url = findPage(output, slug);
    const text = readFileSync(file, "utf8");
    /** Saves a new title; returns when the page was served with it, and when the rebuild was done. */
    const edit = async (title: string) => {
      const before = server.builds();
      const saved = await server.save(file, text.replace(/^title: .*$/m, `title: "${title}"`));
      const served = async () => {
        const response = await fetch(`http://localhost:${port}${url}`).catch(() => undefined);
        return (await response?.text())?.includes(title) ?? false;
      };
      await waitFor(served, `serving the edited page ${url}`);
      const pageServedMs = performance.now() - saved;
      await waitFor(() => server.builds() > before, "the rebuild");
      return { pageServedMs, rebuildMs: performance.now() - saved };
    };
    try {
      const first = await edit("Edited for the benchmark");
      await sleep(settleMs);
      const settled = await edit("Edited again for the benchmark");
      return { firstBuildMs, ...first, settledPageServedMs: settled.pageServedMs };
    } finally {
      writeFileSync(file, text);
    }
  } finally {
    await server.stop();
  }
}

/** Milliseconds until `done` holds, polled every 20 ms, or undefined after `limit` ms. */
async function within(limit: number, done: () => Promise<boolean>): Promise<number | undefined> {
  const start = performance.now();
  while (performance.now() - start < limit) {
    if (await done()) return performance.now() - start;
    await sleep(20);
  }
  return undefined;
}

/** The URL of the page written for `slug` under `output` (`/yyyy/mm/dd/slug/`). */
function findPage(output: string, slug: string): string {
  const walk = (dir: string, depth: number): string | undefined => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (!entry.isDirectory()) continue;
      if (depth === 3 && entry.name === slug) return path.join(dir, entry.name);
      if (depth < 3 && /^\d+$/.test(entry.name)) {
        const found = walk(path.join(dir, entry.name), depth + 1);
        if (found) return found;
      }
    }
    return undefined;
  };
  const found = walk(output, 0);
  if (!found) throw new Error(`dev server: no page for ${slug} in ${output}`);
  return `/${path.relative(output, found).split(path.sep).join("/")}/`;
}
