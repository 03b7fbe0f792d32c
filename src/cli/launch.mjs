// `node src/cli/launch.mjs <command> [args]` runs src/cli/<command>.ts from a JavaScript bundle, so
// `npm run build` and `npm run check` do not compile TypeScript on every run (tsx took about a
// second of each). The bundle lives in .built/<hash of the sources>/: when src/ or
// eleventy.config.ts changed since it was made, it is made again first (esbuild, ~0.1 s), so stale
// code never runs. `node src/cli/launch.mjs` alone only makes the bundle (npm's `prepare`, at install).
// Each command is one CommonJS file run through vm.Script with V8's code cache (see runCommand).
import { isAscii } from "node:buffer";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire, isBuiltin } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import vm from "node:vm";

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
// Decides for the sources' own imports; what a bundled package imports is bundled with it.
const fromSources = (importer) => !importer.split(path.sep).includes("node_modules");
/** Whether `specifier`, imported by the module `importer`, is left to Node at run time. */
const externalImport = (importer, specifier) =>
  /^[^./]/.test(specifier) && (isBuiltin(specifier) || (fromSources(importer) && !bundledPackages.has(packageName(specifier))) || neverBundled.has(packageName(specifier)));
const bundleOnlyListedPackages = {
  name: "bundle-only-listed-packages",
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) => (externalImport(args.importer, args.path) && !isBuiltin(args.path) ? { path: args.path, external: true } : undefined));
  },
};

/**
 * A bundled package still finds its own files (Eleventy reads its package.json and loads its
 * template engines by paths relative to its modules): each module's own location is written
 * into it where it asks for it, as a literal, since one bundle file has one `import.meta.url`.
 */
function withOwnPaths(text, file) {
  if (!/import\.meta\.(url|dirname|filename)|\b__(dirname|filename)\b/.test(text)) return text;
  const literal = (value) => JSON.stringify(value);
  return text
    .replaceAll("import.meta.url", literal(pathToFileURL(file).href))
    .replaceAll("import.meta.dirname", literal(path.dirname(file)))
    .replaceAll("import.meta.filename", literal(file))
    .replace(/\b__dirname\b/g, literal(path.dirname(file)))
    .replace(/\b__filename\b/g, literal(file));
}

const keepModulePaths = {
  name: "keep-module-paths",
  setup(build) {
    build.onLoad({ filter: /[\\/]node_modules[\\/].*\.(c?js|mjs)$/ }, (args) => {
      const text = readFileSync(args.path, "utf8");
      const contents = withOwnPaths(text, args.path);
      return contents === text ? undefined : { contents, loader: "js", resolveDir: path.dirname(args.path) };
    });
  },
};

/**
 * For the commands' CommonJS bundles (see runCommand): each `import()` left to run time (a
 * package not bundled, a computed path) becomes `__import(specifier, <its module's URL>)`, which
 * the launcher answers with its own `import()`. V8 loses a script's dynamic-import callback when
 * the script comes from the code cache (Node 20: "A dynamic import callback was not specified").
 */
