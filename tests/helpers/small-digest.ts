// A small digest for the feed, SEO and search tests: English and Indonesian articles over four
// days, headlines with markup characters, one topic with no articles.
import { DateTime } from "luxon";
import { parseArticleDate } from "../../src/content/dates.ts";
import { buildDigest, type Digest, type RenderedArticle, type RenderedTopic } from "../../src/model/index.ts";
import { defaultSiteSettings, type SiteSettings } from "../../src/settings/site.ts";

export const site: SiteSettings = { ...defaultSiteSettings, topicPageSize: 2 };
export const prefixed: SiteSettings = { ...site, baseUrl: "https://news.example.com", pathPrefix: "/digest/" };

export const topics: RenderedTopic[] = [
  { file: "articles/topics/arms.md", slug: "arms", title: "Arms & <deals>", summary: "Who sells what", html: "<p>Background</p>" },
  { file: "articles/topics/haze.md", slug: "haze", title: "Haze", html: "" },
  { file: "articles/topics/quiet.md", slug: "quiet", title: "Quiet topic", html: "" },
];

export function article(slug: string, date: string, topicSlugs: string[], extra: Partial<RenderedArticle> = {}): RenderedArticle {
  const parsed = parseArticleDate(date, site.timeZone);
  if ("error" in parsed) throw new Error(parsed.error);
  return {
    file: `articles/${slug}.md`, slug, title: `Title of ${slug}`, date: parsed, topics: topicSlugs,
    source: { name: "Antara", url: "https://www.antaranews.com/" }, lang: "en", tags: [], draft: false,
    html: `<p>Body of ${slug}.</p>`, relatedHeadlines: [], ...extra,
  };
}

export const sources: RenderedArticle[] = [
  article("old", "2023-09-01T08:00", ["arms"]),
  article("kereta", "2023-09-12T10:00", ["arms"], {
    lang: "id", title: "Kim tiba dengan kereta", summary: "Ringkasan berbahasa Indonesia.",
    source: { name: "Kompas", url: "https://www.kompas.com/", author: "Ahmad" }, tags: ["korea-utara"],
    html: '<p>Kereta lapis baja. <a href="/2023/09/01/old/">Lihat</a> <img src="/assets/x.png" alt=""></p>',
  }),
  article("quotes", "2023-09-13T09:00", ["arms", "haze"], { title: 'Kim & Putin say "</script><!--" ]]> <b>', summary: "A & B < C" }),
  article("haze-day", "2023-09-14", ["haze"], { source: { name: "Reuters" } }),
  article("newest", "2023-09-14T18:00", ["haze"], { title: "Newest story" }),
  article("draft", "2023-09-14T19:00", ["haze"], { draft: true, title: "A draft" }),
  article("future", "2024-06-01", ["haze"], { title: "A future story" }),
];

export const now = DateTime.fromISO("2024-01-01T00:00:00+07:00");

export function smallDigest(list: RenderedArticle[] = sources, settings: SiteSettings = site): Digest {
  return buildDigest(list, topics, settings, { now });
}
