import { test } from "uvu";
import * as assert from "uvu/assert";
import path from "node:path";
import { DateTime } from "luxon";
import { startCommand } from "../../src/editor/start-command.ts";
import type { CliIo } from "../../src/editor/cli-io.ts";

const options = { title: { type: "string" }, articles: { type: "string" }, help: { type: "boolean", default: false } } as const;
const command = { name: "npm run demo", options, usage: "Usage: npm run demo -- …" };

function io(env: Record<string, string> = {}) {
  const said: string[] = [];
  const value: CliIo = { cwd: "/project", callerCwd: "/project", env, now: DateTime.now(), out: (l) => said.push(`out ${l}`), err: (l) => said.push(`err ${l}`), readStdin: async () => new Uint8Array() };
  return { value, said };
}

test("the articles folder: --articles, else DIGEST_ARTICLES, else articles/, in the project folder", () => {
  const started = (argv: string[], env?: Record<string, string>) => startCommand(argv, io(env).value, command);
  assert.is((started([]) as { articlesDir: string }).articlesDir, path.resolve("/project/articles"));
  assert.is((started([], { DIGEST_ARTICLES: "content" }) as { articlesDir: string }).articlesDir, path.resolve("/project/content"));
  assert.is((started(["--articles", "mine"], { DIGEST_ARTICLES: "content" }) as { articlesDir: string }).articlesDir, path.resolve("/project/mine"));
});

test("--help prints the usage and ends the command with 0; a misspelt flag is one line and 2", () => {
  const help = io();
  assert.is(startCommand(["--help"], help.value, command), 0);
  assert.equal(help.said, ["out Usage: npm run demo -- …"]);
  const typo = io();
  assert.is(startCommand(["--titel", "x"], typo.value, command), 2);
  assert.equal(typo.said, ["err unknown option --titel: did you mean --title? (npm run demo -- --help lists the options)"]);
});

test("bad site settings end the command with their message", () => {
  const bad = io({ DIGEST_LANG: "fr" });
  assert.is(startCommand([], bad.value, command), 1);
  assert.match(bad.said[0]!, /^err Site settings: DIGEST_LANG must be "en" or "id", not "fr"/);
});

test.run();
