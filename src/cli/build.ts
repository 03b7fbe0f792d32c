// `npm run build`: check the content, render the site into a staging folder beside dist/,
// and swap it in only when everything succeeded — a failed build leaves dist/ as it was.
import { mkdtemp, rename, rm } from "node:fs/promises";
import path from "node:path";
import Eleventy from "@11ty/eleventy";
import { loadDigest } from "../digest.ts";
import { pluginOptionsFromEnv, defaultPluginOptions, usePreloadedDigest } from "../plugin.ts";
import { ContentError, formatProblem } from "../problems.ts";
import { readSiteSettings, SettingsError } from "../site.ts";

export interface BuildOptions {
  /** Project folder holding eleventy.config.ts, layouts/ and articles/. */
  root: string;
  /** Where the finished site goes. */
  output: string;
  env: Record<string, string | undefined>;
}

export type BuildResult = { ok: true; pages: number } | { ok: false; message: string };

export async function buildSite({ root, output, env }: BuildOptions): Promise<BuildResult> {
  let loaded;
  try {
    const settings = readSiteSettings(env);
    const options = { ...defaultPluginOptions, ...pluginOptionsFromEnv(env) };
    loaded = await loadDigest(settings, { ...options, articlesDir: path.join(root, options.articlesDir), projectRoot: root });
  } catch (error) {
    if (error instanceof ContentError || error instanceof SettingsError) return { ok: false, message: error.message };
    if (error instanceof Error && error.message.startsWith("DIGEST_")) return { ok: false, message: error.message };
    throw error;
  }
  for (const warning of loaded.warnings) console.warn(formatProblem(warning));
  usePreloadedDigest(loaded);

  const target = path.resolve(output);
  const staging = await mkdtemp(path.join(path.dirname(target), `.${path.basename(target)}-staging-`));
  let pages: number;
  try {
    const eleventy = new Eleventy(path.join(root, "layouts"), staging, {
      configPath: path.join(root, "eleventy.config.ts"),
      quietMode: true,
      // Only "cli" makes our output folder win over the config's dir.output.
      source: "cli",
    });
    const [, templates] = (await eleventy.write()) as [unknown, unknown[]];
    pages = templates.length;
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    return { ok: false, message: `the site could not be rendered, ${path.relative(root, target) || target} is unchanged: ${(error as Error).message}` };
  }

  const old = `${staging}-old`;
  await rename(target, old).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== "ENOENT") throw error;
  });
  await rename(staging, target);
  await rm(old, { recursive: true, force: true });
  return { ok: true, pages };
}

const isMain = import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith("cli/build.ts");
if (isMain) {
  const root = process.cwd();
  const result = await buildSite({ root, output: path.join(root, "dist"), env: process.env });
  if (result.ok) console.log(`Built ${result.pages} pages into dist/`);
  else {
    console.error(result.message);
    console.error("Build failed: dist/ is unchanged.");
    process.exitCode = 1;
  }
}
