import path from "node:path";
import type { z } from "zod";
import { parseArticleDate, type ArticleDate } from "./dates.ts";
import { maxRelatedHeadlines, maxTagsPerArticle, maxTopicsPerArticle } from "./field-limits.ts";
import { fieldLine } from "./frontmatter.ts";
import type { ContentFile } from "./load.ts";
import type { Problem } from "./problems.ts";
import { commaListError } from "./comma-list.ts";
import { outdatedLanguageTag } from "./language-tag.ts";
import { articleFields, describeIssue, nestedArticleFields, outletFields, topicFields, type NestedFields } from "./schema.ts";
import { coverageOf, type CoverageSource } from "./coverage.ts";
import { outletClashes, outletKindProblem, type OutletClaim, type OutletSource } from "./outlets.ts";
import { updatesOf, type UpdateSource } from "./updates.ts";
import type { SiteSettings } from "../settings/index.ts";
import { quote, shorten } from "../text/index.ts";
import { isSlug, maxSlugLength, shorterSlug, slugFromFileName, slugify } from "./slug.ts";
import { fieldName } from "./field-name.ts";
import { nearestNames } from "./nearest-names.ts";
import { closestMatch } from "./suggest.ts";
import { leadPicture, type Picture } from "./pictures.ts";

export interface TopicSource {
  file: string;
  slug: string;
  title: string;
  summary?: string;
  /** Background, Markdown. */
  body: string;
}

export interface ArticleSource {
  file: string;
  slug: string;
  title: string;
  summary?: string;
  date: ArticleDate;
  /** Resolved topic slugs, in the editor's order; the first is the article's main topic. */
  topics: string[];
  source: { name: string; url?: string; author?: string };
  lang: string;
  tags: string[];
  draft: boolean;
  /** "Read also" headlines from the original story. */
  relatedHeadlines: string[];
  /** Markdown. */
  body: string;
  /** To point later checks (duplicates, schedule) at the line of a field. */
  frontmatterLines: string[];
  /** Names as written in `people`, `places`, `organizations` (absent in older callers' fixtures: none). */
  people?: string[];
  places?: string[];
  organizations?: string[];
  /** Other outlets' reports of the same story, as written. */
  coverage?: CoverageSource[];
  /** Updates and corrections, as written (those after "now" are held back by the model). */
  updates?: UpdateSource[];
  /** The lead picture (`image:`); its file is read by checkPictures. */
  image?: Picture;
  /** Local pictures the body shows (`![alt](./photo.jpg "caption")`), in order. */
  bodyImages?: Picture[];
}

export interface ValidatedContent {
  topics: TopicSource[];
  articles: ArticleSource[];
  problems: Problem[];
  /** Outlet registry files (articles/sources/*.md); absent where none were checked. */
  outlets?: OutletSource[];
}

const knownArticleKeys = ["title", "date", "topics", "topic", "source", "lang", "summary", "tags", "draft", "slug", "related_headlines", "people", "places", "organizations", "coverage", "updates", "image"];
const knownTopicKeys = ["title", "summary"];
const knownOutletKeys = ["name", "aliases", "url", "country", "lang", "kind"];

/**
 * Kept by the dev server between rebuilds: an article file the load cache handed back unchanged
 * (the same object), checked against the same topic files, gives the same result as last time.
 */
export interface ValidateCache {
  topicFiles: readonly ContentFile[];
  /** The topic files that failed, as slugs joined: articles naming them are read differently. */
  failedTopics: string;
  articles: WeakMap<ContentFile, { article?: ArticleSource; problems: Problem[] }>;
}

export const createValidateCache = (): ValidateCache => ({ topicFiles: [], failedTopics: "", articles: new WeakMap() });

