import { DateTime } from "luxon";
import { escapeText } from "../../markdown/index.ts";
import { readableDate } from "../../pages/index.ts";
import { languageName } from "../../settings/index.ts";
import type { Article } from "../../model/index.ts";
import type { SiteSettings } from "../../settings/index.ts";

/** What Pagefind indexes for one article: its URL, the index (language) it goes in, and HTML. */
export interface SearchDocument {
  /** Root-relative, inside the path prefix: the link a search result opens. */
  url: string;
  /** Primary language subtag (`id` for `id-ID`): each gets its own Pagefind bundle and stemmer. */
  language: string;
  html: string;
}

export function searchLanguage(lang: string): string {
  return lang.toLowerCase().split("-")[0]!;
}

/**
 * The title, summary and body of an article as a small HTML document for Pagefind: exactly the
 * text to find, with the filters (topic, source, language, person, place, organization), the sort key (date) and the result
 * metadata in data-pagefind-* attributes on <meta> elements, which Pagefind reads but does not
 * index. It is built from the model rather than read back from the article page because Pagefind
 * takes a page's language only from <html lang>, and an Indonesian article's page is an English
 * page (its navigation and labels are English) with lang="id" on the article alone.
 */
export function searchDocument(article: Article, site: SiteSettings): SearchDocument {
  const language = searchLanguage(article.lang);
  const meta = (kind: "filter" | "sort" | "meta", name: string, value: string) =>
    `<meta data-pagefind-${kind}="${name}[content]" content="${escapeText(value)}">`;
  const head = [
    `<title>${escapeText(article.title)}</title>`,
    meta("meta", "title", article.title),
    meta("meta", "date", readableDate(article.published, "day", site.timeZone, site.locale)),
    meta("meta", "published", article.published),
    meta("meta", "source", article.source.name),
    ...article.topics.map((topic) => meta("filter", "topic", topic.title)),
    // By outlet, aliases folded (ANTARA, Antara News → Antara).
    meta("filter", "source", article.outlet.name),
    meta("filter", "language", languageName(article.lang, site.lang)),
    ...article.people.map((ref) => meta("filter", "person", ref.name)),
    ...article.places.map((ref) => meta("filter", "place", ref.name)),
    ...article.organizations.map((ref) => meta("filter", "organization", ref.name)),
    // UTC, so dates from both sides of a DST change sort as text.
    meta("sort", "date", DateTime.fromISO(article.published, { setZone: true }).toUTC().toISO()!),
  ];
  const body = [
    `<h1>${escapeText(article.title)}</h1>`,
    article.summary ? `<p>${escapeText(article.summary)}</p>` : "",
    article.html,
  ];
  const html = `<!doctype html>\n<html lang="${escapeText(language)}">\n<head>\n${head.join("\n")}\n</head>\n<body>\n<article data-pagefind-body>\n${body.join("\n")}\n</article>\n</body>\n</html>\n`;
  const prefix = (site.pathPrefix ?? "/").replace(/\/$/, "");
  return { url: `${prefix}${article.url}`, language, html };
}
