// Shared by the browser tests: build a site into a temp folder with the real build command,
// serve it on 127.0.0.1 from a tiny static server, and drive Debian's Chromium with
// playwright-core. A missing browser fails under CI=true and is a loud skip elsewhere.
import { execFile } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createRequire } from "node:module";
import path from "node:path";
import { promisify } from "node:util";
import { chromium, type Browser, type Page } from "playwright-core";
import { tempFolder } from "../helpers/temp-folder.ts";

export const root = path.resolve(import.meta.dirname, "../..");
/** Where screenshots go for a person to look at (git-ignored). */
export const screenshotDir = path.join(root, "test-output/screenshots");
/** The same pinned "now" as the build tests, so the sample site is always the same. */
export const now = "2024-01-01T00:00:00+07:00";

// ---------------------------------------------------------------- the browser

export const chromiumPath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
export const browserArgs = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"];
const inCI = process.env.CI === "true";
const missing = existsSync(chromiumPath) ? undefined : `no browser at ${chromiumPath} (install Debian's chromium package, or set CHROMIUM_PATH)`;

type TestFn = () => void | Promise<void>;
interface Registrar {
  (name: string, fn: TestFn): void;
  skip: () => void;
}
let warned = false;

/**
 * `test` when a browser is there. Without one, under CI=true one failing test says why;
 * elsewhere every test is counted as skipped after a loud warning.
 */
export function browserTests(test: Registrar): (name: string, fn: TestFn) => void {
  if (!missing) return test;
  if (inCI) {
    let failed = false;
    return () => {
      if (failed) return;
      failed = true;
      test("a browser is installed (CI=true)", () => {
        throw new Error(`browser tests cannot run: ${missing}`);
      });
    };
  }
  if (!warned) {
    warned = true;
    console.warn(`\n\x1b[33m!!! BROWSER TESTS SKIPPED: ${missing}. They fail under CI=true. !!!\x1b[0m\n`);
  }
  return () => test.skip();
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: browserArgs });
}

// ---------------------------------------------------------------- building a site

const run = promisify(execFile);

/** Builds the site with `npm run build`'s command into a fresh temp folder and returns it. */
export async function buildSite(options: { articles?: string; env?: Record<string, string> } = {}): Promise<string> {
  const output = path.join(tempFolder("digest-browser-"), "site");
  const args = ["src/cli/build.ts", "--output", output, "--now", now];
  if (options.articles) args.push("--articles", options.articles);
  try {
    await run(path.join(root, "node_modules/.bin/tsx"), args, {
      cwd: root,
      // Only the settings asked for: a DIGEST_* variable of the machine (CI sets a base URL and a
      // path prefix for publishing) must not change the site the tests read.
      env: { ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith("DIGEST_"))), DIGEST_SEARCH: "off", ...options.env },
      maxBuffer: 16 * 1024 * 1024,
    });
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string };
    removeSite(output);
    throw new Error(`the site did not build: ${e.stderr || e.stdout || e.message}`);
  }
  return output;
}

/** Removes a site made by buildSite (and its temp parent). */
export function removeSite(site: string): void {
  rmSync(path.dirname(site), { recursive: true, force: true });
}

// ---------------------------------------------------------------- fixture articles

export const longTopic = "long-running-story";
export const longTopicArticles = 45;
/** 200 characters with no break opportunity: Indonesian compounds run together. */
export const longWord = "ketidakbertanggungjawabannya".repeat(8).slice(0, 200);
export const longUrl = `https://www.example.co.id/berita/nasional/2023/10/20/${"sangat-panjang-sekali-".repeat(9)}alamat-tanpa-spasi?utm_source=${"x".repeat(60)}`;
export const longWordArticleUrl = "/2023/10/20/kata-yang-sangat-panjang/";
export const longUrlArticleUrl = "/2023/10/20/a-very-long-address/";

/**
 * The sample articles plus: a topic with 45 articles (three timeline pages at the default
 * 20 a page) in June 2023, and two articles of 20 October 2023 — the newest, so on the home
 * page — with a 200-character word (Indonesian) and a very long URL (English).
 */
export function fixtureArticles(): string {
  const dir = tempFolder("digest-browser-articles-");
  cpSync(path.join(root, "articles"), dir, { recursive: true });
  const files: Record<string, string> = {
    [`topics/${longTopic}.md`]: "---\ntitle: A long-running story\nsummary: Forty-five articles, enough for three pages of timeline.\n---\nThe background of a story that kept going.\n",
  };
  for (let i = 0; i < longTopicArticles; i++) {
    const day = String(1 + Math.floor(i / 3)).padStart(2, "0");
    const hour = String(8 + (i % 3) * 3).padStart(2, "0");
    files[`2023/2023-06-${day}-update-${i + 1}.md`] = [
      "---",
      `title: "Update ${i + 1} on the long-running story"`,
      `date: "2023-06-${day}T${hour}:00:00+07:00"`,
      `topics: [${longTopic}]`,
      "source:",
      "  name: Antara",
      `  url: https://example.org/antara/${i + 1}`,
      `summary: "What happened in part ${i + 1}, in one sentence."`,
      "---",
      `Part ${i + 1} of the story. The people involved met again and agreed to keep talking, and reporters waited outside for hours to hear what they had decided.`,
      "",
    ].join("\n");
  }
  files["2023/2023-10-20-kata-yang-sangat-panjang.md"] = [
    "---",
    `title: "Sebuah kata ${longWord}"`,
    'date: "2023-10-20T09:00:00+07:00"',
    "topics: [el-nino-drought-indonesia]",
    "source:",
    "  name: Antara",
    `  url: ${longUrl}`,
    "lang: id",
    `summary: "Ringkasan dengan ${longWord} di dalamnya."`,
    "tags: [bahasa]",
    "---",
    `Kata terpanjang dalam berita ini adalah ${longWord}, dan kata itu tidak boleh membuat halaman bergeser ke samping.`,
    "",
    `Alamat lengkapnya ${longUrl} juga harus terbungkus.`,
    "",
  ].join("\n");
  files["2023/2023-10-20-a-very-long-address.md"] = [
    "---",
    'title: "An article that cites a very long address"',
    'date: "2023-10-20T10:00:00+07:00"',
    "topics: [el-nino-drought-indonesia]",
    "source:",
    "  name: Example Daily",
    `  url: ${longUrl}&utm_medium=email`,
    "lang: en",
    `summary: "See ${longUrl} for the full report."`,
    "---",
    `The full report is at <${longUrl}>, and its mirror at [${longUrl}](${longUrl}).`,
    "",
    "This paragraph is ordinary English prose, long enough to fill several lines of the main text column so its measure can be read off: how many characters sit on one line when the window is wide. A comfortable measure sits between sixty and eighty characters.",
    "",
  ].join("\n");
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

// ---------------------------------------------------------------- a static server

const types: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".xml": "application/xml",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".wasm": "application/wasm",
};