/** Checks every file and returns the valid ones with every problem found; never stops at the first. */
export function validateContent(files: ContentFile[], settings: SiteSettings, cache?: ValidateCache, unreadTopics: readonly string[] = []): ValidatedContent {
  const problems: Problem[] = [];
  const topics: TopicSource[] = [];
  const topicFiles = files.filter((f) => f.kind === "topic");
  const failed = unreadTopics.map(topicSlugOf);
  for (const file of topicFiles) {
    const topic = validateTopic(file, problems);
    if (topic) topics.push(topic);
    else failed.push(topicSlugOf(file.file));
  }
  // An article naming a topic whose file failed is not told "unknown topic": the topic's own error says what to fix.
  const failedTopics = new Set(failed);

  const topicBySlug = new Map(topics.map((t) => [t.slug, t]));
  const topicByTitle = new Map(topics.map((t) => [t.title.toLowerCase(), t]));
  const topicNames = topics.flatMap((t) => [t.slug, t.title]);
  const resolveTopic = (name: string) => topicBySlug.get(name) ?? topicByTitle.get(name.toLowerCase()) ?? topicBySlug.get(slugify(name));
  const isFailedTopic = (name: string) => failedTopics.has(name) || failedTopics.has(slugify(name));

  // Articles are read against the topics: another topic file means every article is checked again.
  const failedKey = [...failedTopics].sort().join("\n");
  if (cache && (cache.topicFiles.length !== topicFiles.length || cache.topicFiles.some((f, i) => f !== topicFiles[i]) || cache.failedTopics !== failedKey)) {
    cache.topicFiles = topicFiles;
    cache.failedTopics = failedKey;
    cache.articles = new WeakMap();
  }
  const articles: ArticleSource[] = [];
  for (const file of files.filter((f) => f.kind === "article")) {
    let outcome = cache?.articles.get(file);
    if (!outcome) {
      const found: Problem[] = [];
      outcome = { article: validateArticle(file, settings, resolveTopic, topicNames, isFailedTopic, found), problems: found };
      cache?.articles.set(file, outcome);
    }
    problems.push(...outcome.problems);
    if (outcome.article) articles.push(outcome.article);
  }
  const outlets: OutletSource[] = [];
  const outletClaims: OutletClaim[] = [];
  for (const file of files.filter((f) => f.kind === "outlet")) {
    const { outlet, claim } = validateOutlet(file, problems);
    if (outlet) outlets.push(outlet);
    if (claim) outletClaims.push(claim);
  }
  problems.push(...outletClashes(outletClaims));
  return { topics, articles, problems, outlets };
}

export function reporter(file: ContentFile, problems: Problem[]) {
  return (fieldPath: readonly (string | number)[], message: string, severity: Problem["severity"] = "error") =>
    problems.push({
      file: file.file,
      line: fieldLine(file.parsed.frontmatterLines, fieldPath),
      column: 1,
      field: shorten(fieldName(fieldPath)), // an unknown field's name is the editor's text
      message,
      severity,
    });
}

// A missing field's message shows how to write it.
const topicExamples: Record<string, string> = { title: "title: El Niño and drought in Indonesia" };
const articleExamples: Record<string, string> = {
  title: "title: Kim meets Putin",
  date: 'date: "2023-09-05"',
  source: "source: Antara",
  "source.name": "name: Antara",
};

export function reportSchemaIssues(issues: z.core.$ZodIssue[], report: ReturnType<typeof reporter>, examples: Record<string, string>) {
  for (const issue of issues) {
    const field = issue.path.map((p) => (typeof p === "symbol" ? String(p) : p));
    const example = issue.message === "is missing" ? examples[field.join(".")] : undefined;
    report(field, example ? `is missing: add it, e.g. ${example}` : issue.message);
  }
}

/**
 * A warning with a did-you-mean for each key not in `known`, in the order written. `nested` names
 * the known fields that hold mappings of their own: their keys are checked the same way, at
 * `image.credti` or `coverage[2].dtae` (a value of another shape is left to the schema's error).
 */
