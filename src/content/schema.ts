import { z } from "zod";
import { quote } from "../text/index.ts";
import { httpUrlProblem, unpublishableUrlProblem, withHttpsScheme } from "./http-url.ts";
import { canonicalLanguageTag, languageTagError } from "./language-tag.ts";
import { isSlug, slugify } from "./slug.ts";
import { unknownKindProblem } from "./suggest.ts";

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

/** A name that gets a page of its own (a tag, an outlet, a person): its address is made from its letters and digits. */
export const pageName = text.refine((name) => slugify(name) !== "", "has no Latin letters or digits to make its page's address from: add some, e.g. its name in Latin script");

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

const sourceFields = z.object({ name: text, url: httpUrl.optional(), author: text.optional() });

// `source: Antara` is shorthand for `source: { name: Antara }`.
const source = z.preprocess((value) => (typeof value === "string" ? { name: value } : value), sourceFields);

const dateText = z.string({ error: (i) => (i.input === undefined ? "is missing" : 'must be text such as "2023-09-05"; quote it') });

const coverageEntry = z.object({ name: pageName, url: httpUrl, title: text.optional(), lang: languageTag.optional(), date: dateText.optional() });

const updateEntry = z.object({ date: dateText, kind: text, note: text });

const imageFields = z.object({ src: text, alt: text.optional(), credit: text.optional(), caption: text.optional() });

/**
 * The article fields that hold mappings of their own (in a list: each item), with the keys each
 * knows, read from their schemas: validate.ts warns of any other key, as it does at the top level.
 */
export const nestedArticleFields = {
  source: { keys: Object.keys(sourceFields.shape), list: false },
  coverage: { keys: Object.keys(coverageEntry.shape), list: true },
  updates: { keys: Object.keys(updateEntry.shape), list: true },
  image: { keys: Object.keys(imageFields.shape), list: false },
} as const satisfies Record<string, NestedFields>;

export interface NestedFields {
  keys: readonly string[];
  /** A list of mappings (`coverage:`), not one mapping (`image:`). */
  list: boolean;
}

export const articleFields = z
  .object({
    title: text,
    date: z.string({ error: (i) => (i.input === undefined ? "is missing" : 'must be text such as "2023-09-05"; quote it') }),
    topics: listOf(text).optional(),
    topic: text.optional(),
    source,
    lang: languageTag.optional(),
    summary: text.optional(),
    tags: listOf(pageName).optional(),
    draft: z.boolean().optional(),
    /** Headlines of "read also" lines kept by `npm run import`; linked where they name an article here. */
    related_headlines: listOf(text).optional(),
    slug: z.string().refine(isSlug, "must be lowercase letters, digits and single hyphens, e.g. kim-meets-putin").optional(),
    /** Who, where and what the article is about, names as written; each gets a page (issue 17). */
    people: listOf(pageName).optional(),
    places: listOf(pageName).optional(),
    organizations: listOf(pageName).optional(),
    /** Other outlets' reports of the same story, each with its outlet's page (content/coverage.ts reads the dates). */
    coverage: z.array(coverageEntry).optional(),
    /** Updates and corrections after publication, dated; notes are Markdown (content/updates.ts reads dates and kinds). */
    updates: z.array(updateEntry).optional(),
    /** The lead picture: a file in the articles folder; alt and credit are checked with the file (content/picture-checks.ts). */
    image: imageFields.optional(),
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

/** The kinds of entity an article lists, by their frontmatter field: `people`, `places`, `organizations`. */
export const entityKinds = { person: "people", place: "places", organization: "organizations" } as const;
export type EntityKind = keyof typeof entityKinds;
const entityKindNames = ["person", "place", "organization"] as const satisfies readonly EntityKind[];

/** A registry file `articles/entities/<slug>.md`: one person, place or organisation and the other names it goes by. */
export const entityFields = z
  .object({
    name: pageName,
    kind: z.enum(entityKindNames, {
      error: (i) => (i.input === undefined ? "is missing" : typeof i.input === "string" ? unknownKindProblem(i.input, entityKindNames, `write one of ${entityKindNames.join(", ")}`) : "must be person, place or organization"),
    }),
    aliases: listOf(pageName).optional(),
    description: text.optional(),
    wikidata: z.string().trim().regex(/^Q[1-9][0-9]*$/, "must be a Wikidata identifier such as Q56226 (the Q-number at the end of its wikidata.org address)").optional(),
    /** Aliases such as "UN" are matched by `npm run import` in this case only, so "un" in a sentence is not the United Nations. */
    match_case: z.boolean().optional(),
  })
  .loose();

export type EntityFields = z.output<typeof entityFields>;
/** What an outlet registry file (`articles/sources/<slug>.md`) may say; its body describes the outlet. */
export const outletFields = z
  .object({
    name: pageName,
    aliases: listOf(pageName).optional(),
    url: httpUrl.optional(),
    country: text.optional(),
    lang: languageTag.optional(),
    kind: text.optional(),
  })
  .loose();

export type OutletFields = z.output<typeof outletFields>;
