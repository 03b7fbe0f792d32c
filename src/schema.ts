import { z } from "zod";
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
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === "http:" || url.protocol === "https:") && url.hostname !== "";
    } catch {
      return false;
    }
  }, "must be a full http:// or https:// address");

const languageTag = z
  .string()
  .trim()
  .refine((tag) => {
    try {
      return Intl.getCanonicalLocales(tag).length === 1;
    } catch {
      return false;
    }
  }, "must be a BCP 47 language tag such as id or en");

const source = z.union(
  [
    text.transform((name) => ({ name, url: undefined, author: undefined })),
    z.object({ name: text, url: httpUrl.optional(), author: text.optional() }),
  ],
  { error: "must be the outlet's name, or a mapping with name and optionally url and author" },
);

const oneOrMore = z.union([text.transform((t) => [t]), z.array(text).min(1, "must name at least one topic")]);

export const articleFields = z
  .object({
    title: text,
    date: z.string({ error: (i) => (i.input === undefined ? "is missing" : 'must be text such as "2023-09-05"; quote it') }),
    topics: oneOrMore.optional(),
    topic: text.optional(),
    source,
    lang: languageTag.optional(),
    summary: text.optional(),
    tags: z.union([text.transform((t) => [t]), z.array(text)]).optional(),
    draft: z.boolean().optional(),
    slug: z.string().refine(isSlug, "must be lowercase letters, digits and single hyphens, e.g. kim-meets-putin").optional(),
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
