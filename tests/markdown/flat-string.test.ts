import { test } from "uvu";
import * as assert from "uvu/assert";
import { flatString } from "../../src/markdown/flat-string.ts";

const built = (n: number) => {
  let text = "";
  for (let i = 0; i < n; i++) text += `<p>${i}</p>`;
  return text;
};
const heapAfterGc = () => {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed;
};

test("the text is unchanged", () => {
  assert.is(flatString(built(300)), built(300));
  assert.is(flatString(""), "");
});

test("strings built piece by piece take far less memory once flattened", () => {
  if (!(globalThis as { gc?: unknown }).gc) {
    assert.unreachable("run with --expose-gc (src/cli/test.ts does) to measure memory");
  }
  const measure = (keep: (text: string) => string) => {
    const before = heapAfterGc();
    const kept = Array.from({ length: 2000 }, () => keep(built(300)));
    const used = heapAfterGc() - before;
    assert.is(kept.length, 2000);
    return used;
  };
  const asBuilt = measure((text) => text);
  const flattened = measure(flatString);
  assert.ok(flattened * 2 < asBuilt, `flattened ${flattened} bytes, as built ${asBuilt}`);
});

test.run();