export function warnUnknownKeys(
  data: Record<string, unknown>,
  known: readonly string[],
  report: ReturnType<typeof reporter>,
  nested: Readonly<Record<string, NestedFields>> = {},
  at: readonly (string | number)[] = [],
) {
  for (const key of Object.keys(data)) {
    if (!known.includes(key)) {
      const guess = closestMatch(key, known);
      report([...at, key], `unknown field${guess ? `: did you mean ${quote(guess)}?` : `; known fields are ${known.join(", ")}`}`, "warning");
      continue;
    }
    const inner = Object.hasOwn(nested, key) ? nested[key] : undefined;
    const value = data[key];
    if (!inner) continue;
    if (!inner.list) {
      if (isMapping(value)) warnUnknownKeys(value, inner.keys, report, {}, [...at, key]);
    } else if (Array.isArray(value)) {
      value.forEach((item: unknown, i) => isMapping(item) && warnUnknownKeys(item, inner.keys, report, {}, [...at, key, i]));
    }
  }
}

const isMapping = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** Topic names as written, each with its field path, read even when other fields are invalid. */
function topicNamesIn(data: Record<string, unknown>, resolveTopic: (name: string) => TopicSource | undefined): { name: string; field: (string | number)[] }[] {
  const { topics, topic } = data;
  if (Array.isArray(topics)) return topics.flatMap((name, i) => (typeof name === "string" && name.trim() ? [{ name: name.trim(), field: ["topics", i] }] : []));
  // `topics: a, b` is reported as such (unless a topic has that title); each name in it is still checked.
  if (typeof topics === "string" && !resolveTopic(topics.trim())) return topics.split(",").flatMap((name) => (name.trim() ? [{ name: name.trim(), field: ["topics"] }] : []));
  if (typeof topics === "string") return [{ name: topics.trim(), field: ["topics"] }];
  if (typeof topic === "string") return [{ name: topic.trim(), field: ["topic"] }];
  return [];
}

/** What is wrong with a list longer than `max`, or undefined; `rest` ends the message, from its punctuation on. */
function tooLong(list: unknown, max: number, what: string, rest: string): string | undefined {
  return Array.isArray(list) && list.length > max ? `lists ${list.length} ${what}, but an article may have at most ${max}${rest}` : undefined;
}

const topicSlugOf = (file: string) => slugify(path.posix.basename(file).replace(/\.md$/i, ""));

function validateTopic(file: ContentFile, problems: Problem[]): TopicSource | undefined {
  const report = reporter(file, problems);
  const result = topicFields.safeParse(file.parsed.data, { error: describeIssue });
  warnUnknownKeys(file.parsed.data, knownTopicKeys, report);
  const name = path.basename(file.file);
  const slug = slugify(name.replace(/\.md$/i, ""));
  const folder = path.posix.dirname(file.file);
  // The slug is the topic's folder under /topics/: an empty one would be /topics/ itself.
  const fileProblem = !slug
    ? `the file name ${quote(name)} has no letters or digits, so the topic would have no address of its own: rename it, e.g. ${folder}/my-topic.md`
    : slug.length > maxSlugLength
      ? `the file name gives the topic a slug of ${slug.length} characters; addresses allow at most ${maxSlugLength}: rename it, e.g. ${folder}/${shorterSlug(slug)}.md`
      : undefined;
  if (fileProblem) problems.push({ file: file.file, field: "file", message: fileProblem, severity: "error" });
  if (!result.success) reportSchemaIssues(result.error.issues, report, topicExamples);
  if (fileProblem || !result.success) return undefined;
  return { file: file.file, slug, title: result.data.title, summary: result.data.summary, body: file.parsed.body };
}

const outletNameFields = outletFields.pick({ name: true, aliases: true });

/**
 * An outlet file, valid or not, and the names it claims: every field is checked whatever the
 * others say (a bad url does not hide a bad kind), and a file whose name and aliases are valid
 * has them checked against the other files even when another field is wrong.
 */
