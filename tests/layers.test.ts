// The folder tree is the architecture: each layer of src/ imports only the layers below it,
// from outside a folder only through its index.ts, and no module takes part in an import cycle.
// (Type-only imports count too: they are arrows between layers all the same.)
import { test } from "uvu";
import * as assert from "uvu/assert";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const src = path.resolve(import.meta.dirname, "../src");
/** Bottom first: a folder may import the folders before it in this list, never those after. */
const layers = ["text", "settings", "content", "markdown", "model", "pages", "outputs", "editor", "bench", "cli"];
const faces = ["text", "settings", "content", "markdown", "model", "pages", "outputs/feeds", "outputs/seo", "outputs/search", "outputs/email", "outputs/images", "editor"];

const modules = readdirSync(src, { recursive: true, encoding: "utf8" })
  .filter((file) => file.endsWith(".ts") && !file.endsWith(".d.ts"))
  .map((file) => path.join(src, file));
const layerOf = (file: string) => path.relative(src, file).split(path.sep)[0]!;
const faceOf = (file: string) => faces.filter((face) => file.startsWith(path.join(src, face) + path.sep)).sort((a, b) => b.length - a.length)[0];

/** Every relative module a file imports, resolved (type-only imports too: they are arrows as well). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(/(?:from|import)\s*\(?\s*"(\.{1,2}\/[^"]+\.ts)"/g)].map((m) => path.resolve(path.dirname(file), m[1]!));
}
const graph = new Map(modules.map((file) => [file, importsOf(file).filter((target) => target.startsWith(src + path.sep))]));

test("every module lives in a layer's folder", () => {
  const loose = modules.filter((file) => !layers.includes(layerOf(file)) && layerOf(file) !== "types");
  assert.equal(loose.map((f) => path.relative(src, f)), []);
});

test("each layer imports only the layers below it", () => {
  const upward = [...graph].flatMap(([file, targets]) =>
    targets.filter((target) => layers.indexOf(layerOf(target)) > layers.indexOf(layerOf(file))).map((target) => `${path.relative(src, file)} → ${path.relative(src, target)}`),
  );
  assert.equal(upward, []);
});

test("a folder is entered from outside only through its index.ts", () => {
  // Except by bench/: a lab tool that times modules' insides, which nothing builds on.
  const around = [...graph].filter(([file]) => layerOf(file) !== "bench").flatMap(([file, targets]) =>
    targets
      .filter((target) => faceOf(target) && faceOf(target) !== faceOf(file) && path.basename(target) !== "index.ts")
      .map((target) => `${path.relative(src, file)} → ${path.relative(src, target)}`),
  );
  assert.equal(around, []);
});

test("no import cycles", () => {
  const cycles: string[] = [];
  const state = new Map<string, "open" | "done">();
  const visit = (file: string, trail: string[]) => {
    if (state.get(file) === "done") return;
    if (state.get(file) === "open") {
      cycles.push([...trail.slice(trail.indexOf(file)), file].map((f) => path.relative(src, f)).join(" → "));
      return;
    }
    state.set(file, "open");
    for (const target of graph.get(file) ?? []) visit(target, [...trail, file]);
    state.set(file, "done");
  };
  for (const file of modules) visit(file, []);
  assert.equal(cycles, []);
});

test("the environment is read in one module; everything else is handed what it needs", () => {
  const readers = modules.filter((file) => /process\.env\b/.test(readFileSync(file, "utf8"))).map((f) => path.relative(src, f));
  assert.equal(readers, ["settings/environment.ts"]);
});

test("the layers above are really checked: the test sees the folders and their imports", () => {
  assert.ok(modules.length > 60, `${modules.length} modules`);
  assert.ok([...graph.values()].flat().length > 150, "imports found");
});

test.run();
