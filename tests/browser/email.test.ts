// The daily email as a reader's mail app shows it, approximated by Chromium at phone (375 px) and
// full email (600 px) widths: nothing scrolls sideways, and axe-core finds no WCAG violation in
// light or dark colours. Uses the fixture's 20 October, whose 200-character word and long URL
// must wrap, and 12 September, an Indonesian article in the English edition. Screenshots for people.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { axeViolations, browserTests, fixtureArticles, screenshotDir, siteInBrowser } from "./support.ts";

const test = suite("browser: email");
const it = browserTests(test);
const site = siteInBrowser({ articles: fixtureArticles });

declare const document: any;
declare const innerWidth: number;

const emails = ["/2023/10/20/email.html", "/2023/09/12/email.html"];

/** Elements past the window's right edge, and whether the page scrolls sideways. */
function overflow(): { scrollWidth: number; innerWidth: number; outside: string[] } {
  const outside = [...document.querySelectorAll("body *")]
    .filter((el: any) => el.getBoundingClientRect().width > 0 && el.getBoundingClientRect().right > innerWidth + 0.5)
    .map((el: any) => `${el.tagName.toLowerCase()} right=${Math.round(el.getBoundingClientRect().right)} "${(el.textContent ?? "").trim().slice(0, 40)}"`);
  return { scrollWidth: document.scrollingElement.scrollWidth, innerWidth, outside };
}

for (const width of [375, 600]) {
  it(`at ${width} px no email scrolls sideways and nothing sticks out; axe finds nothing in light or dark`, async () => {
    const { browser, origin } = await site();
    const problems: string[] = [];
    for (const colorScheme of ["light", "dark"] as const) {
      const context = await browser.newContext({ colorScheme, viewport: { width, height: 900 } });
      const page = await context.newPage();
      try {
        for (const url of emails) {
          const response = await page.goto(origin + url);
          assert.is(response?.status(), 200, url);
          const found = await page.evaluate(overflow);
          if (found.scrollWidth > found.innerWidth) problems.push(`${colorScheme} ${url}: scrollWidth ${found.scrollWidth} > ${found.innerWidth}`);
          for (const line of found.outside) problems.push(`${colorScheme} ${url}: ${line}`);
          for (const line of await axeViolations(page)) problems.push(`${colorScheme} ${url}: ${line}`);
          if (url === emails[0]) {
            mkdirSync(screenshotDir, { recursive: true });
            await page.screenshot({ path: path.join(screenshotDir, `email-${width}${colorScheme === "dark" ? "-dark" : ""}.png`), fullPage: true });
          }
        }
        // The checks above saw a real edition: headlines under a topic, the Indonesian one marked.
        await page.goto(origin + emails[1]);
        assert.ok((await page.locator("h3").count()) >= 1);
        assert.is(await page.locator("h3").first().evaluate((h: any) => h.closest("[lang]").getAttribute("lang")), "id");
      } finally {
        await context.close();
      }
    }
    assert.equal(problems, [], problems.join("\n"));
  });
}

test.after(() => site.close());
test.run();
