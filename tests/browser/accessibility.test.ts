// axe-core finds no WCAG 2.2 AA violation on any kind of page, in light or dark colours,
// and a keyboard reaches everything, in order, with a focus ring it can see.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { axeTags, axeViolations, browserTests, fixtureArticles, longTopic, longUrlArticleUrl, longWordArticleUrl, siteInBrowser } from "./support.ts";

const test = suite("browser: accessibility");
const it = browserTests(test);
// With the search index (the only browser test that needs it), so /search/ shows its form.
const site = siteInBrowser({ articles: fixtureArticles, env: { DIGEST_SEARCH: "on" } });

/** The search page is ready when its script has swapped in the form (and listed results for ?q=). */
async function settle(page: Page, url: string): Promise<void> {
  if (!url.startsWith("/search/")) return;
  await page.locator("#search[data-ready]").waitFor({ state: "attached", timeout: 10_000 });
  if (url.includes("q=")) await page.locator(".search-results li").first().waitFor({ timeout: 10_000 });
}

const pages: Record<string, string> = {
  home: "/",
  "topics index": "/topics/",
  "topic, first page": `/topics/${longTopic}/`,
  "topic, a later page": `/topics/${longTopic}/page/2/`,
  "topic with background": "/topics/russia-dprk-arms-deal/",
  article: "/2023/09/13/kim-meets-putin-vostochny/",
  "article in Indonesian with a source URL": "/2023/09/12/kim-tiba-di-rusia-dengan-kereta-lapis-baja/",
  "article with a 200-character word": longWordArticleUrl,
  "article with a long URL": longUrlArticleUrl,
  "tags index": "/tags/",
  tag: "/tags/north-korea/",
  "people index": "/people/",
  "person with registry background": "/people/kim-jong-un/",
  "place without registry file": "/places/laos/",
  "organisation": "/organizations/asean/",
  "sources index": "/sources/",
  outlet: "/sources/antara/",
  day: "/2023/09/06/",
  month: "/2023/09/",
  year: "/2023/",
  "404": "/no-such-page/",
};

it("the fixture has a paginated topic and every page type", async () => {
  const { site: dir } = await site();
  for (const url of Object.values(pages).filter((u) => u !== "/no-such-page/")) {
    assert.ok(existsSync(path.join(dir, url, "index.html")), url);
  }
  assert.ok(existsSync(path.join(dir, `topics/${longTopic}/page/3/index.html`)), "45 articles make three topic pages");
  if (existsSync(path.join(dir, "search/index.html"))) {
    pages.search = "/search/";
    pages["search results"] = "/search/?q=Kim";
    keyboardPages.push("/search/?q=Kim");
  } else console.log("  note: no /search/ page in this build yet; axe does not check one.");
});

it(`no axe-core violation (${axeTags.join(", ")}) on any page type, in light and in dark colours`, async () => {
  const { browser, origin } = await site();
  // The two colour schemes run side by side: axe's contrast check is the slow part.
  const found = await Promise.all(
    (["light", "dark"] as const).map(async (colorScheme) => {
      const context = await browser.newContext({ colorScheme, viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      const lines: string[] = [];
      try {
        for (const [name, url] of Object.entries(pages)) {
          const response = await page.goto(origin + url);
          assert.is(response?.status(), url === "/no-such-page/" ? 404 : 200, url);
          await settle(page, url);
          for (const line of await axeViolations(page)) lines.push(`${colorScheme}: ${name} ${url}: ${line}`);
        }
      } finally {
        await context.close();
      }
      return lines;
    }),
  );
  assert.equal(found.flat(), [], `axe-core violations:\n  ${found.flat().join("\n  ")}`);
});

// Runs in the page (the project type-checks without the DOM library).
declare const document: any;
declare const getComputedStyle: any;
declare const innerWidth: number;
declare const innerHeight: number;

interface Focused {
  region: string;
  tag: string;
  text: string;
  focusVisible: boolean;
  ring: string;
  ringContrast: number;
  inView: boolean;
}

/** What has focus now: where it is, and whether a focus ring of at least 2px shows. */
function describeFocus(): Focused | null {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  const style = getComputedStyle(el, null);
  const background = getComputedStyle(document.body).backgroundColor;
  const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2;
  const shadow = style.boxShadow !== "none";
  const ringColor = outline ? style.outlineColor : (style.boxShadow.match(/rgba?\([^)]*\)/)?.[0] ?? "");
  // Relative luminance of the ring and the page (inline: no named helpers inside page code).
  const [l1, l2] = [ringColor, background]
    .map((c: string) =>
      (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number).map((v: number) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4))
        .reduce((sum: number, v: number, i: number) => sum + v * ([0.2126, 0.7152, 0.0722][i] ?? 0), 0),
    )
    .sort((a: number, b: number) => b - a) as [number, number];
  const rect = el.getBoundingClientRect();
  const region = el.classList.contains("skip-link") ? "skip" : el.closest("header.site-header") ? "header" : el.closest("main") ? "main" : el.closest("footer") ? "footer" : "other";
  return {
    region,
    tag: el.tagName.toLowerCase(),
    text: (el.textContent ?? "").trim().slice(0, 60),
    focusVisible: el.matches(":focus-visible"),
    ring: outline ? `outline ${style.outlineWidth} ${style.outlineStyle} ${style.outlineColor}` : shadow ? `box-shadow ${style.boxShadow}` : "none",
    ringContrast: Math.round(((l1 + 0.05) / (l2 + 0.05)) * 100) / 100,
    inView: rect.width > 0 && rect.height > 0 && rect.bottom > 0 && rect.top < innerHeight && rect.right > 0 && rect.left < innerWidth,
  };
}

