import { test } from "uvu";
import * as assert from "uvu/assert";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import nunjucks from "nunjucks";
import { cacheCompiledTemplates } from "../../src/pages/template-cache.ts";
import { tempFolder } from "../helpers/temp-folder.ts";

const folder = tempFolder("digest-templates-");
cacheCompiledTemplates(folder);
const env = new nunjucks.Environment(new nunjucks.FileSystemLoader(folder), { autoescape: true });
const render = (source: string, context: object) => nunjucks.compile(source, env, "page.njk").render(context);
// The patch is process-wide: other test files run in this process may keep their templates here too.
const cached = () => readdirSync(folder).filter((name) => name.endsWith(".js"));

test("a template is compiled once and kept; the next build reads what was kept", () => {
  const before = new Set(cached());
  assert.is(render("<p>{{ name }}</p>", { name: "Kim & Putin" }), "<p>Kim &amp; Putin</p>", "autoescape holds for cached code");
  const kept = cached().filter((name) => !before.has(name));
  assert.is(kept.length, 1);
  // Proof that the kept code is what runs: change it by hand, and the same template renders the change.
  const file = path.join(folder, kept[0]!);
  writeFileSync(file, readFileSync(file, "utf8").replace("<p>", "<p data-kept>"));
  assert.is(render("<p>{{ name }}</p>", { name: "Shoigu" }), "<p data-kept>Shoigu</p>");
});

test("an edited template is compiled again, never served from what was kept for its old text", () => {
  const before = cached().length;
  assert.is(render("<li>{{ name }}</li>", { name: "Jakarta" }), "<li>Jakarta</li>");
  assert.is(cached().length, before + 1);
});

test("a template that does not compile fails as Nunjucks fails, and nothing is kept for it", () => {
  const before = cached().length;
  assert.throws(() => render("{% if %}", {}), /expected expression|unexpected/i);
  assert.is(cached().length, before);
});

test.run();
