// /editions.xml and /editions.json: one entry per day, newest first, the email as content.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { XMLParser } from "fast-xml-parser";
import path from "node:path";
import { atomFeed, jsonFeed } from "../../../src/outputs/feeds/index.ts";
import { dayEmail, emailTemplates } from "../../../src/outputs/email/index.ts";
import { editionsFeedData } from "../../../src/outputs/email/editions-feed.ts";
import { prefixed, smallDigest } from "../../helpers/small-digest.ts";

const templates = emailTemplates(path.resolve(import.meta.dirname, "../../../layouts/_includes"));
const digest = smallDigest(undefined, prefixed);
const data = (size?: number) => editionsFeedData(digest, prefixed, (day) => dayEmail(day, prefixed, templates), size);

test("one entry per day with articles, newest first, titled like the email, linking the day's page", () => {
  const feed = data();
  assert.equal(feed.items.map((i) => i.url), [
    "https://news.example.com/digest/2023/09/14/",
    "https://news.example.com/digest/2023/09/13/",
    "https://news.example.com/digest/2023/09/12/",
    "https://news.example.com/digest/2023/09/01/",
  ]);
  assert.is(feed.items[0]!.title, "News Digest · Thursday, 14 September 2023");
  assert.is(feed.atomUrl, "https://news.example.com/digest/editions.xml");
});

test("the content is the email's body, styles inlined, without the document around it", () => {
  const html = data().items[0]!.html;
  assert.match(html, /^<div class="preheader"/);
  assert.not.match(html, /<html|<head|<body/);
  assert.match(html, 'href="https://news.example.com/digest/2023/09/14/newest/" style="');
});

test("the newest `size` days only; both writers take the data", () => {
  assert.is(data(2).items.length, 2);
  const atom = new XMLParser().parse(atomFeed(data(2)));
  assert.is(atom.feed.entry.length, 2);
  assert.is(JSON.parse(jsonFeed(data(2))).items.length, 2);
});

test.run();
