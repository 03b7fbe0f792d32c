import { test } from "uvu";
import * as assert from "uvu/assert";
import { parseArgs } from "node:util";
import { flagErrorMessage } from "../../src/editor/flag-error.ts";

const options = { source: { type: "string" }, topic: { type: "string", multiple: true }, help: { type: "boolean" } } as const;
function message(args: string[]): string {
  try {
    parseArgs({ args, options, allowPositionals: true });
  } catch (error) {
    return flagErrorMessage(error, Object.keys(options), "npm run new");
  }
  throw new Error("parsed");
}

test("an unknown flag is named, with the one most likely meant", () => {
  assert.is(message(["--sauce", "x"]), "unknown option --sauce: did you mean --source? (npm run new -- --help lists the options)");
  assert.is(message(["--topics", "x"]), "unknown option --topics: did you mean --topic? (npm run new -- --help lists the options)");
  assert.is(message(["--zzzzzzzz"]), "unknown option --zzzzzzzz (npm run new -- --help lists the options)");
  assert.is(message(["-x"]), "unknown option -x (npm run new -- --help lists the options)");
});

test("a flag without its value, or with one it does not take", () => {
  assert.is(message(["Title", "--source"]), "--source needs a value (npm run new -- --help lists the options)");
  assert.is(message(["--source", "--topic", "x"]), "--source needs a value (npm run new -- --help lists the options)");
  assert.is(message(["--help=yes"]), "--help takes no value (npm run new -- --help lists the options)");
});

test("anything else keeps its first line", () => {
  assert.is(flagErrorMessage(new Error("odd\nmore"), [], "npm run import"), "odd (npm run import -- --help lists the options)");
});

test.run();
