import { z } from "zod";
import { quote } from "../text/index.ts";
import { httpUrlProblem, unpublishableUrlProblem, withHttpsScheme } from "./http-url.ts";
import { canonicalLanguageTag, languageTagError } from "./language-tag.ts";
import { isSlug } from "./slug.ts";

/** Zod's default messages speak to programmers; these speak to editors. */
export function describeIssue(issue: z.core.$ZodRawIssue): string | undefined {
  if (issue.code === "invalid_type") {
    if (issue.input === undefined) return "is missing";
    const found = Array.isArray(issue.input) ? "a list" : issue.input === null ? "empty" : `a ${typeof issue.input}`;
    const wanted = ({ string: "text", array: "a list", object: "a mapping of fields", boolean: "true or false" } as Record<string, string>)[issue.expected] ?? issue.expected;
    return `must be ${wanted}, not ${found}`;
  }
  return undefined;
}

const text = z.string().trim().min(1, "must not be empty");

const httpUrl = z
  .string()
  .trim()
  .superRefine((value, context) => {
    const https = httpUrlProblem(value) ? withHttpsScheme(value) : undefined;
    const message =
      unpublishableUrlProblem(value) ??
      (https ? `has no http:// or https://: did you mean ${quote(https)}?` : httpUrlProblem(value) && "must be a full http:// or https:// address");
    if (message) context.addIssue({ code: "custom", message });
  });

const languageTag = z
  .string()
  .trim()
  .superRefine((tag, context) => {
    if (!canonicalLanguageTag(tag)) context.addIssue({ code: "custom", message: languageTagError(tag) });
  });

/** A single value where a list is expected is a list of one; errors then point inside the list. */
const listOf = <T extends z.ZodType>(item: T) => z.preprocess((value) => (typeof value === "string" ? [value] : value), z.array(item));

// `source: Antara` is shorthand for `source: { name: Antara }`.
const source = z.preprocess(
  (value) => (typeof value === "string" ? { name: value } : value),
  z.object({ name: text, url: httpUrl.optional(), author: text.optional() }),
);

export const articleFields = z
  .object({
    title: text,
    date: z.string({ error: (i) => (i.input === undefined ? "is missing" : 'must be text such as "2023-09-05"; quote it') }),
    topics: listOf(text).optional(),
    topic: text.optional(),
    source,
    lang: languageTag.optional(),
    summary: text.optional(),
    tags: listOf(text).optional(),
    draft: z.boolean().optional(),
    /** Headlines of "read also" lines kept by `npm run import`; linked where they name an article here. */
    related_headlines: listOf(text).optional(),
    slug: z.string().refine(isSlug, "must be lowercase letters, digits and single hyphens, e.g. kim-meets-putin").optional(),
    /** The lead picture: a file in the articles folder; alt and credit are checked with the file (content/picture-checks.ts). */
    image: z.object({ src: text, alt: text.optional(), credit: text.optional(), caption: text.optional() }).optional(),
  })
  .loose();

export type ArticleFields = z.output<typeof articleFields>;

export const topicFields = z
  .object({
    title: text,
    summary: text.optional(),
  })
  .loose();

export type TopicFields = z.output<typeof topicFields>;
