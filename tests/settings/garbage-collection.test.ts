import { readFileSync } from "node:fs";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { devServerNodeFlags } from "../../src/settings/garbage-collection.ts";

// The benchmark times the dev server started with devServerNodeFlags: `npm start` must give Node the same.
test("npm start runs the dev server with the Node flags the benchmark measured", () => {
  const start: string = JSON.parse(readFileSync("package.json", "utf8")).scripts.start;
  assert.ok(devServerNodeFlags.length > 0);
  for (const flag of devServerNodeFlags) assert.ok(start.split(" ").includes(flag), `npm start lacks ${flag}: ${start}`);
});

test.run();
