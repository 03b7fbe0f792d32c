import { test } from "uvu";
import * as assert from "uvu/assert";
import * as cheerio from "cheerio";
import { pageIndex } from "../../../src/model/page-index.ts";
import { searchDocument, searchLanguage } from "../../../src/outputs/search/documents.ts";
import { article, prefixed, site, smallDigest } from "../../helpers/small-digest.ts";

const index = pageIndex(smallDigest());
const doc = (url: string, settings = site) => searchDocument(index.articleByUrl.get(url)!, settings);

test("an Indonesian article is an Indonesian document: html lang is what Pagefind reads", () => {
  const { url, language, html } = doc("/2023/09/12/kereta/");
  assert.is(url, "/2023/09/12/kereta/");
  assert.is(language, "id");
  assert.is(cheerio.load(html)("html").attr("lang"), "id");
  assert.is(doc("/2023/09/14/newest/").language, "en");
});

test("only the title, summary and body are in the indexed body", () => {
  const $ = cheerio.load(doc("/2023/09/12/kereta/").html);
  const body = $("[data-pagefind-body]");
  assert.is(body.length, 1);
  assert.is(body.find("h1").text(), "Kim tiba dengan kereta");
  assert.is(body.find("h1 + p").text(), "Ringkasan berbahasa Indonesia.");
  assert.match(body.text(), "Kereta lapis baja.");
  assert.not.match(body.text(), "Kompas");
});

test("topic, source and language are filters, the date a sort key, and result details are metadata", () => {
  const $ = cheerio.load(doc("/2023/09/13/quotes/").html);
  const values = (attr: string) => $(`meta[${attr}]`).map((_, el) => `${$(el).attr(attr)}=${$(el).attr("content")}`).get();
  assert.equal(values("data-pagefind-filter"), ["topic[content]=Arms & <deals>", "topic[content]=Haze", "source[content]=Antara", "language[content]=English"]);
  assert.equal(values("data-pagefind-sort"), ["date[content]=2023-09-13T02:00:00.000Z"]);
  const meta = values("data-pagefind-meta");
  assert.is(meta.length, 4);
  assert.is(meta[0], 'title[content]=Kim & Putin say "</script><!--" ]]> <b>');
  assert.match(meta[1]!, /^date\[content\]=13 Sept? 2023$/, "the site's readable date");
  assert.equal(meta.slice(2), ["published[content]=2023-09-13T09:00:00+07:00", "source[content]=Antara"]);
});

test("the article's people, places and organisations are filters, by their registry name", () => {
  const digest = smallDigest([article("summit", "2023-09-13T16:00", ["arms"], { people: ["Kim Jong Un", "Vladimir Putin"], places: ["Vostochny"], organizations: ["UN Security Council"] })]);
  const $ = cheerio.load(searchDocument(digest.articles[0]!, site).html);
  const filters = $("meta[data-pagefind-filter]").map((_, el) => `${$(el).attr("data-pagefind-filter")}=${$(el).attr("content")}`).get();
  assert.equal(filters.slice(3), ["person[content]=Kim Jong Un", "person[content]=Vladimir Putin", "place[content]=Vostochny", "organization[content]=UN Security Council"]);
});

test("headlines with markup stay text", () => {
  const $ = cheerio.load(doc("/2023/09/13/quotes/").html);
  assert.is($("h1").text(), 'Kim & Putin say "</script><!--" ]]> <b>');
  assert.is($("script").length, 0);
  assert.is($("b").length, 0);
});

test("with a path prefix the result URL is inside it", () => {
  assert.is(doc("/2023/09/12/kereta/", prefixed).url, "/digest/2023/09/12/kereta/");
});

test("a language's index is named by its primary subtag", () => {
  assert.is(searchLanguage("id"), "id");
  assert.is(searchLanguage("en-GB"), "en");
  assert.is(searchLanguage("PT-br"), "pt");
});

test.run();
