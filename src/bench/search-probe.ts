// `npx tsx src/bench/search-probe.ts --articles 10000 [--corpus <articles folder>]`: where the search
// index's time goes, without the rest of the build. Makes the benchmark corpus's search documents
// (timed), then feeds each language alone to one Pagefind service, as the build does (64 in flight),
// and prints per language: addHTMLFile and writeFiles wall time, the Pagefind process's CPU in each
// (user and system, from /proc on Linux), this process's CPU, and the files and bytes written.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import * as pagefind from "pagefind";
import { loadDigest } from "../model/index.ts";
import { searchDocument } from "../outputs/search/documents.ts";
import { defaultBuildOptions, defaultSiteSettings } from "../settings/index.ts";
import { DateTime } from "luxon";
import { writeCorpus } from "./corpus.ts";

/** CPU milliseconds (user, system) of this process's Pagefind children, from /proc (zeros elsewhere). */
function pagefindCpu(): { user: number; system: number } {
  const cpu = { user: 0, system: 0 };
  let pids: string[] = [];
  try {
    pids = readdirSync("/proc").filter((name) => /^\d+$/.test(name));
  } catch {
    return cpu;
  }
  for (const pid of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      if (!stat.includes("pagefind")) continue;
      // Fields after the command's closing parenthesis: state, ppid, …, utime (12th), stime (13th), in clock ticks (100 a second).
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(fields[1]) !== process.pid) continue;
      cpu.user += Number(fields[11]) * 10;
      cpu.system += Number(fields[12]) * 10;
    } catch {
      // The process ended between listing and reading.
    }
  }
  return cpu;
}

function folderSize(folder: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    files++;
    bytes += statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return { files, bytes };
}

const since = (start: number) => Math.round(performance.now() - start);

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { articles: { type: "string", default: "10000" }, corpus: { type: "string" } } });
  const work = mkdtempSync(path.join(tmpdir(), "digest-search-probe-"));
  try {
    const articlesDir = values.corpus ? path.resolve(values.corpus) : path.join(work, "articles");
    if (!values.corpus) await writeCorpus(articlesDir, { articles: Number(values.articles) });
    const settings = defaultSiteSettings;
    const now = DateTime.fromISO("2030-01-01T00:00:00+07:00", { setZone: true });
    const { digest } = await loadDigest(settings, { ...defaultBuildOptions, articlesDir, projectRoot: work, now, placeholders: "error" });
    let start = performance.now();
    const docs = digest.articles.map((article) => searchDocument(article, settings));
    console.log(`${docs.length} documents made in ${since(start)} ms (${(docs.reduce((n, d) => n + d.html.length, 0) / 1e6).toFixed(1)} M characters)`);
    const languages = [...new Set(docs.map((d) => d.language))];
    for (const language of languages) {
      const mine = docs.filter((d) => d.language === language);
      const cpu0 = process.cpuUsage();
      start = performance.now();
      const { index, errors } = await pagefind.createIndex({ forceLanguage: language });
      if (!index) throw new Error(errors.join("; "));
      const before = pagefindCpu();
      let open = 0;
      let wake: (() => void) | undefined;
      for (const doc of mine) {
        open++;
        void index.addHTMLFile({ url: doc.url, content: doc.html }).finally(() => {
          open--;
          wake?.();
        });
        while (open >= 64) await new Promise<void>((resolve) => (wake = resolve));
      }
      while (open > 0) await new Promise<void>((resolve) => (wake = resolve));
      const added = performance.now();
      const afterAdd = pagefindCpu();
      const outputPath = path.join(work, "pagefind", language);
      const written = await index.writeFiles({ outputPath });
      if (written.errors.length) throw new Error(written.errors.join("; "));
      const afterWrite = pagefindCpu();
      const ours = process.cpuUsage(cpu0);
      const wroteMs = since(added);
      await pagefind.close();
      const { files, bytes } = folderSize(outputPath);
      console.log(
        `${language}: ${mine.length} documents; addHTMLFile ${Math.round(added - start)} ms (Pagefind CPU ${afterAdd.user - before.user} user + ${afterAdd.system - before.system} sys ms); ` +
          `writeFiles ${wroteMs} ms (Pagefind CPU ${afterWrite.user - afterAdd.user} user + ${afterWrite.system - afterAdd.system} sys ms); ` +
          `this process ${Math.round((ours.user + ours.system) / 1000)} ms CPU; ${files} files, ${(bytes / 1e6).toFixed(1)} MB`,
      );
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