function validateOutlet(file: ContentFile, problems: Problem[]): { outlet?: OutletSource; claim?: OutletClaim } {
  const report = reporter(file, problems);
  const data = file.parsed.data;
  const result = outletFields.safeParse(data, { error: describeIssue });
  warnUnknownKeys(data, knownOutletKeys, report);
  if (!result.success) reportSchemaIssues(result.error.issues, report, { name: "name: Antara" });
  // Read from the file, not the parsed fields, which another field's error leaves empty; a kind that is no text is the schema's to report.
  const kindProblem = typeof data.kind === "string" && data.kind.trim() ? outletKindProblem(data.kind.trim()) : undefined;
  if (kindProblem) report(["kind"], kindProblem);
  const slug = slugify(path.posix.basename(file.file).replace(/\.md$/i, ""));
  if (!slug) problems.push({ file: file.file, field: "file", message: `the file name has no letters or digits, so the outlet would have no address of its own: rename it, e.g. ${path.posix.dirname(file.file)}/antara.md`, severity: "error" });
  const frontmatterLines = file.parsed.frontmatterLines;
  if (!result.success || kindProblem || !slug) {
    const named = outletNameFields.safeParse(data);
    return named.success ? { claim: { file: file.file, slug, name: named.data.name, aliases: named.data.aliases ?? [], frontmatterLines } } : {};
  }
  const { name, aliases, url, country, lang, kind } = result.data;
  const outlet: OutletSource = { file: file.file, slug, name, aliases: aliases ?? [], url, country, lang: lang && Intl.getCanonicalLocales(lang)[0], kind: kind as OutletSource["kind"], body: file.parsed.body, frontmatterLines };
  return { outlet, claim: outlet };
}

function validateArticle(
  file: ContentFile,
  settings: SiteSettings,
  resolveTopic: (name: string) => TopicSource | undefined,
  topicNames: string[],
  isFailedTopic: (name: string) => boolean,
  problems: Problem[],
): ArticleSource | undefined {
  const report = reporter(file, problems);
  const before = problems.length;
  const data = file.parsed.data;
  warnUnknownKeys(data, knownArticleKeys, report, nestedArticleFields);
  const result = articleFields.safeParse(data, { error: describeIssue });
  if (!result.success) reportSchemaIssues(result.error.issues, report, articleExamples);

  // Check the date and the topics even when other fields are wrong, so one run shows everything.
  const date = typeof data.date === "string" ? parseArticleDate(data.date, settings.timeZone, settings.locale) : undefined;
  if (date && "error" in date) report(["date"], date.error);

  const fields = result.success ? result.data : undefined;
  const oldLanguage = typeof data.lang === "string" ? outdatedLanguageTag(data.lang) : undefined;
  if (oldLanguage) report(["lang"], oldLanguage, "warning");
  const topics = checkTopics(data, resolveTopic, topicNames, isFailedTopic, report);
  checkListLengths(data, report);
  for (const field of ["tags", "people", "places", "organizations"]) {
    const commas = commaListError(field, data[field]);
    if (commas) report([field], commas);
  }
  const slug = checkSlug(data, file, fields !== undefined, report);
  const coverage = coverageOf(data.coverage, settings.timeZone, report, settings.locale);
  const updates = updatesOf(data.updates, date && !("error" in date) ? date : undefined, settings.timeZone, report, settings.locale);

  if (!fields || !slug || !date || "error" in date || problems.slice(before).some((p) => p.severity === "error")) return undefined;
  return {
    file: file.file,
    slug,
    title: fields.title,
    summary: fields.summary,
    date,
    topics,
    source: { name: fields.source.name, url: fields.source.url, author: fields.source.author },
    lang: fields.lang ? Intl.getCanonicalLocales(fields.lang)[0]! : settings.lang,
    tags: fields.tags ?? [],
    draft: fields.draft ?? false,
    relatedHeadlines: fields.related_headlines ?? [],
    body: file.parsed.body,
    frontmatterLines: file.parsed.frontmatterLines,
    people: fields.people ?? [],
    places: fields.places ?? [],
    organizations: fields.organizations ?? [],
    ...(coverage.length && { coverage }),
    ...(updates.length && { updates }),
    image: fields.image && leadPicture(fields.image, fieldLine(file.parsed.frontmatterLines, ["image", "src"])),
    bodyImages: file.bodyFacts.pictures,
  };
}

type Report = ReturnType<typeof reporter>;

