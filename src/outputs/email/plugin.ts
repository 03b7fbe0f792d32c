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
  /** How many of the newest days get their email files and an entry in `/editions.xml` and `/editions.json`. */
  days: number;
  /** Where the template with its CSS inlined is kept between builds. */
  cacheDir: string;
}

export const defaultEmailPluginOptions = { templates: "layouts/_includes", days: editionsFeedSize, cacheDir: ".cache/templates" };

/**
 * The newest days' editions as emails (`/<yyyy>/<mm>/<dd>/email.html` and `email.txt`) and the
 * editions feeds (`layouts/feeds/editions-*.njk`), for the same days: what a newsletter service
 * reads. Older days' emails are left to `npm run edition -- --date`: written for every day, they
 * were two fifths of a 1,000-article site's files, read by no one. They are written after
 * Eleventy's pages by the model's page writer, which skips Eleventy's per-page machinery.
 */
export function emailPlugin(eleventyConfig: EleventyConfig, userOptions: Partial<EmailPluginOptions> & Pick<EmailPluginOptions, "source">): void {
  const { source, templates, days: editionDays, cacheDir } = { ...defaultEmailPluginOptions, ...userOptions };
  const { settings, changed } = source;
  const render = emailTemplates(templates, cacheDir);
  // A day's two files and its feed entry share one render; a rebuild's model has new day objects.
  const emails = new WeakMap<DayEdition, DayEmail>();
  const emailOf = (day: DayEdition) => {
    let email = emails.get(day);
    if (!email) emails.set(day, (email = dayEmail(day, settings, render)));
    return email;
  };
  eleventyConfig.addFilter("editionsAtom", (digest: Digest) => atomFeed(editionsFeedData(digest, settings, emailOf, editionDays)));
  eleventyConfig.addFilter("editionsJson", (digest: Digest) => jsonFeed(editionsFeedData(digest, settings, emailOf, editionDays)));
  // The newest days, or in the dev server those of them whose data changed since the last build
  // (a day that left them has its files removed): chosen before the pages, as the page writer
  // settles what changed once they are written.
  let days: DayEdition[] = [];
  eleventyConfig.on("eleventy.before", async () => {
    const newest = (await source.digest()).days.slice(0, editionDays);
    days = changed ? changed.select(newest, (day) => ({ kind: "files", folder: day.url, names: ["email.html", "email.txt"] })) : newest;
  });
  eleventyConfig.on("eleventy.after", async ({ directories }: { directories: { output: string } }) => {
    // One pass: a day's email is made for its HTML file and let go after its text file, which comes next.
    let last: { day: DayEdition; email: DayEmail } | undefined;
    const made = (day: DayEdition) => (last?.day === day ? last.email : (last = { day, email: emails.get(day) ?? dayEmail(day, settings, render) }).email);
    const files = days.flatMap((day) => [{ url: day.url, fileName: "email.html", day }, { url: day.url, fileName: "email.txt", day }]);
    await writePages(files, { outputDir: directories.output, render: ({ fileName, day }) => (fileName === "email.html" ? made(day).html : made(day).text) });
  });
}
