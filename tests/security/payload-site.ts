// Builds the XSS fixture with the real build command: every payload in every field that reaches
// a page, plus a twin site with harmless text in the same places (same files, slugs and dates),
// whose pages show which elements the templates themselves make. Built once per test process.
import { readFileSync } from "node:fs";
import path from "node:path";
import { payloads, validSourceUrls, type Payload } from "../fixtures/security/payloads.ts";
import { filesIn, runBuild, tempDir, writeTree, type BuildRun } from "./support.ts";

export interface PayloadArticle {
  payload: Payload;
  slug: string;
  /** Site path of its page, e.g. `2023/09/01/p-000/index.html`. */
  page: string;
  topic: string;
  sourceUrl: string;
}

export interface BuiltSites {
  articles: PayloadArticle[];
  /** The site built from payloads, and its build's output. */
  site: string;
  build: BuildRun;
  /** The twin built from harmless text. */
  benign: string;
  benignBuild: BuildRun;
  /** Every built page of the payload site, relative paths. */
  pages: string[];
}

const yamlText = (value: string) => JSON.stringify(value); // JSON strings are YAML 1.2 double-quoted scalars

function fixtureFiles(harmless: boolean): { files: Record<string, string>; articles: PayloadArticle[] } {
  const files: Record<string, string> = {};
  const articles: PayloadArticle[] = [];
  const n = payloads.length;
  payloads.forEach((payload, i) => {
    const id = String(i).padStart(3, "0");
    const text = harmless ? `Harmless text ${id}` : payload.text;
    const next = harmless ? `Harmless text ${String((i + 1) % n).padStart(3, "0")}` : payloads[(i + 1) % n]!.text;
    const topic = `t-${id}`;
    const otherTopic = `t-${String((i + 1) % n).padStart(3, "0")}`;
    files[`topics/${topic}.md`] = `---\ntitle: ${yamlText(text)}\nsummary: ${yamlText(text)}\n---\n${text}\n\nBackground ${id}.\n`;
    const day = 1 + (i % 8);
    const date = `2023-09-${String(day).padStart(2, "0")}T${String(6 + (i % 12)).padStart(2, "0")}:00:00+07:00`;
    const slug = `p-${id}`;
    const sourceUrl = harmless ? `https://example.com/harmless-${id}` : validSourceUrls[i % validSourceUrls.length]!.text;
    files[`2023/2023-09-${String(day).padStart(2, "0")}-${slug}.md`] = [
      "---",
      `title: ${yamlText(text)}`,
      `date: ${yamlText(date)}`,
      `topics: [${topic}, ${otherTopic}]`,
      "source:",
      `  name: ${yamlText(text)}`,
      `  url: ${yamlText(sourceUrl)}`,
      `  author: ${yamlText(text)}`,
      `summary: ${yamlText(text)}`,
      `tags: [${yamlText(text)}, plain-tag]`,
      `related_headlines: [${yamlText(next)}]`,
      `lang: ${i % 5 === 0 ? "id" : "en"}`,
      `slug: ${slug}`,
      "---",
      text,
      "",
      `Body of ${slug}.`,
      "",
    ].join("\n");
    articles.push({ payload, slug, page: `2023/09/${String(day).padStart(2, "0")}/${slug}/index.html`, topic, sourceUrl });
  });
  return { files, articles };
}

let built: Promise<BuiltSites> | undefined;

/** Both sites, built side by side the first time it is asked for. */
export function payloadSites(): Promise<BuiltSites> {
  built ??= (async () => {
    const tmp = tempDir("xss");
    const hostile = fixtureFiles(false);
    const harmless = fixtureFiles(true);
    const hostileDir = writeTree(path.join(tmp, "articles"), hostile.files);
    const harmlessDir = writeTree(path.join(tmp, "harmless-articles"), harmless.files);
    const site = path.join(tmp, "site");
    const benign = path.join(tmp, "benign");
    const [build, benignBuild] = await Promise.all([runBuild(hostileDir, site), runBuild(harmlessDir, benign)]);
    const pages = build.code === 0 ? filesIn(site).filter((f) => f.endsWith(".html")) : [];
    return { articles: hostile.articles, site, build, benign, benignBuild, pages };
  })();
  return built;
}

export function readPage(site: string, page: string): string {
  return readFileSync(path.join(site, page), "utf8");
}
