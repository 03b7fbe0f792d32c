import { test } from "uvu";
import * as assert from "uvu/assert";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { tempFolder } from "../helpers/temp-folder.ts";

const root = path.resolve(import.meta.dirname, "../..");

function folder(files: Record<string, string>): string {
  const dir = tempFolder("digest-cli-check-");
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}
function check(dir: string, env: Record<string, string> = {}) {
  const result = spawnSync(path.join(root, "node_modules/.bin/tsx"), ["src/cli/check.ts", "--articles", dir, "--now", "2024-01-01"], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, GITHUB_ACTIONS: "", ...env },
  });
  return { code: result.status, out: `${result.stdout}${result.stderr}` };
}

const topic = "---\ntitle: Russia–DPRK arms deal\n---\n";
const broken = {
  "topics/russia-dprk-arms-deal.md": topic,
  "b.md": "---\ntitle: Fine\ndate: 2023-09-05\ntopics: [russia-dprk-arms-deal]\nsource: Antara\ntitel: typo\n---\n",
  "a.md": "---\ntitle: x\ndate: 2023-09-05\ntopics: [russia-dprk]\nsource: Antara\n---\n",
  "c.md": "---\ntitle: [unclosed\n---\n",
};

test("the sample content has no problems", () => {
  const { code, out } = check(path.join(root, "articles"));
  assert.is(code, 0, out);
  assert.match(out, /Checked \d+ articles and 3 topics: no problems\./);
});

test("every problem, one line each, sorted by path, errors and warnings marked; exit 1", () => {
  const dir = folder(broken);
  const { code, out } = check(dir);
  assert.is(code, 1);
  const lines = out.trim().split("\n");
  assert.equal(lines, [
    `${dir}/a.md:4:1  topics[1]  error  unknown topic "russia-dprk": did you mean "russia-dprk-arms-deal"?`,
    `${dir}/b.md:6:1  titel  warning  unknown field: did you mean "title"?`,
    `${dir}/c.md:3:1  frontmatter  error  invalid YAML: unexpected end of the stream within a flow collection`,
    "2 errors, 1 warning",
  ]);
});

test("warnings alone exit 0", () => {
  const dir = folder({ "topics/russia-dprk-arms-deal.md": topic, "b.md": broken["b.md"] });
  const { code, out } = check(dir);
  assert.is(code, 0, out);
  assert.match(out, "0 errors, 1 warning");
});

test("on GitHub Actions every problem is also an annotation", () => {
  const dir = folder(broken);
  const { out } = check(dir, { GITHUB_ACTIONS: "true" });
  assert.match(out, `::error file=${dir}/a.md,line=4,col=1,title=topics[1]::topics[1]: unknown topic "russia-dprk"`);
  assert.match(out, `::warning file=${dir}/b.md,line=6,col=1,title=titel::titel: unknown field`);
});

test("check warns, naming the file, when sanitizing removed something from a body", () => {
  const dir = folder({
    "topics/russia-dprk-arms-deal.md": topic,
    "pasted.md": '---\ntitle: Pasted\ndate: 2023-09-05\ntopics: [russia-dprk-arms-deal]\nsource: Antara\n---\nText <script>alert(1)</script> and <a href="javascript:alert(2)">a link</a>.\n',
  });
  const { code, out } = check(dir);
  assert.is(code, 0, out);
  assert.match(out, `${dir}/pasted.md  body  warning  removed from the page:`);
  assert.match(out, /script/);
  assert.match(out, /javascript/);
  assert.match(out, "0 errors, 1 warning");
});


test("an article still holding npm run new's placeholder: a warning for check, an error that stops the build", () => {
  const dir = folder({
    "topics/russia-dprk-arms-deal.md": topic,
    "2023-09-05-draft-text.md": "---\ntitle: Half written\ndate: 2023-09-05\ntopics: [russia-dprk-arms-deal]\nsource: Antara\n---\nWrite the text of the article here, in Markdown.\n",
  });
  const line = `${dir}/2023-09-05-draft-text.md:7:1  body  SEVERITY  still holds the placeholder npm run new wrote: replace it with the article's text`;
  const checked = check(dir);
  assert.is(checked.code, 0, checked.out);
  assert.ok(checked.out.split("\n").includes(`${line.replace("SEVERITY", "warning")} (npm run build refuses to publish it until then)`), checked.out);
  const output = path.join(tempFolder("digest-cli-placeholder-out-"), "site");
  const built = spawnSync(path.join(root, "node_modules/.bin/tsx"), ["src/cli/build.ts", "--articles", dir, "--output", output, "--now", "2024-01-01"], { cwd: root, encoding: "utf8" });
  assert.is(built.status, 1, built.stdout + built.stderr);
  assert.ok(built.stderr.split("\n").includes(line.replace("SEVERITY", "error")), built.stderr);
  assert.not.ok(existsSync(output), "nothing published");
});


test("a mistyped option gets one line with a suggestion and the usage, not a stack trace; exit 2", () => {
  const result = spawnSync(path.join(root, "node_modules/.bin/tsx"), ["src/cli/check.ts", "--artciles", "articles"], { cwd: root, encoding: "utf8" });
  assert.is(result.status, 2);
  assert.equal(result.stderr.trim().split("\n"), [
    "unknown option --artciles: did you mean --articles? (npm run check -- --help lists the options)",
    "Usage: npm run check -- [--articles dir] [--now ISO-date]",
  ]);
});

test.run();
