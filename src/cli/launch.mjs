// `node src/cli/launch.mjs <command> [args]` runs src/cli/<command>.ts from a JavaScript bundle, so
// `npm run build` and `npm run check` do not compile TypeScript on every run (tsx took about a
// second of each). The bundle lives in .built/<hash of the sources>/: when src/ or
// eleventy.config.ts changed since it was made, it is made again first (esbuild, ~0.1 s), so stale
// code never runs. `node src/cli/launch.mjs` alone only makes the bundle (npm's `prepare`, at install).
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

const root = path.resolve(import.meta.dirname, "../..");
const builtDir = path.join(root, ".built");
/** The commands bundled, each src/cli/<name>.ts; the Markdown and search workers are entries of their own (a worker thread loads each by path). */
const commands = ["build", "check"];
/** Bundles older than this are removed when a new one is made (a build still running from one keeps its files). */
const keepOldMs = 60 * 60 * 1000;

/**
 * Packages bundled in with the sources: loading one file is faster than resolving and reading each
 * package's hundreds of modules (check's start-up CPU 1.05 → 0.6 s; importing Eleventy 0.8 → 0.45 s).
 * Only pure-JavaScript packages on the start-up path; every other package (Pagefind, sharp,
 * anything added later) stays an import from node_modules, which always works.
 */
const bundledPackages = new Set(["zod", "gray-matter", "js-yaml", "sanitize-html", "marked", "luxon", "fastest-levenshtein", "@11ty/eleventy", "nunjucks", "@11ty/eleventy-img", "feed"]);
/** Never bundled, even when a bundled package imports them: the dev server's parts (a build never loads them) and what cannot be bundled. */
const neverBundled = new Set(["@11ty/eleventy-dev-server", "chokidar", "fsevents", "sharp"]);
const packageName = (specifier) => specifier.split("/").slice(0, specifier.startsWith("@") ? 2 : 1).join("/");
const bundleOnlyListedPackages = {
  name: "bundle-only-listed-packages",
  setup(build) {
    // Decides for the sources' own imports; what a bundled package imports is bundled with it.
    const fromSources = (importer) => !importer.split(path.sep).includes("node_modules");
    const external = (args) => (fromSources(args.importer) && !bundledPackages.has(packageName(args.path))) || neverBundled.has(packageName(args.path));
    build.onResolve({ filter: /^[^./]/ }, (args) => (external(args) ? { path: args.path, external: true } : undefined));
  },
};

/**
 * A bundled package still finds its own files (Eleventy reads its package.json and loads its
 * template engines by paths relative to its modules): each module's own location is written
 * into it where it asks for it, as a literal, since one bundle file has one `import.meta.url`.
 */
const keepModulePaths = {
  name: "keep-module-paths",
  setup(build) {
    build.onLoad({ filter: /[\\/]node_modules[\\/].*\.(c?js|mjs)$/ }, (args) => {
      const text = readFileSync(args.path, "utf8");
      if (!/import\.meta\.(url|dirname|filename)|\b__(dirname|filename)\b/.test(text)) return undefined;
      const literal = (value) => JSON.stringify(value);
      const contents = text
        .replaceAll("import.meta.url", literal(pathToFileURL(args.path).href))
        .replaceAll("import.meta.dirname", literal(path.dirname(args.path)))
        .replaceAll("import.meta.filename", literal(args.path))
        .replace(/\b__dirname\b/g, literal(path.dirname(args.path)))
        .replace(/\b__filename\b/g, literal(args.path));
      return { contents, loader: "js", resolveDir: path.dirname(args.path) };
    });
  },
};

/** A hash of everything the bundle is made from: the sources, the config, this file and the installed packages (some are bundled in, and esbuild is one). */
function sourceHash() {
  const hash = createHash("sha256");
  const files = filesUnder("src").filter((file) => /\.(ts|mts|mjs|js|json)$/.test(file));
  for (const file of [...files, "eleventy.config.ts", "package-lock.json", "node_modules/.package-lock.json"].filter((f) => existsSync(path.join(root, f)))) {
    hash.update(`${file}\0`).update(readFileSync(path.join(root, file))).update("\0");
  }
  return hash.digest("hex").slice(0, 16);
}

/** Every file under `dir` (relative to the project), sorted; Node 20's `recursive` option is ten times slower. */
function filesUnder(dir) {
  return readdirSync(path.join(root, dir), { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? filesUnder(path.join(dir, entry.name)) : [path.join(dir, entry.name)]))
    .sort();
}

/** The folder holding the bundle of the current sources, made now if it does not exist yet. */
async function bundleFolder() {
  const folder = path.join(builtDir, sourceHash());
  if (existsSync(folder)) return folder;
  const { build } = await import("esbuild");
  // Made beside its final place and renamed into it, so a half-written bundle is never run.
  const staging = `${folder}.tmp-${process.pid}`;
  try {
    await build({
      entryPoints: {
        ...Object.fromEntries(commands.map((name) => [name, path.join(root, "src/cli", `${name}.ts`)])),
        "markdown-worker": path.join(root, "src/markdown/worker.ts"),
        "search-worker": path.join(root, "src/outputs/search/search-worker.ts"),
      },
      outdir: staging,
      bundle: true,
      // Chunks keep what one command loads only later (Eleventy, for pages) out of its start-up.
      splitting: true,
      format: "esm",
      platform: "node",
      target: "node20",
      plugins: [bundleOnlyListedPackages, keepModulePaths],
      // Bundled CommonJS packages require Node's own modules.
      banner: { js: 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);' },
      outExtension: { ".js": ".mjs" },
      logLevel: "error",
      minifyWhitespace: true,
    });
    try {
      renameSync(staging, folder);
    } catch (error) {
      // Another process made the same bundle first: use theirs.
      if (!existsSync(folder)) throw error;
    }
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  removeOldBundles(folder);
  return folder;
}

function removeOldBundles(current) {
  for (const name of readdirSync(builtDir)) {
    const folder = path.join(builtDir, name);
    if (folder !== current && Date.now() - statSync(folder).mtimeMs > keepOldMs) rmSync(folder, { recursive: true, force: true });
  }
}

const [command, ...args] = process.argv.slice(2);
if (command !== undefined && !commands.includes(command)) {
  console.error(`src/cli/launch.mjs: unknown command ${command} (one of ${commands.join(", ")})`);
  process.exit(2);
}
let folder;
try {
  folder = await bundleFolder();
} catch (error) {
  // esbuild has printed where the sources do not compile.
  if (!error.errors) console.error(error.message);
  process.exit(1);
}
if (command !== undefined) {
  const entry = path.join(folder, `${command}.mjs`);
  // The command sees itself as the script node started (src/cli/is-main.ts) and only its own arguments.
  process.argv = [process.argv[0], entry, ...args];
  await import(pathToFileURL(entry).href);
}
