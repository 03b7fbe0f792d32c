// Shared by the security tests: temp folders, the real build command run as a child process,
// and checks of built HTML that know nothing of how the site made it.
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import * as cheerio from "cheerio";

export const root = path.resolve(import.meta.dirname, "../..");
const tsx = path.join(root, "node_modules/.bin/tsx");
/** Pinned, so every fixture dated before it is published. */
export const now = "2024-01-01T00:00:00+07:00";

// ---------------------------------------------------------------- temp folders

const made: string[] = [];
process.on("exit", () => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A fresh folder under the system temp folder, removed when the test process exits. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), `digest-security-${prefix}-`));
  made.push(dir);
  return dir;
}

/** Writes `files` (relative path → text or bytes) under `dir`, making folders as needed. */
export function writeTree(dir: string, files: Record<string, string | Uint8Array>): string {
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

/** Every file under `dir`, relative, sorted. */
export function filesIn(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
}

// ---------------------------------------------------------------- the build command

export interface BuildRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** stdout and stderr together. */
  out: string;
  ms: number;
}

/**
 * Runs `tsx src/cli/build.ts --articles <articles> --output <output>` as `npm run build` does,
 * killing it after `timeoutMs` (a hang shows as signal SIGKILL). Asynchronous, so builds can
 * run side by side.
 */
export function runBuild(
  articles: string,
  output: string,
  options: { args?: string[]; env?: Record<string, string>; timeoutMs?: number } = {},
): Promise<BuildRun> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(tsx, ["src/cli/build.ts", "--articles", articles, "--output", output, "--now", now, ...(options.args ?? [])], {
      cwd: root,
      // The machine's own DIGEST_* settings (a CI job's base URL or path prefix) must not change what is built.
      env: { ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith("DIGEST_"))), ...options.env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString("utf8")));
    child.stderr.on("data", (chunk: Buffer) => (out += chunk.toString("utf8")));
    const timer = setTimeout(() => child.kill("SIGKILL"), options.timeoutMs ?? 120_000);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, out, ms: Date.now() - started });
    });
  });
}

/** Runs `jobs` with at most `limit` at a time; results in the jobs' order. */
export async function inPool<T>(jobs: (() => Promise<T>)[], limit: number): Promise<T[]> {
  const results: T[] = new Array(jobs.length);
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const index = next++;
      results[index] = await jobs[index]!();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, jobs.length) }, worker));
  return results;
}

// ---------------------------------------------------------------- URLs as a browser reads them

/**
 * The scheme a browser would navigate to or load from, for an attribute value the HTML parser
 * has already decoded: leading and trailing C0 controls and spaces are dropped and tabs and
 * newlines removed anywhere (the URL standard), then the WHATWG parser resolves it against a
 * page of the site. `undefined` when a browser would not use it as a URL at all.
 */
export function browserScheme(value: string): string | undefined {
  const cleaned = value.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, "").replace(/[\t\n\r]/g, "");
  const written = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(cleaned)?.[1]?.toLowerCase();
  let resolved: string | undefined;
  try {
    resolved = new URL(cleaned, "https://example.org/some/page/").protocol.replace(/:$/, "");
  } catch {
    resolved = undefined;
  }
  // Both readings must be safe; report the unsafe one if either is.
  if (written && !safeSchemes.includes(written)) return written;
  return resolved ?? written;
}

export const safeSchemes = ["http", "https", "mailto"];

/** The URLs of a `srcset` value, split as the HTML standard does (URLs run to whitespace). */
export function srcsetUrls(value: string): string[] {
  const urls: string[] = [];
  let i = 0;
  const ws = /[\t\n\f\r ]/;
  while (i < value.length) {
    while (i < value.length && (ws.test(value[i]!) || value[i] === ",")) i++;
    const start = i;
    while (i < value.length && !ws.test(value[i]!)) i++;
    let url = value.slice(start, i);
    if (url.endsWith(",")) url = url.replace(/,+$/, "");
    else {
      let inParens = false;
      for (; i < value.length; i++) {
        if (value[i] === "(") inParens = true;
        else if (value[i] === ")") inParens = false;
        else if (value[i] === "," && !inParens) break;
      }
    }
    if (url) urls.push(url);
  }
  return urls;
}

// ---------------------------------------------------------------- checks of a built page

/** Attributes that hold one URL a browser may follow or load. */
export const urlAttributes = ["href", "src", "action", "formaction", "xlink:href", "poster", "data", "cite", "background", "ping"];
/** Elements no article may bring: they run code, load other documents, restyle or redirect the page. */
export const forbiddenElements = ["script", "iframe", "frame", "frameset", "object", "embed", "applet", "form", "style", "base", "link", "meta", "noscript", "template", "svg", "math", "input", "button", "textarea", "select"];

/** An element as cheerio's parser makes it. */
type El = { tagName: string; attribs: Record<string, string> };

/** Attributes that say what an element is and what it loads, as opposed to text it shows. */
const kindAttributes = ["name", "property", "rel", "type", "http-equiv", "charset", "src", "action", "method", "role", "id", "class"];

