// On a 375 px phone and a 1280 px desktop: nothing scrolls sideways, long words and URLs
// wrap, body copy is at least 16 px, the text column keeps a readable measure, and an
// article prints without the site's chrome but with its source. Screenshots for people.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { browserTests, fixtureArticles, longTopic, longUrl, longUrlArticleUrl, longWord, longWordArticleUrl, screenshotDir, siteInBrowser } from "./support.ts";

const test = suite("browser: layout");
const it = browserTests(test);
const site = siteInBrowser({ articles: fixtureArticles });

// Runs in the page (the project type-checks without the DOM library).
declare const document: any;
declare const getComputedStyle: any;
declare const innerWidth: number;

const widths = [375, 1280] as const;
const pages = [
  "/",
  "/topics/",
  `/topics/${longTopic}/`,
  `/topics/${longTopic}/page/2/`,
  "/topics/russia-dprk-arms-deal/",
  "/2023/09/13/kim-meets-putin-vostochny/",
  "/2023/09/12/kim-tiba-di-rusia-dengan-kereta-lapis-baja/",
  longWordArticleUrl,
  longUrlArticleUrl,
  "/2023/10/20/",
  "/2023/09/06/",
  "/2023/09/",
  "/2023/",
  "/no-such-page/",
];

/** Elements that stick out past the right edge of the window, and the page's scroll width. */
function overflow(): { scrollWidth: number; innerWidth: number; outside: string[] } {
  const outside = [...document.querySelectorAll("body *")]
    .filter((el: any) => el.getBoundingClientRect().right > innerWidth + 0.5 && !el.closest(".skip-link"))
    .map((el: any) => `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(" ").join(".")}` : ""} right=${Math.round(el.getBoundingClientRect().right)} "${(el.textContent ?? "").trim().slice(0, 40)}"`);
  return { scrollWidth: document.scrollingElement.scrollWidth, innerWidth, outside };
}

// 320 px is WCAG's reflow width (1280 px zoomed to 400%).
for (const width of [320, ...widths]) {
  it(`at ${width} px no page scrolls sideways and nothing sticks out, even a 200-character word or a long URL`, async () => {
    const { browser, origin } = await site();
    const page = await browser.newPage({ viewport: { width, height: 800 } });
    const problems: string[] = [];
    try {
      for (const url of pages) {
        await page.goto(origin + url);
        const found = await page.evaluate(overflow);
        if (found.scrollWidth > found.innerWidth) problems.push(`${url}: scrollWidth ${found.scrollWidth} > ${found.innerWidth}`);
        for (const line of found.outside) problems.push(`${url}: ${line}`);
      }
      // The fixture's long word and URL are on the page, so the check above saw them.
      await page.goto(origin + longWordArticleUrl);
      assert.match(await page.locator("h1").innerText(), longWord.slice(0, 100));
      assert.is(await page.locator(".original a").innerText(), longUrl);
    } finally {
      await page.close();
    }
    assert.equal(problems, [], problems.join("\n"));
  });
}

it("body copy is at least 16 px at both widths, and no text is smaller than 14 px", async () => {
  const { browser, origin } = await site();
  const problems: string[] = [];
  for (const width of widths) {
    const page = await browser.newPage({ viewport: { width, height: 800 } });
    try {
      for (const url of ["/", `/topics/${longTopic}/`, "/topics/russia-dprk-arms-deal/", "/2023/09/13/kim-meets-putin-vostochny/", "/2023/09/", "/no-such-page/"]) {
        await page.goto(origin + url);
        const sizes: { body: [string, number][]; all: [string, number][] } = await page.evaluate(() => ({
          body: [...document.querySelectorAll(".story-body p, .story-body li, .background p, .lede, .item-summary, .month-list > li, main > p:not(.meta)")].map((el: any) => [el.textContent.trim().slice(0, 30), parseFloat(getComputedStyle(el).fontSize)]),
          all: [...document.querySelectorAll("body *")]
            .filter((el: any) => [...el.childNodes].some((n: any) => n.nodeType === 3 && n.textContent.trim()) && el.getClientRects().length > 0)
            .map((el: any) => [`${el.tagName.toLowerCase()}.${el.className} "${el.textContent.trim().slice(0, 30)}"`, parseFloat(getComputedStyle(el).fontSize)]),
        }));
        assert.ok(sizes.body.length > 0, `${url}: found body copy`);
        for (const [text, size] of sizes.body) if (size < 16) problems.push(`${url} at ${width}px: body copy "${text}" is ${size}px`);
        for (const [what, size] of sizes.all) if (size < 14) problems.push(`${url} at ${width}px: ${what} is ${size}px`);
      }
    } finally {
      await page.close();
    }
  }
  assert.equal(problems, [], problems.join("\n"));
});

it("on a desktop the article's text column holds about 60–80 characters a line", async () => {
  const { browser, origin } = await site();
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  try {
    for (const url of ["/2023/09/13/kim-meets-putin-vostochny/", longUrlArticleUrl, "/2023/09/12/kim-tiba-di-rusia-dengan-kereta-lapis-baja/"]) {
      await page.goto(origin + url);
      // The paragraph's width over the average width of its own characters, set on one line.
      const measure: { width: number; perChar: number; lines: number[] } = await page.locator(".story-body p").last().evaluate((p: any) => {
        const words = p.textContent;
        const probe = document.createElement("span");
        probe.style.whiteSpace = "nowrap";
        probe.style.position = "absolute";
        probe.textContent = words;
        p.appendChild(probe);
        const perChar = probe.getBoundingClientRect().width / words.length;
        probe.remove();
        // And the characters actually set on each full line.
        const text = p.firstChild;
        const range = document.createRange();
        const lines: number[] = [];
        let top: number | undefined;
        let count = 0;
        for (let i = 0; i < text.textContent.length; i++) {
          range.setStart(text, i);
          range.setEnd(text, i + 1);
          const rect = range.getBoundingClientRect();
          if (rect.width === 0 && rect.height === 0) continue;
          if (top !== undefined && rect.top > top + 2) {
            lines.push(count);
            count = 0;
          }
          top = rect.top;
          count++;
        }
        return { width: p.getBoundingClientRect().width, perChar, lines };
      });
      const chars = measure.width / measure.perChar;
      assert.ok(chars >= 60 && chars <= 80, `${url}: the column is ${Math.round(chars)} average characters wide (${Math.round(measure.width)}px)`);
      assert.ok(measure.lines.length >= 1, `${url}: the paragraph runs over more than one line`);
      for (const line of measure.lines) assert.ok(line >= 50 && line <= 85, `${url}: a line of ${line} characters (lines: ${measure.lines.join(", ")})`);
    }
  } finally {
    await page.close();
  }
});

it("an article prints without header, navigation, pager or footer, and with its source URL", async () => {
  const { browser, origin } = await site();
  const page = await browser.newPage({ viewport: { width: 800, height: 1000 } });
  try {
    await page.emulateMedia({ media: "print", colorScheme: "dark" });
    for (const url of ["/2023/09/12/kim-tiba-di-rusia-dengan-kereta-lapis-baja/", longUrlArticleUrl]) {
      await page.goto(origin + url);
      const chrome: [string, boolean][] = await page.evaluate(() =>
        [...document.querySelectorAll(".skip-link, .site-header, body > header, nav, .site-footer, body > footer, .pager")].map((el: any) => [`${el.tagName.toLowerCase()}.${el.className}`, el.checkVisibility()]),
      );
      assert.ok(chrome.length >= 5, "found the skip link, header, navigation and footer");
      for (const [what, visible] of chrome) assert.not.ok(visible, `${url}: ${what} is hidden in print`);
      assert.equal(await page.evaluate(() => [getComputedStyle(document.querySelector(".site-header")).display, getComputedStyle(document.querySelector(".site-footer")).display]), ["none", "none"]);
      const source = page.locator(".original a");
      assert.ok(await source.isVisible(), `${url}: the source link prints`);
      const href = await source.getAttribute("href");
      assert.ok(href && (await page.locator(".original").innerText()).includes(href), `${url}: the source URL is printed as text`);
      assert.ok(await page.locator("article.story h1").isVisible());
      assert.ok(await page.locator(".story-body").isVisible());
      // Black on white on paper, whatever the screen's colour scheme (this emulates dark):
      // all printed text is dark enough to read on white.
      assert.equal(await page.evaluate(() => [getComputedStyle(document.body).color, getComputedStyle(document.body).backgroundColor]), ["rgb(0, 0, 0)", "rgb(255, 255, 255)"]);
      const pale: string[] = await page.evaluate(() =>
        [...document.querySelectorAll("body *")]
          .filter((el: any) => el.checkVisibility() && [...el.childNodes].some((n: any) => n.nodeType === 3 && n.textContent.trim()))
          .map((el: any) => {
            const color = getComputedStyle(el).color;
            const l = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number).map((v: number) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4))
              .reduce((sum: number, v: number, i: number) => sum + v * ([0.2126, 0.7152, 0.0722][i] ?? 0), 0);
            return { what: `${el.tagName.toLowerCase()}.${el.className} ${color}`, contrast: 1.05 / (l + 0.05) };
          })
          .filter((x: { contrast: number }) => x.contrast < 7)
          .map((x: { what: string; contrast: number }) => `${x.what}: ${x.contrast.toFixed(1)}:1 on white`),
      );
      assert.equal(pale, [], `${url}: pale text in print`);
      const found = await page.evaluate(overflow);
      assert.equal(found.outside, [], `${url}: nothing sticks out of the printed page`);
      mkdirSync(screenshotDir, { recursive: true });
      await page.screenshot({ path: path.join(screenshotDir, url === longUrlArticleUrl ? "article-long-url-print.png" : "article-print.png"), fullPage: true });
    }
  } finally {
    await page.close();
  }
});

it("screenshots of home, topic and article at 375 and 1280 px (and dark at 375), for people to look at", async () => {
  const { browser, origin } = await site();
  mkdirSync(screenshotDir, { recursive: true });
  const shots: Record<string, string> = {
    home: "/",
    topic: "/topics/russia-dprk-arms-deal/",
    article: "/2023/09/13/kim-meets-putin-vostochny/",
    "article-long-word": longWordArticleUrl,
  };
  for (const colorScheme of ["light", "dark"] as const) {
    for (const width of widths) {
      const context = await browser.newContext({ colorScheme, viewport: { width, height: width < 800 ? 812 : 900 } });
      const page = await context.newPage();
      try {
        for (const [name, url] of Object.entries(shots)) {
          if ((colorScheme === "dark" || name === "article-long-word") && width !== 375) continue;
          await page.goto(origin + url);
          const file = path.join(screenshotDir, `${name}-${width}${colorScheme === "dark" ? "-dark" : ""}.png`);
          await page.screenshot({ path: file, fullPage: true });
        }
      } finally {
        await context.close();
      }
    }
  }
});

test.after(() => site.close());

test.run();
