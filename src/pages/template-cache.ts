import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import path from "node:path";
import nunjucks, { type CompilingTemplate } from "nunjucks";
import { keptText } from "./kept-text.ts";

/** Bumped when what is cached changes shape; the Nunjucks version is part of every key too. */
const cacheFormat = "1";
let patched = false;

/**
 * Keeps what Nunjucks compiles each template to (JavaScript source) in `folder`, keyed by a hash
 * of the template's text, path, the environment's options, async filters and extension tags and
 * Nunjucks' version, so a build whose templates did not change compiles none of them (the sample
 * site compiles 46, about a sixth of its build's CPU). Edited templates get new keys; nothing
 * stale can be served. Nunjucks offers no hook for this, so its `_compile` is wrapped, once per
 * process, and left alone when its shape is not the one this knows.
 */
export function cacheCompiledTemplates(folder: string): void {
  const prototype = nunjucks.Template.prototype;
  const compile = prototype._compile;
  if (typeof compile !== "function" || typeof nunjucks.compiler?.compile !== "function" || patched) return;
  patched = true;
  prototype._compile = function (this: CompilingTemplate) {
    const { tmplStr, env } = this;
    // Already compiled code, or an extension that rewrites the text before parsing: as Nunjucks does.
    if (this.tmplProps || typeof tmplStr !== "string" || env.extensionsList.some((extension) => extension.preprocess)) return compile.call(this);
    const key = createHash("sha256")
      .update(JSON.stringify([cacheFormat, nunjucksVersion(), this.path ?? null, env.opts, env.asyncFilters, env.extensionsList.map((extension) => extension.tags ?? [])]))
      .update(tmplStr)
      .digest("hex");
    const file = path.join(folder, `${key}.js`);
    const source = keptText(file, () => nunjucks.compiler.compile(tmplStr, env.asyncFilters, env.extensionsList, this.path, env.opts));
    // Nunjucks' own step after compiling: the code returns the template's render functions.
    this.tmplProps = new Function(source)() as object;
    return compile.call(this);
  };
}

let version: string | undefined;
/** The installed Nunjucks' version: a new release may compile differently. */
function nunjucksVersion(): string {
  return (version ??= String((createRequire(import.meta.url)("nunjucks/package.json") as { version: string }).version));
}
