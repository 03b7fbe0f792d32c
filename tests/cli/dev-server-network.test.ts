// `npm start` serves drafts and embargoed articles: it listens on this computer only unless told
// otherwise, and an address that climbs out of the site gets 400, not a hung request.
import { spawn } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { startDevServer, type DevServer } from "../../src/bench/dev-rebuild.ts";

const repo = path.resolve(import.meta.dirname, "../..");
const root = mkdtempSync(path.join(tmpdir(), "digest-dev-network-"));
for (const name of ["layouts", "articles", "eleventy.config.ts", "package.json"]) cpSync(path.join(repo, name), path.join(root, name), { recursive: true });
for (const name of ["src", "node_modules"]) symlinkSync(path.join(repo, name), path.join(root, name));
const port = 8793;
let server: DevServer;

/** The status of a GET of `target` exactly as written (no client-side normalizing), and the body. */
function get(host: string, target: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host, port, path: target, timeout: 10_000 }, (res) => {
      let body = "";
      res.on("data", (chunk: Buffer) => (body += chunk.toString()));
      res.on("end", () => resolve({ status: res.statusCode!, body }));
    });
    req.on("timeout", () => req.destroy(new Error(`no answer to ${target} within 10 s`)));
    req.on("error", reject);
    req.end();
  });
}

/** Whether anything accepts a connection at host:port. 127.0.0.2 is this computer too, but not 127.0.0.1. */
function accepts(host: string, at = port): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port: at });
    socket.on("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.on("error", () => resolve(false));
  });
}

test.before(async () => {
  server = startDevServer(root, path.join(root, "articles"), port);
  await server.firstBuildServed();
  await server.waitFor(() => accepts("127.0.0.1"), "the server listening");
});
test.after(async () => {
  await server.stop();
  rmSync(root, { recursive: true, force: true });
});

test("by default the server answers on 127.0.0.1 only, and says so", async () => {
  assert.is((await get("127.0.0.1", "/")).status, 200);
  assert.not.ok(await accepts("127.0.0.2"), "another address of this computer reached the server: it listens on more than loopback");
  assert.match(server.log(), `Server at http://127.0.0.1:${port}/ (this computer only; npm start -- --host 0.0.0.0 shares it)`);
});

test("an address that climbs out of the site, or is not valid %-encoding, gets 400", async () => {
  // A folder beside the output whose name begins with the output's: the server's own check took it for a part of the site.
  const beside = `${server.output}-secret`;
  mkdirSync(beside);
  writeFileSync(path.join(beside, "secret.txt"), "embargoed");
  for (const target of ["/..%2f..%2f..%2fetc/passwd", "/..%2F..%2Fetc%2Fpasswd", `/..%2f${path.basename(beside)}/secret.txt`, "/%E0%A4%A", "/2023/%00/"]) {
    const { status, body } = await get("127.0.0.1", target);
    assert.is(status, 400, target);
    assert.not.match(body, "embargoed", target);
    assert.not.match(body, "root:", target);
  }
  rmSync(beside, { recursive: true });
  assert.is((await get("127.0.0.1", "/2023/09/13/kim-meets-putin-vostochny/")).status, 200, "a page of the site is still served");
  assert.is((await get("127.0.0.1", "/no/such/page/")).status, 404);
  await sleep(200); // an unhandled rejection is logged just after the request
  assert.not.match(server.log(), /Unhandled rejection|Invalid path|URIError/);
});

test("npm start -- --host 0.0.0.0 listens on every address, and says other computers can read it", async () => {
  const open = 8794;
  // What `npm start -- --host 0.0.0.0 --port N` runs, without tsx's watcher.
  const child = spawn(process.execPath, ["--import", "tsx", "src/cli/serve.ts", "--host", "0.0.0.0", `--port=${open}`], { cwd: root, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  let log = "";
  child.stdout.on("data", (chunk: Buffer) => (log += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (log += chunk.toString()));
  try {
    for (let waited = 0; !/Server at/.test(log); waited += 100) {
      if (child.exitCode !== null || waited > 300_000) throw new Error(`npm start did not start:\n${log}`);
      await sleep(100);
    }
    assert.ok(await accepts("127.0.0.2", open), "with --host 0.0.0.0 every address of this computer must reach it");
    assert.match(log, `Server at http://localhost:${open}/, listening on 0.0.0.0: other computers can read it, drafts and scheduled articles included`);
  } finally {
    process.kill(-child.pid!, "SIGTERM");
  }
});

test.run();
