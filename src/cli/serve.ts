// `npm start`: Eleventy's dev server into .preview/, with `--host` (which Eleventy's command line
// does not know) passed on as DIGEST_HOST; every other flag, such as --port, goes to Eleventy.
import { createRequire } from "node:module";
import path from "node:path";

const eleventy = path.resolve("node_modules/@11ty/eleventy/cmd.cjs"); // npm runs scripts in the project folder
const args = process.argv.slice(2);
const rest: string[] = [];
for (let i = 0; i < args.length; i++) {
  const arg = args[i]!;
  if (arg === "--host" && i + 1 < args.length) process.env.DIGEST_HOST = args[++i];
  else if (arg.startsWith("--host=")) process.env.DIGEST_HOST = arg.slice("--host=".length);
  else rest.push(arg);
}
process.argv = [process.argv[0]!, eleventy, "--config=eleventy.config.ts", "--serve", "--output=.preview", ...rest];
createRequire(import.meta.url)(eleventy);
