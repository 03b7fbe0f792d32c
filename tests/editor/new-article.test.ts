import { test } from "uvu";
import * as assert from "uvu/assert";
import path from "node:path";
import { DateTime } from "luxon";
import { articlePlaceholder, newArticle, type ArticleInput, type EditorContext } from "../../src/editor/new-article.ts";
import { validArticle, validationProblems } from "../helpers/content.ts";

const context: EditorContext = {
  articlesDir: "/site/articles",
  timeZone: "Asia/Jakarta",
  now: DateTime.fromISO("2023-09-05T20:45:31Z"),
  topics: [
    { slug: "russia-dprk-arms-deal", title: "Russia–DPRK arms deal" },
    { slug: "el-nino-drought-indonesia", title: "El Niño and drought in Indonesia" },
  ],
};
const input: ArticleInput = { title: "Kim meets Putin", topics: ["russia-dprk-arms-deal"], source: "Reuters", body: articlePlaceholder };

function made(overrides: Partial<ArticleInput>) {
  const result = newArticle({ ...input, ...overrides }, context);
  if (!result.ok) throw new Error(result.error);
  return result;
}
function error(overrides: Partial<ArticleInput>) {
  const result = newArticle({ ...input, ...overrides }, context);
  if (result.ok) throw new Error(`expected an error, wrote ${result.text}`);
  return result.error;
}

test("the least an article needs: dated now in site time, filed under its day", () => {
  const result = made({});
  assert.is(result.file, path.join("/site/articles", "2023", "2023-09-06-kim-meets-putin.md"));
  assert.is(
    result.text,
    [
      "---",
      'title: "Kim meets Putin"',
      'date: "2023-09-06T03:45"',
      "topics:",
      '  - "russia-dprk-arms-deal"',
      "source:",
      '  name: "Reuters"',
      "---",
      "Write the text of the article here, in Markdown.",
      "",
    ].join("\n"),
  );
  const article = validArticle(result.text, "articles/2023/2023-09-06-kim-meets-putin.md");
  assert.is(article.slug, "kim-meets-putin");
  assert.is(article.date.at.toISO(), "2023-09-06T03:45:00.000+07:00");
});

test("every field, topics by title, written so the validator reads them back", () => {
  const result = made({
    title: "BMKG: kemarau “lebih kering” akibat El Niño",
    topics: ["El Niño and drought in Indonesia", "russia-dprk-arms-deal", "el-nino-drought-indonesia"],
    source: " Antara ",
    url: "https://www.antaranews.com/berita/1",
    author: "Redaksi #1",
    lang: "ID",
    date: "2023-07-25",
    summary: "Puncaknya: Agustus–September.",
    relatedHeadlines: ["Harga beras naik", " "],
  });
  assert.is(result.file, path.join("/site/articles", "2023", "2023-07-25-bmkg-kemarau-lebih-kering-akibat-el-nino.md"));
  assert.match(result.text, 'title: "BMKG: kemarau “lebih kering” akibat El Niño"\n');
  const article = validArticle(result.text);
  assert.equal(article.topics, ["el-nino-drought-indonesia", "russia-dprk-arms-deal"]);
  assert.equal(article.source, { name: "Antara", url: "https://www.antaranews.com/berita/1", author: "Redaksi #1" });
  assert.is(article.lang, "id");
  assert.is(article.summary, "Puncaknya: Agustus–September.");
  assert.equal(article.relatedHeadlines, ["Harga beras naik"]);
  assert.ok(article.date.allDay);
});

test("a date with an offset is filed under its day in the site's zone", () => {
  const result = made({ date: "2023-09-05T23:30:00-04:00" });
  assert.is(result.file, path.join("/site/articles", "2023", "2023-09-06-kim-meets-putin.md"));
  assert.match(result.text, 'date: "2023-09-05T23:30:00-04:00"\n');
  assert.equal(validationProblems(result.text), []);
});

test("what is missing or wrong is refused, one message each", () => {
  assert.is(error({ title: " " }), "the title is empty: give the headline in quotes");
  assert.is(error({ title: "!!!" }), 'the title "!!!" gives no usable file name: use letters or digits in it');
  assert.is(error({ source: undefined }), '--source is missing: name the outlet, e.g. --source "Antara"');
  assert.is(error({ source: "" }), '--source is missing: name the outlet, e.g. --source "Antara"');
  assert.is(error({ url: "ftp://example.org/x" }), '--url "ftp://example.org/x" is not a web address: only http:// and https:// addresses are allowed');
  assert.is(error({ url: "example" }), '--url "example" is not a web address: give a full http:// or https:// address');
  assert.is(error({ url: "kompas.com/read/1" }), '--url "kompas.com/read/1" has no http:// or https://: did you mean "https://kompas.com/read/1"?');
  assert.is(error({ author: "" }), "--author is empty: leave it out or give a value");
  assert.is(error({ lang: "bahasa indonesia" }), '--lang "bahasa indonesia" is not a language tag: use one such as id or en');
  assert.match(error({ date: "kemarin" }), /^--date "kemarin" is not a date: use YYYY-MM-DD/);
  assert.is(error({ date: "18/09/2023" }), '--date "18/09/2023" is not a date: did you mean --date 2023-09-18? (dates are written YYYY-MM-DD)');
  assert.is(error({ date: "18 Agustus 2023 14:30" }), '--date "18 Agustus 2023 14:30" is not a date: did you mean --date 2023-08-18T14:30? (dates are written YYYY-MM-DD)');
  assert.is(error({ topics: ["russia-dprk"] }), 'unknown topic "russia-dprk": did you mean "russia-dprk-arms-deal"?');
  assert.is(error({ topics: [] }), "--topic is missing: name at least one topic (known: russia-dprk-arms-deal, el-nino-drought-indonesia)");
});

test("a --date in numbers is read in the site locale's order when the context names it, else only when certain", () => {
  const generic = '--date "09/10/2023" is not a date: use YYYY-MM-DD (a day in the site\'s time zone), YYYY-MM-DDTHH:mm (site time) or YYYY-MM-DDTHH:mm+07:00 (with an offset)';
  assert.equal(newArticle({ ...input, date: "09/10/2023" }, context), { ok: false, error: generic });
  assert.equal(newArticle({ ...input, date: "09/10/2023" }, { ...context, locale: "en-GB" }), {
    ok: false,
    error: '--date "09/10/2023" is not a date: did you mean --date 2023-10-09? (dates are written YYYY-MM-DD)',
  });
});

test("a headline too long for a slug names the file after its first words, which the validator accepts", () => {
  const title = `${Array.from({ length: 30 }, (_, i) => `Word${i}`).join(" ")}.`;
  const result = made({ title });
  assert.is(result.file, path.join("/site/articles", "2023", "2023-09-06-word0-word1-word2-word3-word4-word5-word6-word7-word8-word9.md"));
  assert.is(validArticle(result.text, "articles/2023/2023-09-06-word0-word1-word2-word3-word4-word5-word6-word7-word8-word9.md").title, title);
});

test.run();
