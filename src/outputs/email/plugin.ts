import type { DayEdition, Digest } from "../../model/index.ts";
import { writePages, type DigestSource, type EleventyConfig } from "../../pages/index.ts";
import { atomFeed, jsonFeed } from "../feeds/index.ts";
import { dayEmail, type DayEmail } from "./day-email.ts";
import { editionsFeedData, editionsFeedSize } from "./editions-feed.ts";
import { emailTemplates } from "./email-html.ts";

export interface EmailPluginOptions {
  source: DigestSource;
  /** The folder holding `email/edition.njk`. */
  templates: string;
  /** How many of the newest days `/editions.xml` and `/editions.json` hold. */
  feedSize: number;
  /** Where the template with its CSS inlined is kept between builds. */
  cacheDir: string;
}

export const defaultEmailPluginOptions = { templates: "layouts/_includes", feedSize: editionsFeedSize, cacheDir: ".cache/templates" };

/**
 * Each day's edition as an email (`/<yyyy>/<mm>/<dd>/email.html` and `email.txt`) and the
 * editions feeds (`layouts/feeds/editions-*.njk`). The emails are written after Eleventy's pages
 * by the model's page writer: a site has a day for every few articles, and as Eleventy pages
 * they cost its per-page machinery and memory twice a day (10,000 articles: +3 s, +300 MiB).
 */
export function emailPlugin(eleventyConfig: EleventyConfig, userOptions: Partial<EmailPluginOptions> & Pick<EmailPluginOptions, "source">): void {
  const { source, templates, feedSize, cacheDir } = { ...defaultEmailPluginOptions, ...userOptions };
  const { settings, changed } = source;
  const render = emailTemplates(templates, cacheDir);
  // A day's two files and its feed entry share one render; a rebuild's model has new day objects.
  const emails = new WeakMap<DayEdition, DayEmail>();
  const emailOf = (day: DayEdition) => {
    let email = emails.get(day);
    if (!email) emails.set(day, (email = dayEmail(day, settings, render)));
    return email;
  };
  eleventyConfig.addFilter("editionsAtom", (digest: Digest) => atomFeed(editionsFeedData(digest, settings, emailOf, feedSize)));
  eleventyConfig.addFilter("editionsJson", (digest: Digest) => jsonFeed(editionsFeedData(digest, settings, emailOf, feedSize)));
  // Every day, or in the dev server the days whose data changed since the last build: chosen
  // before the pages, as the page writer settles what changed once they are written.
  let days: DayEdition[] = [];
  eleventyConfig.on("eleventy.before", async () => {
    const digest = await source.digest();
    days = changed ? changed.select(digest.days, (day) => ({ kind: "feeds", folder: `${day.url}email` })) : digest.days;
  });
  eleventyConfig.on("eleventy.after", async ({ directories }: { directories: { output: string } }) => {
    // One pass: a day's email is made for its HTML file and let go after its text file, which comes next.
    let last: { day: DayEdition; email: DayEmail } | undefined;
    const made = (day: DayEdition) => (last?.day === day ? last.email : (last = { day, email: emails.get(day) ?? dayEmail(day, settings, render) }).email);
    const files = days.flatMap((day) => [{ url: day.url, fileName: "email.html", day }, { url: day.url, fileName: "email.txt", day }]);
    await writePages(files, { outputDir: directories.output, render: ({ fileName, day }) => (fileName === "email.html" ? made(day).html : made(day).text) });
  });
}
