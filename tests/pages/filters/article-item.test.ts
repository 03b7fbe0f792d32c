// The `articleItem` filter: the list item of macros.njk, made once per article and arguments a
// build. What must hold: the HTML is the macro's, and a rebuild (new model, or a saved template)
// never shows a list item from before.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import nunjucks from "nunjucks";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { articleItemFilter } from "../../../src/pages/filters/article-item.ts";
import { readableDateFilter } from "../../../src/pages/filters/readable-date.ts";
import type { NunjucksEnvironment } from "../../../src/pages/eleventy-types.ts";
import type { Article } from "../../../src/model/index.ts";
import { wordsFor } from "../../../src/settings/index.ts";
import { site, smallDigest, sources } from "../../helpers/small-digest.ts";

// A copy of the templates, so a test may save macros.njk as an editor would.
const includes = mkdtempSync(path.join(tmpdir(), "article-item-"));
cpSync(path.resolve(import.meta.dirname, "../../../layouts/_includes"), includes, { recursive: true });
const words = wordsFor(site.lang);

type Environment = NunjucksEnvironment & { renderString(source: string, context: object): string; loaders: { cache: Record<string, unknown> }[] };

/** A Nunjucks environment like the build's: autoescape on, the filters the macro uses. */
function environment(): Environment {
  const env = new nunjucks.Environment(new nunjucks.FileSystemLoader(includes), { autoescape: true }) as unknown as Environment;
  env.addFilter("readableDate", readableDateFilter(site));
  env.addFilter("thumbnail", () => "");
  env.addFilter("articleItem", articleItemFilter(env, { site, words }));
  return env;
}
const render = (env: Environment, source: string, article: Article) => env.renderString(source, { site, words, article });
const byFilter = (env: Environment, article: Article, args = "4") => render(env, `{{ article | articleItem(${args}) }}`, article);
const quotes = (digest = smallDigest()) => digest.articles.find((a) => a.slug === "quotes")!;

test.after(() => rmSync(includes, { recursive: true, force: true }));

test("a list item is the macro's HTML, escaped once, whichever way it is called", () => {
  const env = environment();
  const article = quotes();
  const item = byFilter(env, article, "4, showTopics=true");
  assert.is(item, render(env, `{% import "macros.njk" as m with context %}{{ m.articleItem(article, 4, showTopics=true) }}`, article));
  assert.match(item, '<h4 class="item-title"><a href="/2023/09/13/quotes/">Kim &amp; Putin say &quot;&lt;/script&gt;&lt;!--&quot; ]]&gt; &lt;b&gt;</a></h4>');
  assert.match(item, '<p class="item-summary">A &amp; B &lt; C</p>');
  assert.match(item, '· <a href="/topics/arms/">Arms &amp; &lt;deals&gt;</a>, <a href="/topics/haze/">Haze</a>');
  assert.is(byFilter(env, article, "4, showTopics=true"), item, "given again");
});

test("each heading level and option has its own item", () => {
  const env = environment();
  const article = quotes();
  assert.match(byFilter(env, article, "3"), '<h3 class="item-title">');
  assert.match(byFilter(env, article, "4"), '<h4 class="item-title">');
  assert.not.match(byFilter(env, article, "4"), 'href="/topics/arms/"', "no topics unless asked");
  assert.match(byFilter(env, article, "4, showTopics=true"), 'href="/topics/arms/"');
  assert.match(byFilter(env, article, "4, showDay=true"), "13 Sep", "the day, when asked");
});

test("a rebuilt model's article is listed as it is now, not as the first build had it", () => {
  const env = environment(); // the dev server's rebuilds may keep one environment
  assert.match(byFilter(env, quotes()), "Kim &amp; Putin say");
  const edited = sources.map((s) => (s.slug === "quotes" ? { ...s, title: "Kim and Putin, edited" } : s));
  const item = byFilter(env, quotes(smallDigest(edited)));
  assert.match(item, "Kim and Putin, edited");
  assert.not.match(item, "Kim &amp; Putin say");
});

test("a saved macros.njk makes the next build's items, as Eleventy drops the file from Nunjucks' cache", () => {
  const env = environment();
  assert.not.match(byFilter(env, quotes()), "is-listed");
  const file = path.join(includes, "macros.njk");
  const saved = readFileSync(file, "utf8");
  writeFileSync(file, saved.replace('<article class="item', '<article class="is-listed item'));
  try {
    // What Eleventy's "templateModified" does (src/Engines/Nunjucks.js); a rebuild makes a new model.
    for (const loader of env.loaders) delete loader.cache["macros.njk"];
    assert.match(byFilter(env, quotes()), '<article class="is-listed item"');
  } finally {
    writeFileSync(file, saved);
  }
});

test.run();
