// Loads every page of the payload site (see payload-site.ts) in headless Chromium, served from
// 127.0.0.1, and fails on any dialog (alert, confirm, prompt), uncaught script error or console
// error from script. Chromium comes from CHROMIUM_PATH or /usr/bin/chromium; without it the
// test fails under CI=true and is skipped, loudly and counted as skipped, elsewhere.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { browserArgs, browserTests, chromiumPath, serve } from "../browser/support.ts";
import { payloadSites } from "./payload-site.ts";

// The last one keeps every request on this machine: other hosts resolve to nothing.
const args = [...browserArgs, "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"];

interface Incident {
  page: string;
  what: string;
}

/** Opens a page that records every dialog, page error and console error from script. */
async function watchedPage(browser: Browser, incidents: Incident[]): Promise<{ page: Page; current: { url: string } }> {
  const page = await browser.newPage();
  const current = { url: "" };
  page.on("dialog", (dialog) => {
    incidents.push({ page: current.url, what: `${dialog.type()} dialog: ${dialog.message()}` });
    void dialog.dismiss().catch(() => undefined);
  });
  page.on("pageerror", (error) => incidents.push({ page: current.url, what: `uncaught error: ${error.message}` }));
  page.on("console", (message) => {
    if (message.type() !== "error") return;
    // A resource that failed to load (an image on another host, blocked below) is not script.
    if (/^Failed to load resource/.test(message.text())) return;
    incidents.push({ page: current.url, what: `console error: ${message.text()}` });
  });
  return { page, current };
}

async function visit(page: Page, current: { url: string }, url: string, settle = 30) {
  current.url = url;
  await page.goto(url, { waitUntil: "load", timeout: 15_000 });
  // Give timers, autofocus handlers and module scripts a moment to run.
  await page.waitForTimeout(settle);
}

const it = browserTests(test);

it("no built page opens a dialog, throws, or logs a console error from script in Chromium", async () => {
  const sites = await payloadSites();
  assert.is(sites.build.code, 0, sites.build.out);

  // A page of our own that does run script: proves the harness would see an XSS.
  const canary = "security-canary-page.html";
  writeFileSync(path.join(sites.site, canary), "<!doctype html><title>canary</title><script>alert('canary')</script><img src=x onerror=\"console.error('from script')\">");

  const { origin, close } = await serve(sites.site);
  const browser = await chromium.launch({ executablePath: chromiumPath, args }).catch(async (error: unknown) => {
    await close();
    throw error;
  });
  const incidents: Incident[] = [];
  try {
    const { page, current } = await watchedPage(browser, incidents);
    await visit(page, current, `${origin}/${canary}`, 200);
    assert.ok(incidents.some((i) => i.what === "alert dialog: canary"), `the harness missed a dialog: ${JSON.stringify(incidents)}`);
    assert.ok(incidents.some((i) => i.what.includes("from script")), `the harness missed a console error: ${JSON.stringify(incidents)}`);
    incidents.length = 0;

    // Four tabs share the pages.
    const tabs = [{ page, current }, ...(await Promise.all([1, 2, 3].map(() => watchedPage(browser, incidents))))];
    const queue = [...sites.pages];
    await Promise.all(
      tabs.map(async (tab) => {
        for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
          await visit(tab.page, tab.current, `${origin}/${file.replace(/index\.html$/, "")}`);
        }
      }),
    );
    // The search page renders results from the index, payload titles and excerpts included.
    if (sites.pages.includes("search/index.html")) {
      for (const query of ["alert", "script", "onerror", "javascript"]) {
        await visit(page, current, `${origin}/search/?q=${query}`, 400);
      }
    }
  } finally {
    await browser.close();
    await close();
  }
  assert.equal(incidents.slice(0, 20), [], `${incidents.length} incidents over ${sites.pages.length} pages`);
});

test.run();
