// `npm start`: Eleventy's dev server into .preview/, with `--host` (which Eleventy's command line
// does not know) passed on as DIGEST_HOST; every other flag, such as --port, goes to Eleventy.
import { createRequire } from "node:module";
import path from "node:path";
import { processEnvironment } from "../settings/index.ts";
import { notAPort, portNumber } from "./port.ts";

const eleventy = path.resolve("node_modules/@11ty/eleventy/cmd.cjs"); // npm runs scripts in the project folder
const args = process.argv.slice(2);
const rest: string[] = [];
for (let i = 0; i < args.length; i++) {
  const arg = args[i]!;
  if (arg === "--host" || arg.startsWith("--host=")) {
    const host = arg === "--host" ? args[++i] : arg.slice("--host=".length);
    if (!host) {
      console.error("--host needs an address: 127.0.0.1 (this computer only, the default) or 0.0.0.0 (every network)");
      process.exit(2);
    }
    processEnvironment().DIGEST_HOST = host; // eleventy.config.ts reads it, in this process
  } else if (arg === "--port" || arg.startsWith("--port=")) {
    // Checked here: Eleventy would build the whole site first and then fail with a stack trace.
    const port = arg === "--port" ? (args[++i] ?? "") : arg.slice("--port=".length);
    if (portNumber(port) === undefined) {
      console.error(notAPort(port));
      process.exit(2);
    }
    rest.push(`--port=${port}`);
  } else rest.push(arg);
}
process.argv = [process.argv[0]!, eleventy, "--config=eleventy.config.ts", "--serve", "--output=.preview", ...rest];
createRequire(import.meta.url)(eleventy);
