import type { DayEdition, Digest } from "../../model/index.ts";
import type { DigestSource, EleventyConfig } from "../../pages/index.ts";
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
}

export const defaultEmailPluginOptions = { templates: "layouts/_includes", feedSize: editionsFeedSize };

/**
 * Each day's edition as an email (`/<yyyy>/<mm>/<dd>/email.html` and `email.txt`, written by
 * `layouts/email/`) and the editions feeds (`layouts/feeds/editions-*.njk`).
 */
export function emailPlugin(eleventyConfig: EleventyConfig, userOptions: Partial<EmailPluginOptions> & Pick<EmailPluginOptions, "source">): void {
  const { source, templates, feedSize } = { ...defaultEmailPluginOptions, ...userOptions };
  const { settings, changed } = source;
  const render = emailTemplates(templates);
  // A day's two files and its feed entry share one render; a rebuild's model has new day objects.
  const emails = new WeakMap<DayEdition, DayEmail>();
  const emailOf = (day: DayEdition) => {
    let email = emails.get(day);
    if (!email) emails.set(day, (email = dayEmail(day, settings, render)));
    return email;
  };
  eleventyConfig.addFilter("emailHtml", (day: DayEdition) => emailOf(day).html);
  eleventyConfig.addFilter("emailText", (day: DayEdition) => emailOf(day).text);
  eleventyConfig.addFilter("editionsAtom", (digest: Digest) => atomFeed(editionsFeedData(digest, settings, emailOf, feedSize)));
  eleventyConfig.addFilter("editionsJson", (digest: Digest) => jsonFeed(editionsFeedData(digest, settings, emailOf, feedSize)));
  // Every day, or in the dev server the days whose data changed since the last build.
  eleventyConfig.addGlobalData("emailDays", async () => {
    const digest = await source.digest();
    return changed ? changed.select(digest.days, (day) => ({ kind: "feeds", folder: `${day.url}email` })) : digest.days;
  });
}