export interface StaticServer {
  /** http://127.0.0.1:<port> */
  origin: string;
  close: () => Promise<void>;
}

/** Serves `dir` like a static host: `/x/` is `/x/index.html`, `/x` redirects to `/x/`, else 404.html with 404. */
export async function serve(dir: string): Promise<StaticServer> {
  const server: Server = createServer((req, res) => {
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? "/", "http://127.0.0.1").pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    let file = path.join(dir, pathname);
    if (!file.startsWith(dir)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!pathname.endsWith("/")) {
        res.writeHead(301, { location: `${pathname}/` }).end();
        return;
      }
      file = path.join(file, "index.html");
    }
    if (existsSync(file) && statSync(file).isFile()) {
      res.writeHead(200, { "content-type": types[path.extname(file)] ?? "application/octet-stream" });
      res.end(req.method === "HEAD" ? undefined : readFileSync(file));
      return;
    }
    const notFound = path.join(dir, "404.html");
    res.writeHead(404, { "content-type": types[".html"] });
    res.end(existsSync(notFound) ? readFileSync(notFound) : "not found");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

// ---------------------------------------------------------------- one site, one browser

export interface SiteInBrowser {
  site: string;
  origin: string;
  browser: Browser;
  close: () => Promise<void>;
}

/** A site built, served and open in a browser, made on first call; `close` undoes what was made. */
export interface LazySiteInBrowser {
  (): Promise<SiteInBrowser>;
  /** For the suite's `after` hook: closes what set-up made; a failed set-up was already reported by each test. */
  close(): Promise<void>;
}

/**
 * Builds a site, serves it and launches the browser, once; call from every test (the first
 * call does the rest of the work) so a setup failure fails each test with its reason. The
 * build starts at once, so the builds of several test files overlap.
 */
export function siteInBrowser(options: { articles?: () => string; env?: Record<string, string> } = {}): LazySiteInBrowser {
  const articles = missing ? undefined : options.articles?.();
  const built = missing ? undefined : buildSite({ articles, env: options.env });
  built?.catch(() => {}); // reported by the first test that awaits it
  const removeArticles = () => articles && rmSync(articles, { recursive: true, force: true });
  let ready: Promise<SiteInBrowser> | undefined;
  const open = () =>
    (ready ??= (async () => {
      if (!built) throw new Error(`browser tests cannot run: ${missing}`);
      // Both settle before anything is thrown, so a browser that launched beside a failed build is closed.
      const [builtSite, launched] = await Promise.allSettled([built, launchBrowser()]);
      const site = builtSite.status === "fulfilled" ? builtSite.value : undefined;
      const browser = launched.status === "fulfilled" ? launched.value : undefined;
      let server: StaticServer | undefined;
      try {
        if (builtSite.status === "rejected") throw builtSite.reason;
        if (launched.status === "rejected") throw launched.reason;
        server = await serve(site!);
      } catch (error) {
        await browser?.close();
        if (site) removeSite(site);
        removeArticles();
        throw error;
      }
      return {
        site: site!,
        origin: server.origin,
        browser: browser!,
        close: async () => {
          await browser!.close();
          await server.close();
          removeSite(site!);
          removeArticles();
        },
      };
    })());
  return Object.assign(open, {
    async close() {
      if (ready) return ready.then((opened) => opened.close(), () => undefined);
      // No test asked for the site (all skipped): only the build to clean up.
      await built?.then(removeSite, () => undefined);
      removeArticles();
    },
  });
}

// ---------------------------------------------------------------- axe-core

// The project type-checks without the DOM library (src/ must not use it); functions that run
// inside the page name the page's globals through declarations like these, local to a module.
// Page functions must not declare named helpers (`const f = () => …` inside them): tsx keeps
// function names by wrapping them in a `__name(…)` call that does not exist in the page.
declare const axe: any;
declare const document: any;

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
export const axeTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/** Every axe-core violation on the page, one readable line each (empty when there is none). */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async (tags: string[]): Promise<AxeViolation[]> => {
    const result = await axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] });
    return result.violations.map((v: AxeViolation) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })) }));
  }, axeTags);
  return violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id} (${v.impact}): ${v.help} — ${n.target.join(" ")}${n.failureSummary ? `\n      ${n.failureSummary.replace(/\n/g, "\n      ")}` : ""}`),
  );
}