const keyboardPages = ["/", "/topics/", `/topics/${longTopic}/page/2/`, "/topics/russia-dprk-arms-deal/", "/2023/09/13/kim-meets-putin-vostochny/", "/2023/09/06/", "/2023/09/", "/2023/", "/no-such-page/"];

it("the first Tab shows a skip link; Enter on it moves focus to main, and the next Tab into the content", async () => {
  const { browser, origin } = await site();
  for (const width of [375, 1280]) {
    const page = await browser.newPage({ viewport: { width, height: 800 } });
    try {
      await page.goto(`${origin}/2023/09/13/kim-meets-putin-vostochny/`);
      const skip = page.locator("a.skip-link");
      const hidden = await skip.boundingBox();
      assert.ok(hidden && hidden.y + hidden.height <= 0, `the skip link is off-screen until focused (${width}px): ${JSON.stringify(hidden)}`);
      await page.keyboard.press("Tab");
      const first = await page.evaluate(describeFocus);
      assert.is(first?.region, "skip", `the first Tab lands on the skip link (${width}px)`);
      assert.ok(first?.inView && first.focusVisible && first.ring !== "none", `the focused skip link shows, with a ring (${width}px): ${JSON.stringify(first)}`);
      assert.equal(await skip.evaluate((el: any) => [el.getAttribute("href"), getComputedStyle(el).visibility, getComputedStyle(el).opacity]), ["#main", "visible", "1"]);
      await page.keyboard.press("Enter");
      assert.is(await page.evaluate(() => document.activeElement?.id), "main", "focus moved to main");
      await page.keyboard.press("Tab");
      const next = await page.evaluate(describeFocus);
      assert.is(next?.region, "main", `after the skip link, Tab goes on inside main, not back to the header: ${JSON.stringify(next)}`);
    } finally {
      await page.close();
    }
  }
});

for (const colorScheme of ["light", "dark"] as const) {
  it(`Tab reaches every link in order (skip link, header, main, footer), each with a visible focus ring, ${colorScheme} colours`, async () => {
    const { browser, origin } = await site();
    const context = await browser.newContext({ colorScheme, viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const problems: string[] = [];
    try {
      // The focus ring's colour is the same everywhere: dark colours need only a few pages.
      for (const url of colorScheme === "light" ? keyboardPages : keyboardPages.slice(0, 5)) {
        await page.goto(origin + url);
        await settle(page, url);
        const tabbable: number = await page.evaluate(() => [...document.querySelectorAll("a[href], button, input, select, textarea, [tabindex]")].filter((el: any) => el.tabIndex >= 0 && el.getClientRects().length > 0).length);
        const regions: string[] = [];
        for (let i = 0; i < tabbable + 1; i++) {
          await page.keyboard.press("Tab");
          const focus = await page.evaluate(describeFocus);
          if (!focus || (i > 0 && focus.region === "skip")) break; // out of the page, or round again
          regions.push(focus.region);
          if (!focus.focusVisible || focus.ring === "none") problems.push(`${url}: no visible focus on ${focus.tag} "${focus.text}" (${focus.ring})`);
          else if (focus.ringContrast < 3) problems.push(`${url}: focus ring on "${focus.text}" has contrast ${focus.ringContrast}:1 < 3:1 (${focus.ring})`);
          if (!focus.inView) problems.push(`${url}: focused "${focus.text}" is scrolled out of view`);
        }
        if (regions.length !== tabbable) problems.push(`${url}: Tab reached ${regions.length} of ${tabbable} focusable elements`);
        const order = ["skip", "header", "main", "footer"];
        const sequence = regions.filter((r, i) => r !== regions[i - 1]);
        if (sequence[0] !== "skip" || sequence[1] !== "header" || sequence.some((r, i) => i > 0 && order.indexOf(r) <= order.indexOf(sequence[i - 1] ?? ""))) {
          problems.push(`${url}: tab order goes ${sequence.join(" → ")}`);
        }
      }
    } finally {
      await context.close();
    }
    assert.equal(problems, [], problems.join("\n"));
  });
}

it("no element is given a positive tabindex or an outline: none without a replacement", async () => {
  const { site: dir } = await site();
  for (const file of readdirSync(path.join(dir, "assets")).filter((f) => f.endsWith(".css"))) {
    const css = readFileSync(path.join(dir, "assets", file), "utf8");
    for (const rule of css.match(/[^{}]+\{[^}]*outline:\s*(none|0)[^}]*\}/g) ?? []) {
      assert.match(rule, /:not\(:focus-visible\)/, `${file}: outline removed outside :focus:not(:focus-visible): ${rule.trim()}`);
    }
  }
  for (const url of keyboardPages.filter((u) => u !== "/no-such-page/")) {
    const html = readFileSync(path.join(dir, url.split("?")[0]!, "index.html"), "utf8");
    assert.not.match(html, /tabindex="[1-9]/, url);
  }
});

test.after(() => site.close());

test.run();