/** The article's topics as slugs, each name resolved; an unknown one gets a did-you-mean. */
function checkTopics(
  data: Record<string, unknown>,
  resolveTopic: (name: string) => TopicSource | undefined,
  topicNames: string[],
  isFailedTopic: (name: string) => boolean,
  report: Report,
): string[] {
  const named = topicNamesIn(data, resolveTopic);
  const commas = typeof data.topics === "string" && !resolveTopic(data.topics.trim()) ? commaListError("topics", data.topics) : undefined;
  if (commas) report(["topics"], commas);
  if (data.topics !== undefined && data.topic !== undefined) report(["topic"], "give either topics or topic, not both");
  if (data.topics === undefined && data.topic === undefined) report(["topics"], "is missing: name at least one topic, e.g. topics: [russia-dprk-arms-deal]");
  else if (Array.isArray(data.topics) && data.topics.length === 0) report(["topics"], "is empty: name at least one topic");
  // Too many topics is one problem, not one per unknown name.
  const tooMany = tooLong(data.topics, maxTopicsPerArticle, "topics", " (each topic's feed lists all of them): keep the main ones");
  if (tooMany) report(["topics"], tooMany);
  const topics: string[] = [];
  for (const { name, field } of tooMany ? [] : named) {
    const topic = resolveTopic(name);
    if (!topic && isFailedTopic(name)) continue;
    if (!topic) {
      const guess = closestMatch(name, topicNames);
      report(field, `unknown topic ${quote(name)}${guess ? `: did you mean ${quote(guess)}?` : unknownTopicHelp(name, topicNames.filter(isSlug))}`);
    } else if (!topics.includes(topic.slug)) topics.push(topic.slug);
  }
  return topics;
}

/** For a topic name like no other: the nearest existing topics, and the command that creates one. */
function unknownTopicHelp(name: string, topicSlugs: string[]): string {
  const nearest = nearestNames(name, topicSlugs, 3).map(quote);
  const create = `create it with npm run new -- --topic-file ${quote(name)}`;
  return nearest.length ? `: the nearest topics are ${nearest.join(", ")}; or ${create}` : `: there are no topics yet; ${create}`;
}

/** Lists whose length every page or feed that shows them multiplies. */
function checkListLengths(data: Record<string, unknown>, report: Report): void {
  const tooManyTags = tooLong(data.tags, maxTagsPerArticle, "tags", ": keep the ones readers would look for");
  if (tooManyTags) report(["tags"], tooManyTags);
  const tooManyHeadlines = tooLong(data.related_headlines, maxRelatedHeadlines, "headlines", ": keep the closest stories");
  if (tooManyHeadlines) report(["related_headlines"], tooManyHeadlines);
  for (const field of ["people", "places", "organizations"]) {
    const tooMany = tooLong(data[field], maxTagsPerArticle, field, ": keep the ones readers would look for");
    if (tooMany) report([field], tooMany);
  }
}

/** slug: when it is valid, else the file name's: checked even when other fields are wrong, so one run shows everything. */
function checkSlug(data: Record<string, unknown>, file: ContentFile, fieldsValid: boolean, report: Report): string {
  const given = typeof data.slug === "string" && isSlug(data.slug) ? data.slug : undefined;
  const slug = given ?? slugFromFileName(path.basename(file.file));
  if (fieldsValid && !slug) report(["slug"], "the file name gives no usable slug: add slug: with lowercase words joined by hyphens");
  // The slug is a folder name in the built site, which file systems cap at 255 bytes.
  else if (slug.length > maxSlugLength) {
    report(["slug"], `is ${slug.length} characters long${given ? "" : " (from the file name)"}; addresses allow at most ${maxSlugLength}: add a shorter slug, e.g. slug: ${shorterSlug(slug)}`);
  }
  // A busy day's later pages live at /2025/03/14/page/2/, next to its articles.
  else if (slug === "page") report(["slug"], `is "page"${given ? "" : " (from the file name)"}, which a busy day's later pages use in their URLs: add slug: with another name, e.g. slug: page-one`);
  return slug;
}
