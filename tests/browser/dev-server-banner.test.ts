// `npm start` in the browser: an invalid save makes the open page reload by itself with a banner
// of the problems (the lines `npm run check` prints), in view wherever the reader had scrolled,
// which passes axe in light and dark; the fix makes the page reload without it.
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { startDevServer, type DevServer } from "../../src/bench/dev-rebuild.ts";
import { axeTags, axeViolations, browserTests, launchBrowser, root as repo, screenshotDir } from "./support.ts";

// Runs in the page (the project type-checks without the DOM library).
declare const document: { activeElement: { className: string } | null };

const test = suite("browser: dev server problem banner");
const it = browserTests(test);

let project: string;
let server: DevServer | undefined;
let browser: Browser | undefined;

test.before(async () => {
  project = mkdtempSync(path.join(tmpdir(), "digest-dev-banner-"));
  for (const name of ["layouts", "articles", "eleventy.config.ts", "package.json"]) cpSync(path.join(repo, name), path.join(project, name), { recursive: true });
  for (const name of ["src", "node_modules"]) symlinkSync(path.join(repo, name), path.join(project, name));
});
test.after(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(project, { recursive: true, force: true });
});

/** The page open at `url`, once its live-reload client is connected (a rebuild before that would not reach it). */
async function openLive(url: string, colorScheme: "light" | "dark"): Promise<Page> {
  const page = await browser!.newPage({ colorScheme, viewport: { width: 1280, height: 900 } });
  const connected = page.waitForEvent("console", { predicate: (message) => message.text().includes("Connected"), timeout: 30_000 });
  await page.goto(url);
  await connected;
  return page;
}

it("a broken article: the open page reloads with the problem banner, accessible; the fix takes it away", async () => {
  const articles = path.join(project, "articles");
  server = startDevServer(project, articles, 8812, { DIGEST_NOW: "2026-11-26T00:00:00+07:00" });
  browser = await launchBrowser();
  await server!.firstBuildServed();
  const origin = `http://localhost:${server.port}`;
  const file = path.join(articles, "2023/2023-09-13-kim-meets-putin-vostochny.md");
  const good = readFileSync(file, "utf8");
  const expected = 'articles/2023/2023-09-13-kim-meets-putin-vostochny.md:4:1  topics[1]  error  unknown topic "russia-dprk-arms-dael"';

  const page = await openLive(`${origin}/2023/09/13/kim-meets-putin-vostochny/`, "light");
  const dark = await openLive(`${origin}/2023/09/06/`, "dark");
  assert.is(await page.locator(".dev-problems").count(), 0, "a banner before anything was broken");
  await page.mouse.wheel(0, 600); // the reload keeps the reader where they were

  await server.save(file, good.replace(/^topics: .*$/m, "topics: [russia-dprk-arms-dael]"));
  const banner = page.getByRole("alert");
  await banner.waitFor({ timeout: 60_000 });
  assert.is(await banner.getAttribute("aria-labelledby"), "dev-problems-title");
  assert.is(await page.locator("#dev-problems-title").innerText(), "1 error, 0 warnings: the site was not rebuilt");
  const line = (await banner.locator("li").innerText()).trim();
  assert.ok(line.startsWith(expected), `the banner's line: ${line}`);
  assert.match(await page.locator("h1").innerText(), "Kim Jong Un meets Vladimir Putin", "the last good page under the banner");
  const box = await banner.boundingBox();
  assert.ok(box && box.y >= 0 && box.y < 10 && box.height > 50, `the banner shows at the top of the window: ${JSON.stringify(box)}`);
  await page.screenshot({ path: path.join(screenshotDir, "dev-server-banner-light.png") });
  assert.is(await page.locator(".dev-problems").count(), 1, "the banner stays");

  await dark.getByRole("alert").waitFor({ timeout: 60_000 });
  await dark.screenshot({ path: path.join(screenshotDir, "dev-server-banner-dark.png") });
  const violations = [...(await axeViolations(page)).map((v) => `light: ${v}`), ...(await axeViolations(dark)).map((v) => `dark: ${v}`)];
  assert.equal(violations, [], `axe-core (${axeTags.join(", ")}) violations:\n  ${violations.join("\n  ")}`);

  // A keyboard reaches the banner first (it scrolls when long), then the skip link as on every page.
  const focused = () => page.evaluate(() => document.activeElement?.className);
  await page.keyboard.press("Tab");
  assert.is(await focused(), "dev-problems");
  await page.keyboard.press("Tab");
  assert.is(await focused(), "skip-link");

  await server.save(file, good);
  await page.locator(".dev-problems").waitFor({ state: "detached", timeout: 60_000 });
  await dark.locator(".dev-problems").waitFor({ state: "detached", timeout: 60_000 });
});

test.run();
