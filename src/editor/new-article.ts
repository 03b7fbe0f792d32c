import type { DateTime } from "luxon";
import { shorterSlug, slugify } from "../content/index.ts";
import { dateField } from "./article-date.ts";
import { httpUrlProblem } from "../content/index.ts";
import { markdownDocument } from "./markdown-document.ts";
import { articleFilePath } from "./paths.ts";
import { resolveTopics, type TopicRef } from "../content/index.ts";
import { quote } from "../text/index.ts";
import { newPicture, type PictureInput } from "./new-picture.ts";

/** What the editor asked for, as given on the command line. */
export interface ArticleInput {
  title?: string;
  /** Topic slugs or titles. */
  topics: string[];
  source?: string;
  url?: string;
  author?: string;
  lang?: string;
  /** Any form the frontmatter accepts; default: now. */
  date?: string;
  summary?: string;
  relatedHeadlines?: string[];
  /** Markdown. */
  body: string;
  /** Registered entities the text names (`npm run import`). */
  entities?: Partial<Record<"people" | "places" | "organizations", string[]>>;
  /** `--image`, `--alt`, `--credit`: a picture copied next to the article. */
  picture?: PictureInput;
}

export interface EditorContext {
  articlesDir: string;
  timeZone: string;
  /** The site's locale: the order of day and month in a guess at a --date such as 09/10/2023 (without it, only a certain reading is suggested). */
  locale?: string;
  now: DateTime;
  /** The topics that exist, from the validated content. */
  topics: TopicRef[];
}

export type NewFile = { ok: true; file: string; text: string; copy?: { from: string; to: string } } | { ok: false; error: string };

export { articlePlaceholder } from "../content/index.ts";

/** The file a new article goes to and its text, or the first thing wrong with the input. */
export function newArticle(input: ArticleInput, context: EditorContext): NewFile {
  const fail = (error: string): NewFile => ({ ok: false, error });
  const title = input.title?.trim();
  if (!title) return fail("the title is empty: give the headline in quotes");
  const full = slugify(title);
  // A headline-long slug makes a long address: the file is named after its first words, 60 characters at most.
  const slug = shorterSlug(full);
  if (!slug) return fail(`the title ${quote(title)} gives no usable file name: use letters or digits in it`);

  const source = input.source?.trim();
  if (!source) return fail('--source is missing: name the outlet, e.g. --source "Antara"');
  for (const [flag, value] of [["url", input.url], ["author", input.author], ["summary", input.summary]] as const) {
    if (value !== undefined && !value.trim()) return fail(`--${flag} is empty: leave it out or give a value`);
  }
  const url = input.url?.trim();
  const urlProblem = url === undefined ? undefined : httpUrlProblem(url);
  if (urlProblem) return fail(`--url ${urlProblem}`);

  let lang: string | undefined;
  if (input.lang !== undefined) {
    lang = canonicalLanguage(input.lang);
    if (!lang) return fail(`--lang ${quote(input.lang)} is not a language tag: use one such as id or en`);
  }

  const date = dateField(input.date, context.now, context.timeZone, context.locale);
  if ("error" in date) return fail(date.error);

  const topics = resolveTopics(input.topics, context.topics);
  if ("error" in topics) return fail(topics.error);

  const fields: Record<string, unknown> = {
    title,
    date: date.text,
    topics: topics.slugs,
    source: { name: source, ...(url ? { url } : {}), ...(input.author ? { author: input.author.trim() } : {}) },
  };
  if (lang) fields.lang = lang;
  if (input.summary) fields.summary = input.summary.trim();
  const related = (input.relatedHeadlines ?? []).map((h) => h.trim()).filter(Boolean);
  if (related.length) fields.related_headlines = related;
  for (const [field, names] of Object.entries(input.entities ?? {})) if (names.length) fields[field] = names;

  const file = articleFilePath(context.articlesDir, date.at, slug);
  const picture = newPicture(input.picture ?? {}, file);
  if ("error" in picture) return fail(picture.error);
  if (picture.field) fields.image = picture.field;
  return { ok: true, file, text: markdownDocument(fields, input.body), ...(picture.copy && { copy: picture.copy }) };
}

function canonicalLanguage(tag: string): string | undefined {
  try {
    const [canonical, ...rest] = Intl.getCanonicalLocales(tag.trim());
    return rest.length === 0 ? canonical : undefined;
  } catch {
    return undefined;
  }
}
