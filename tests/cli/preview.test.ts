// `npm run preview` serves the built site as it will be published.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { spawnSync } from "node:child_process";
import { createServer, type AddressInfo } from "node:net";
import path from "node:path";
import { previewServer } from "../../src/cli/preview.ts";
import { tempFolder } from "../helpers/temp-folder.ts";

const root = path.resolve(import.meta.dirname, "../..");
const site = path.join(tempFolder("digest-preview-"), "site");
const built = spawnSync(path.join(root, "node_modules/.bin/tsx"), ["src/cli/build.ts", "--output", site, "--now", "2024-01-01T00:00:00+07:00"], {
  cwd: root,
  encoding: "utf8",
  env: { ...process.env, DIGEST_SEARCH: "off" },
});

async function served(pathPrefix: string, urls: string[]): Promise<{ status: number; body: string; location: string | null }[]> {
  const server = previewServer({ site, pathPrefix });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  try {
    return await Promise.all(
      urls.map(async (url) => {
        const response = await fetch(`http://127.0.0.1:${port}${url}`, { redirect: "manual" });
        return { status: response.status, body: await response.text(), location: response.headers.get("location") };
      }),
    );
  } finally {
    server.close();
  }
}

test("the built site's pages are served through the output link; a missing page gets the site's 404 page", async () => {
  assert.is(built.status, 0, built.stdout + built.stderr);
  const [home, topic, article, missing, escaping] = await served("/", ["/", "/topics/russia-dprk-arms-deal/", "/2023/09/13/kim-meets-putin-vostochny/", "/no/such/page/", "/..%2f..%2fetc/passwd"]);
  assert.is(home!.status, 200);
  assert.match(home!.body, "<!doctype html>");
  assert.is(topic!.status, 200);
  assert.match(topic!.body, "Russia–DPRK arms deal");
  assert.is(article!.status, 200);
  assert.match(article!.body, "Vostochny");
  assert.is(missing!.status, 404);
  assert.match(missing!.body, 'name="robots" content="noindex"', "the site's own 404 page");
  assert.is(escaping!.status, 404);
  assert.not.match(escaping!.body, "root:");
});

test("under a path prefix the site answers only inside it, and / leads there", async () => {
  const [root, inside, outside] = await served("/news/", ["/", "/news/topics/russia-dprk-arms-deal/", "/topics/russia-dprk-arms-deal/"]);
  assert.is(root!.status, 302);
  assert.is(root!.location, "/news/");
  assert.is(inside!.status, 200);
  assert.is(outside!.status, 404);
});


function preview(args: string[]) {
  const result = spawnSync(path.join(root, "node_modules/.bin/tsx"), ["src/cli/preview.ts", "--output", site, ...args], { cwd: root, encoding: "utf8", timeout: 20_000 });
  return { code: result.status, out: `${result.stdout}${result.stderr}` };
}

test("a port that is no port, or a mistyped option, gets one line and exit 2, not a stack trace", () => {
  for (const port of ["abc", "99999", "0"]) {
    const run = preview(["--port", port]);
    assert.is(run.code, 2, run.out);
    assert.is(run.out.trim(), `--port "${port}" is not a port: use a number from 1 to 65535, e.g. --port 8081`);
  }
  const typo = preview(["--prot", "8081"]);
  assert.is(typo.code, 2);
  assert.match(typo.out, /^unknown option --prot: did you mean --port\? \(npm run preview -- --help lists the options\)\nUsage: npm run preview/);
});

test("a port already taken: one line naming a free one, exit 1, not an unhandled error", async () => {
  const taken = createServer();
  await new Promise<void>((resolve) => taken.listen(0, "127.0.0.1", resolve));
  const { port } = taken.address() as AddressInfo;
  try {
    const run = preview(["--port", String(port)]);
    assert.is(run.code, 1, run.out);
    assert.is(run.out.trim(), `port ${port} is already in use (another preview or npm start?): stop it, or pass --port ${port + 1}`);
  } finally {
    taken.close();
  }
});

test.run();
