// A day's edition as the email shows it: grouped by topic like the day's page, capped per topic
// with "N more on the web edition", absolute URLs under the path prefix, a preheader of summaries.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { emailEdition } from "../../../src/outputs/email/edition.ts";
import { article, prefixed, site, smallDigest } from "../../helpers/small-digest.ts";

const busy = [
  ...Array.from({ length: 5 }, (_, i) => article(`arms-${i + 1}`, `2023-09-14T0${i + 1}:00`, ["arms"], { summary: `Arms summary ${i + 1}.` })),
  article("haze-1", "2023-09-14T12:00", ["haze"], { lang: "id", title: "Kabut asap", summary: "Ringkasan kabut." }),
];
const day = () => smallDigest(busy).days[0]!;

test("grouped by topic, the topic with the newest article first, each group newest first", () => {
  const edition = emailEdition(day(), site, { perTopic: 10, topics: Infinity });
  assert.equal(edition.groups.map((g) => g.title), ["Haze", "Arms & <deals>"]);
  assert.equal(edition.groups[1]!.items.map((i) => i.title), ["Title of arms-5", "Title of arms-4", "Title of arms-3", "Title of arms-2", "Title of arms-1"]);
  assert.is(edition.count, 6);
  assert.equal(edition.groups.map((g) => g.more), [0, 0]);
});

test("a topic over the cap shows its newest articles and counts the rest", () => {
  const edition = emailEdition(day(), site, { perTopic: 2, topics: Infinity });
  assert.equal(edition.groups[1]!.items.map((i) => i.title), ["Title of arms-5", "Title of arms-4"]);
  assert.is(edition.groups[1]!.more, 3);
  assert.is(edition.groups[0]!.more, 0);
});

test("the cap comes from the site settings by default", () => {
  assert.is(emailEdition(day(), { ...site, emailItemsPerTopic: 1 }).groups[1]!.more, 4);
});

test("topics beyond the limit are counted as more articles, not dropped silently", () => {
  const edition = emailEdition(day(), site, { perTopic: 10, topics: 1 });
  assert.equal(edition.groups.map((g) => g.title), ["Haze"]);
  assert.is(edition.moreArticles, 5);
});

test("every URL is absolute, inside the path prefix", () => {
  const edition = emailEdition(day(), prefixed);
  assert.is(edition.webUrl, "https://news.example.com/digest/2023/09/14/");
  assert.is(edition.siteUrl, "https://news.example.com/digest/");
  assert.is(edition.groups[0]!.url, "https://news.example.com/digest/topics/haze/");
  assert.is(edition.groups[0]!.items[0]!.url, "https://news.example.com/digest/2023/09/14/haze-1/");
});

test("an article in another language than the site's carries its lang; the site's own do not", () => {
  const edition = emailEdition(day(), site);
  assert.is(edition.groups[0]!.items[0]!.lang, "id");
  assert.is(edition.groups[1]!.items[0]!.lang, undefined);
});

test("the preheader is the day's first summaries, in the edition's order", () => {
  assert.is(emailEdition(day(), site).preheader, "Ringkasan kabut. · Arms summary 5. · Arms summary 4.");
});

test("the source line shows the outlet", () => {
  assert.is(emailEdition(day(), site).groups[0]!.items[0]!.source, "Antara");
});

test.run();
