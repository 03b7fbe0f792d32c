// Pages with pictures: nothing moves while the pictures load (the layout shift the browser
// measures is 0), and axe-core finds no WCAG 2.2 AA violation with them.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { axeViolations, browserTests, fixtureArticles, siteInBrowser } from "./support.ts";

const test = suite("browser: pictures");
const it = browserTests(test);
const site = siteInBrowser({ articles: fixtureArticles });

// Runs in the page (the project type-checks without the DOM library).
declare const PerformanceObserver: any;
declare const document: any;
declare const scrollTo: any;

const pages = {
  "article with a lead picture": "/2023/08/24/fire-hotspots-rise-in-sumatra-and-kalimantan/",
  "article with a picture in its body": "/2023/09/20/harga-beras-naik-pemerintah-salurkan-bantuan/",
  "day with a thumbnail": "/2023/08/24/",
};

/** The page's layout shifts since it started loading, summed (Cumulative Layout Shift), once every picture has loaded. */
async function layoutShift(): Promise<{ shift: number; pictures: number; loaded: number }> {
  scrollTo(0, document.body.scrollHeight); // lazy pictures load only near the viewport
  const images = [...document.querySelectorAll("picture img")];
  await Promise.all(images.map((img: any) => (img.complete ? undefined : new Promise((done) => img.addEventListener("load", done, { once: true })))));
  await new Promise((done) => setTimeout(done, 300));
  const entries: any[] = await new Promise((done) => {
    new PerformanceObserver((list: any, observer: any) => {
      observer.disconnect();
      done(list.getEntries());
    }).observe({ type: "layout-shift", buffered: true });
    setTimeout(() => done([]), 500); // no entry at all: no shift
  });
  return {
    shift: entries.filter((e) => !e.hadRecentInput).reduce((sum, e) => sum + e.value, 0),
    pictures: images.length,
    loaded: images.filter((img: any) => img.naturalWidth > 0).length,
  };
}

for (const width of [375, 1280]) {
  it(`at ${width} px nothing moves while pictures load: layout shift 0`, async () => {
    const { browser, origin } = await site();
    const page = await browser.newPage({ viewport: { width, height: 800 } });
    // Pictures arrive after the text has been laid out, as on a slow network: a picture without
    // its size would push the text down when it came.
    await page.route("**/img/**", async (route) => {
      await new Promise((done) => setTimeout(done, 400));
      await route.continue();
    });
    try {
      for (const url of Object.values(pages)) {
        await page.goto(origin + url, { waitUntil: "domcontentloaded" });
        const { shift, pictures, loaded } = await page.evaluate(layoutShift);
        assert.ok(pictures > 0, `${url} shows a picture`);
        assert.is(loaded, pictures, `${url}: every picture loaded`);
        assert.is(shift, 0, `${url}: layout shift`);
      }
    } finally {
      await page.close();
    }
  });
}

it("axe-core finds no violation on pages with pictures, light and dark", async () => {
  const { browser, origin } = await site();
  for (const colorScheme of ["light", "dark"] as const) {
    const page = await browser.newPage({ colorScheme });
    try {
      for (const [name, url] of Object.entries(pages)) {
        await page.goto(origin + url);
        assert.equal(await axeViolations(page), [], `${name} (${colorScheme})`);
      }
    } finally {
      await page.close();
    }
  }
});

test.after(() => site.close());
test.run();
