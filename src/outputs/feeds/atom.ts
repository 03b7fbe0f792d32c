import { Feed } from "feed";
import { escapeText } from "../../markdown/index.ts";
import type { FeedData } from "./feed-data.ts";

const root = '<feed xmlns="http://www.w3.org/2005/Atom">';

/** An Atom 1.0 document for `data`, written by the `feed` library. */
export function atomFeed(data: FeedData): string {
  const feed = new Feed({
    id: data.homeUrl,
    title: data.title,
    description: data.description,
    link: data.homeUrl,
    feedLinks: { atom: data.atomUrl },
    updated: new Date(data.updated),
    generator: false,
  });
  for (const item of data.items) {
    feed.addItem({
      id: item.id,
      link: item.url,
      // The library writes these as type="html" in CDATA: the text must be HTML-escaped.
      title: escapeText(item.title),
      ...(item.summary && { description: escapeText(item.summary) }),
      content: item.html,
      // An enclosure link; the library names its type from the file's extension (image/jpeg).
      ...(item.image && { image: { url: item.image.url, length: item.image.bytes } }),
      date: new Date(item.updated),
      published: new Date(item.published),
      author: [{ name: item.author.name, ...(item.author.url && { link: item.author.url }) }],
      category: item.topics.map((topic) => ({
        term: topic.url,
        // The library leaves `<` unescaped in attribute values, which would break the XML.
        ...(!/[<>]/.test(topic.title) && { name: topic.title }),
      })),
    });
  }
  return withLanguages(feed.atom1(), data.lang, data.items.map((item) => item.lang));
}

/**
 * The library has no option for Atom's xml:lang, so it is added to the root element, and to
 * each entry in another language, in the library's own output. Entries are written one
 * `<entry>` line each, in order; titles and summaries are escaped and article HTML is
 * sanitized, so no other line is exactly `<entry>`. A count mismatch fails loudly.
 */
function withLanguages(xml: string, feedLang: string, entryLangs: string[]): string {
  if (!xml.includes(root)) throw new Error("unexpected Atom output from the feed library: no <feed> root element");
  let i = 0;
  const out = xml
    .replace(root, `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${feedLang}">`)
    .replace(/^([ \t]*)<entry>$/gm, (line, indent: string) => {
      const lang = entryLangs[i++];
      return lang && lang !== feedLang ? `${indent}<entry xml:lang="${lang}">` : line;
    });
  if (i !== entryLangs.length) throw new Error(`unexpected Atom output from the feed library: ${i} <entry> lines for ${entryLangs.length} items`);
  return out;
}
