// `npm test` runs every tests/**/*.test.ts with uvu, then says how many passed in the plain
// "N passed, N failed" form CI reads — and fails when no test ran at all.
import { spawn } from "node:child_process";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");
const pattern = process.argv[2] ?? "\\.test\\.ts$";
const child = spawn(process.execPath, ["--expose-gc", "--import", "tsx", path.join(root, "node_modules/uvu/bin.js"), "tests", pattern], {
  cwd: root,
  stdio: ["ignore", "pipe", "inherit"],
  // Tests assert on the default settings: the publishing workflow's DIGEST_BASE_URL or
  // DIGEST_PATH_PREFIX must not change what they read.
  env: Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith("DIGEST_"))),
});

let output = "";
child.stdout.on("data", (chunk: Buffer) => {
  process.stdout.write(chunk);
  output += chunk.toString("utf8");
});

child.on("close", (code) => {
  const plain = output.replace(/\x1b\[[0-9;]*m/g, "");
  const count = (label: string) => Number(new RegExp(`^\\s*${label}:\\s+(\\d+)`, "m").exec(plain)?.[1] ?? 0);
  const total = count("Total");
  const passed = count("Passed");
  const skipped = count("Skipped");
  // uvu's Total counts tests that ran; skipped ones are outside it.
  const failed = Math.max(0, total - passed);
  console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
  if (total === 0) console.error("No test ran: a test run that checks nothing must not pass.");
  process.exitCode = code !== 0 || total === 0 || failed > 0 ? 1 : 0;
});