/**
 * What an element is, where it is (head or body), which attributes it has and the values of those
 * that say what it does: two elements with the same signature are the same kind of thing.
 * Shown text (`content`, `title`, …) is left out, so a page's own `<meta property="og:title">`
 * is recognised whatever title it carries.
 */
export function signature($: cheerio.CheerioAPI, node: unknown): string {
  const { tagName, attribs } = node as El;
  const where = $(node as never).closest("head").length ? "head" : "body";
  const parts = Object.keys(attribs)
    .sort()
    .map((name) => (kindAttributes.includes(name) ? `${name}=${JSON.stringify(attribs[name])}` : name));
  return `${where}:<${tagName.toLowerCase()} ${parts.join(" ")}>`;
}

/**
 * Everything in one built page that could run code or send the reader elsewhere. `ours` holds
 * the signatures of elements the site's own templates make (from a build of harmless content):
 * those may be forbidden elements (the page's own <meta>, <link>, a search form…), except that a
 * <script> must always be JSON-LD or an external file of ours, never inline code.
 */
export function violations(html: string, ours: ReadonlySet<string>): string[] {
  const $ = cheerio.load(html);
  const found: string[] = [];
  $("*").each((_, node) => {
    const el = node as unknown as El;
    const tag = el.tagName.toLowerCase();
    const sig = signature($, node);
    for (const [name, value] of Object.entries(el.attribs)) {
      if (/^on/i.test(name)) found.push(`${sig}: event handler ${name}`);
      const urls = name === "srcset" || name === "imagesrcset" ? srcsetUrls(value) : urlAttributes.includes(name.toLowerCase()) ? [value] : [];
      for (const url of urls) {
        const scheme = browserScheme(url);
        if (scheme !== undefined && !safeSchemes.includes(scheme)) found.push(`${sig}: ${name} with scheme ${scheme}`);
      }
      if (name === "srcdoc") found.push(`${sig}: srcdoc`);
      if (name === "style" && /url\s*\(|expression\s*\(|javascript:/i.test(value)) found.push(`${sig}: style that loads or runs something`);
    }
    if (tag === "meta" && el.attribs["http-equiv"] !== undefined && !ours.has(sig)) found.push(`${sig}: meta http-equiv`);
    if (tag === "script") {
      const type = (el.attribs.type ?? "").trim().toLowerCase();
      const text = $(node).text();
      if (type === "application/ld+json") {
        try {
          JSON.parse(text);
        } catch {
          found.push(`${sig}: JSON-LD that is not JSON: ${text.slice(0, 80)}`);
        }
      } else if (!(ours.has(sig) && text.trim() === "" && el.attribs.src?.startsWith("/"))) {
        found.push(`${sig}: script ${text.slice(0, 60)}`);
      }
      return;
    }
    if (forbiddenElements.includes(tag) && !ours.has(sig)) found.push(`${sig}: forbidden element`);
  });
  return found;
}

/** The signatures of every element on the pages of a site built from harmless content. */
export function ownSignatures(htmlPages: string[]): Set<string> {
  const ours = new Set<string>();
  for (const html of htmlPages) {
    const $ = cheerio.load(html);
    $("*").each((_, el) => {
      ours.add(signature($, el));
    });
  }
  return ours;
}

// ---------------------------------------------------------------- checks of a rendered fragment

const fragmentTags = new Set(
  "a abbr address b bdi bdo blockquote br caption cite code col colgroup data dd del details dfn div dl dt em figcaption figure h2 h3 h4 h5 h6 hgroup hr i img ins kbd li mark ol p pre q rb rp rt rtc ruby s samp section small span strong sub summary sup table tbody td tfoot th thead time tr u ul var wbr".split(" "),
);

/**
 * Everything wrong with a fragment of rendered article HTML, read as a browser reads it: any
 * element outside the formatting allowlist, any event handler, style or navigation attribute,
 * any URL with another scheme than http, https or mailto (images: http or https), any
 * protocol-relative URL.
 */
export function fragmentProblems(html: string): string[] {
  const $ = cheerio.load(`<!doctype html><html><head></head><body>${html}</body></html>`);
  const found: string[] = [];
  $("body *").each((_, node) => {
    const el = node as unknown as { tagName: string; attribs: Record<string, string> };
    if (!fragmentTags.has(el.tagName)) found.push(`element <${el.tagName}>`);
    for (const [name, value] of Object.entries(el.attribs)) {
      if (/^on/i.test(name)) found.push(`${name} on <${el.tagName}>`);
      if (["style", "srcdoc", "formaction", "action", "xlink:href", "id", "target"].includes(name)) found.push(`${name} on <${el.tagName}>`);
      const urls = name === "srcset" ? srcsetUrls(value) : ["href", "src", "cite", "poster", "data"].includes(name) ? [value] : [];
      for (const url of urls) {
        const scheme = browserScheme(url);
        if (scheme !== undefined && !safeSchemes.includes(scheme)) found.push(`${scheme}: in ${name} of <${el.tagName}>`);
        if (el.tagName === "img" && scheme === "mailto") found.push(`mailto: image in ${name}`);
        if (/^[\u0000-\u0020]*[/\\]{2}/.test(url)) found.push(`protocol-relative ${name} of <${el.tagName}>`);
      }
    }
  });
  return found;
}
