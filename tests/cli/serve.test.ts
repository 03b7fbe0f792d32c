// `npm start`'s own flags are checked before Eleventy builds anything.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { spawnSync } from "node:child_process";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");
const start = (args: string[]) => spawnSync(path.join(root, "node_modules/.bin/tsx"), ["src/cli/serve.ts", ...args], { cwd: root, encoding: "utf8", timeout: 60_000 });

test("a port that is no port stops npm start at once with one line, exit 2, before any build", () => {
  for (const [args, message] of [
    [["--port", "abc"], '--port "abc" is not a port: use a number from 1 to 65535, e.g. --port 8081'],
    [["--port=70000"], '--port "70000" is not a port: use a number from 1 to 65535, e.g. --port 8081'],
    [["--port"], "--port needs a number: use a number from 1 to 65535, e.g. --port 8081"],
  ] as const) {
    const run = start([...args]);
    assert.is(run.status, 2, run.stdout + run.stderr);
    assert.is(run.stderr.trim(), message);
    assert.not.match(run.stdout, "[11ty]", "Eleventy never started");
  }
});

test.run();