function importsThroughLauncher(Parser, transform) {
  const found = [];
  const ImportFinder = class extends Parser {
    parseExprImport(forNew) {
      const node = super.parseExprImport(forNew);
      if (node.type === "ImportExpression") found.push(node);
      return node;
    }
  };
  const parse = (text) => {
    for (const sourceType of ["module", "script"]) {
      try {
        return ImportFinder.parse(text, { ecmaVersion: "latest", sourceType, allowHashBang: true, allowReturnOutsideFunction: sourceType === "script" });
      } catch {
        found.length = 0;
      }
    }
    throw new Error("cannot be parsed");
  };
  /** `text` with its run-time imports rewritten; an import of a string esbuild bundles stays. */
  const rewrite = (text, file) => {
    found.length = 0;
    parse(text);
    let out = "";
    let at = 0;
    for (const node of found) {
      const { source } = node;
      if (source.type === "Literal" && typeof source.value === "string" && !externalImport(file, source.value)) continue;
      out += `${text.slice(at, node.start)}__import(${text.slice(source.start, source.end)}, ${JSON.stringify(pathToFileURL(file).href)})`;
      at = node.end;
    }
    return out + text.slice(at);
  };
  const mayImport = (text) => /\bimport\s*\(/.test(text);
  return {
    name: "imports-through-launcher",
    setup(build) {
      build.onLoad({ filter: /\.(c?js|mjs|ts)$/ }, async (args) => {
        const text = readFileSync(args.path, "utf8");
        const inPackage = args.path.split(path.sep).includes("node_modules");
        if (!mayImport(text)) {
          const contents = inPackage ? withOwnPaths(text, args.path) : text;
          return contents === text ? undefined : { contents, loader: "js", resolveDir: path.dirname(args.path) };
        }
        const js = args.path.endsWith(".ts") ? (await transform(text, { loader: "ts", format: "esm", sourcefile: args.path })).code : text;
        const contents = rewrite(inPackage ? withOwnPaths(js, args.path) : js, args.path);
        return { contents, loader: "js", resolveDir: path.dirname(args.path) };
      });
    },
  };
}

/**
 * Packages the commands' bundles load only once they are called, as each costs start-up whether
 * used or not. gray-matter loads js-yaml 3 (and esprima) for a default YAML engine never used here
 * (frontmatter is parsed with js-yaml 4, src/content/frontmatter.ts); sanitize-html (htmlparser2,
 * postcss, entities' tables) is called only for an article whose HTML marked did not write all
 * itself (src/markdown/render.ts) or a feed item with a root-relative link. About 25 and 40 ms.
 */
const onUse = [
  {
    specifier: "js-yaml",
    importer: /[\\/]gray-matter[\\/]lib[\\/]engines\.js$/,
    // What gray-matter binds (safeLoad, safeDump; Eleventy's copy of gray-matter: load, dump, of js-yaml 4).
    stub: (load) => `module.exports = Object.fromEntries(["load", "dump", "safeLoad", "safeDump"].map((name) => [name, (...a) => ${load}[name](...a)]));`,
  },
  {
    specifier: "sanitize-html",
    importer: /[\\/]src[\\/](markdown|outputs)[\\/]/,
    // Its defaults (src/markdown/allowlist.ts reads them as it loads) as they are in the installed version.
    stub: (load, file) => `module.exports = Object.assign((...a) => ${load}(...a), { defaults: ${JSON.stringify(createRequire(file)(file).defaults)} });`,
  },
];
const loadedOnUse = {
  name: "loaded-on-use",
  setup(build) {
    for (const { specifier, importer, stub } of onUse) {
      build.onResolve({ filter: new RegExp(`^${specifier}$`) }, (args) => (importer.test(args.importer) ? { path: createRequire(args.importer).resolve(specifier), namespace: "on-use" } : undefined));
    }
    build.onLoad({ filter: /.*/, namespace: "on-use" }, (args) => {
      const { stub } = onUse.find(({ specifier }) => args.path.includes(`${path.sep}node_modules${path.sep}${specifier}${path.sep}`));
      // A require of a literal path inside a function: esbuild bundles the package and runs it on the first call.
      const contents = `let loaded; const load = () => (loaded ??= require(${JSON.stringify(args.path)}));\n${stub("load()", args.path)}`;
      return { contents, loader: "js", resolveDir: path.dirname(args.path) };
    });
  },
};

/** A hash of everything the bundle is made from: the sources, the config, this file and the installed packages (some are bundled in, and esbuild is one). */
function sourceHash() {
  const files = [...filesUnder("src").filter((file) => /\.(ts|mts|mjs|js|json)$/.test(file)), "eleventy.config.ts", "package-lock.json", "node_modules/.package-lock.json"];
  // Reading and hashing the 200 files cost 20–60 ms of every run: the last hash is reused while
  // no file's size, inode or time of change (which any write sets, and no tool sets back) differs.
  const stamps = files
    .map((file) => {
      const stat = statSync(path.join(root, file), { throwIfNoEntry: false });
      return stat ? `${file}:${stat.size}:${stat.ino}:${stat.ctimeMs}` : "";
    })
    .join("\n");
  const record = path.join(builtDir, "sources.json");
  try {
    const kept = JSON.parse(readFileSync(record, "utf8"));
    if (kept.stamps === stamps) return kept.hash;
  } catch {
    // no record yet, or a damaged one: hash the files
  }
  const hash = createHash("sha256");
  for (const file of files.filter((f) => existsSync(path.join(root, f)))) {
    hash.update(`${file}\0`).update(readFileSync(path.join(root, file))).update("\0");
  }
  const digest = hash.digest("hex").slice(0, 16);
  mkdirSync(builtDir, { recursive: true });
  writeAtomically(record, JSON.stringify({ stamps, hash: digest }));
  return digest;
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
  const [{ build, transform }, { Parser }] = await Promise.all([import("esbuild"), import("acorn")]);
  // Made beside its final place and renamed into it, so a half-written bundle is never run.
  const staging = `${folder}.tmp-${process.pid}`;
  try {
    const common = { bundle: true, platform: "node", target: "node20", plugins: [bundleOnlyListedPackages, keepModulePaths], logLevel: "error", minifyWhitespace: true, outdir: staging };
    await Promise.all([
      // Each command one CommonJS file, compiled through vm.Script so V8 can keep its code cache (see runCommand).
      build({
        ...common,
        entryPoints: Object.fromEntries(commands.map((name) => [name, path.join(root, "src/cli", `${name}.ts`)])),
        format: "cjs",
        plugins: [loadedOnUse, bundleOnlyListedPackages, importsThroughLauncher(Parser, transform)],
        outExtension: { ".js": ".cjs" },
        // The module's own location, as its ESM source asks for it: the command file's (the wrapper's parameters, see runCommand).
        define: { "import.meta.url": "__importMetaUrl", "import.meta.filename": "__filename", "import.meta.dirname": "__dirname", "import.meta.resolve": "__importMetaResolve" },
      }),
      // The workers are ESM entries of their own: a worker thread loads each by path.
      build({
        ...common,
        entryPoints: {
          "markdown-worker": path.join(root, "src/markdown/worker.ts"),
          "search-worker": path.join(root, "src/outputs/search/search-worker.ts"),
        },
        splitting: true,
        format: "esm",
        // Bundled CommonJS packages require Node's own modules.
        banner: { js: 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);' },
        outExtension: { ".js": ".mjs" },
      }),
    ]);
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
    if (folder === path.join(builtDir, "sources.json")) continue;
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
if (command !== undefined) await runCommand(path.join(folder, `${command}.cjs`), args);

/**
 * Runs a command's CommonJS bundle with V8's code cache: compiling the bundle's 1.4–3.9 MB each
 * run was most of the start-up (Node 20 keeps no code cache for ES modules). The cache is written
 * beside the bundle after a run that had none, when it holds every function that run compiled.
 */
async function runCommand(entry, args) {
  const cacheFile = entry.replace(/\.cjs$/, ".code-cache");
  // V8 refuses a cache made under other flags than it is read with, and a build sets some as it
  // runs (src/settings/garbage-collection.ts): the flags set when the cache was made are set first.
  // Beside them, whether the run that made the cache succeeded: one that stopped early (a content
  // error, say) compiled little, and every later run would compile the rest again without a cache.
  const madeFile = entry.replace(/\.cjs$/, ".code-cache.json");
  const made = existsSync(madeFile) && existsSync(cacheFile) ? JSON.parse(readFileSync(madeFile, "utf8")) : { flags: [], complete: false };
  const flagsSet = new Set(made.flags);
  const nodeRequire = createRequire(entry);
  // node:v8 (~10 ms to load) only for a command that uses it, with its flag changes recorded.
  let v8;
  const recordingV8 = () => {
    if (v8) return v8;
    v8 = nodeRequire("node:v8");
    const setFlags = v8.setFlagsFromString;
    v8.setFlagsFromString = (flags) => {
      flagsSet.add(flags);
      setFlags(flags);
    };
    return v8;
  };
  for (const flags of flagsSet) recordingV8().setFlagsFromString(flags);
  const bundleRequire = Object.assign((id) => (id === "node:v8" || id === "v8" ? recordingV8() : nodeRequire(id)), nodeRequire);
  const cachedData = existsSync(cacheFile) ? readFileSync(cacheFile) : undefined;
  // An ASCII bundle is read as Latin-1: Node hands V8 the bytes as they are, where UTF-8 text is
  // decoded into a two-byte string (100–200 ms for the build's 3.9 MB on a loaded machine).
  const bytes = readFileSync(entry);
  const wrapper = `(function (exports, require, module, __filename, __dirname, __importMetaUrl, __importMetaResolve, __import) {${bytes.toString(isAscii(bytes) ? "latin1" : "utf8")}\n})`;
  const script = new vm.Script(wrapper, { filename: entry, cachedData });
  const noCache = cachedData === undefined || script.cachedDataRejected;
  if (noCache || !made.complete) {
    process.once("exit", (code) => {
      // A cache from a run that stopped early is replaced only by a run that went through.
      if (!noCache && code !== 0) return;
      writeAtomically(madeFile, JSON.stringify({ flags: [...flagsSet], complete: code === 0 }));
      writeAtomically(cacheFile, script.createCachedData());
    });
  }
  const url = pathToFileURL(entry).href;
  // A relative specifier from the module that holds it, a package from here (the project's node_modules, as from the bundle).
  const resolve = (specifier, base = url) => (/^\.\.?\//.test(specifier) ? new URL(specifier, base).href : import.meta.resolve(specifier));
  // The command sees itself as the script node started (src/cli/is-main.ts) and only its own arguments.
  process.argv = [process.argv[0], entry, ...args];
  const module = { exports: {} };
  script.runInThisContext()(module.exports, bundleRequire, module, entry, path.dirname(entry), url, resolve, (specifier, base) => import(resolve(specifier, base)));
}

/** Writes a file under a temporary name and renames it into place, so a reader never sees half of it. */
function writeAtomically(file, data) {
  const staging = `${file}.tmp-${process.pid}`;
  try {
    writeFileSync(staging, data);
    renameSync(staging, file);
  } catch {
    rmSync(staging, { force: true }); // a cache not kept is made again next time
  }
}
