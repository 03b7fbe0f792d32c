import path from "node:path";
import { quote } from "../text/index.ts";
import { fieldName } from "./field-name.ts";
import { fieldLine } from "./frontmatter.ts";
import type { ContentFile } from "./load.ts";
import type { Problem } from "./problems.ts";
import { describeIssue, entityFields, entityKinds, type EntityKind } from "./schema.ts";
import { maxSlugLength, shorterSlug, slugify } from "./slug.ts";
import { reporter, reportSchemaIssues, warnUnknownKeys, type ArticleSource } from "./validate.ts";
import { distance } from "fastest-levenshtein";

/** One registry file, `articles/entities/<slug>.md`, checked. */
export interface EntitySource {
  file: string;
  /** From the file name: its page is `/people/<slug>/` (or places, organizations). */
  slug: string;
  name: string;
  kind: EntityKind;
  aliases: string[];
  description?: string;
  wikidata?: string;
  /** Match its names in pasted text in their own case only (`UN`, not "un"). */
  matchCase: boolean;
  /** Background, Markdown. */
  body: string;
  frontmatterLines: string[];
}

/**
 * The names a registry file claims, read even when its other fields are wrong, so a name it shares
 * with another file is reported in the same run as those; its kind is absent when it is not one.
 */
export type EntityClaim = Pick<EntitySource, "file" | "slug" | "name" | "aliases" | "frontmatterLines"> & { kind?: EntityKind };

const knownEntityKeys = ["name", "kind", "aliases", "description", "wikidata", "match_case"];
const entityExamples: Record<string, string> = { name: "name: Kim Jong Un", kind: "kind: person" };
const entityNameFields = entityFields.pick({ name: true, aliases: true });

/**
 * Every registry file on its own: the valid ones, what is wrong with the others, and the names
 * every file with a valid name and aliases claims (for entityConflicts).
 */
export function validateEntities(files: readonly ContentFile[]): { entities: EntitySource[]; problems: Problem[]; claims: EntityClaim[] } {
  const problems: Problem[] = [];
  const entities: EntitySource[] = [];
  const claims: EntityClaim[] = [];
  for (const file of files) {
    if (file.kind !== "entity") continue;
    const report = reporter(file, problems);
    warnUnknownKeys(file.parsed.data, knownEntityKeys, report);
    const result = entityFields.safeParse(file.parsed.data, { error: describeIssue });
    if (!result.success) reportSchemaIssues(result.error.issues, report, entityExamples);
    const base = path.posix.basename(file.file);
    const slug = slugify(base.replace(/\.md$/i, ""));
    const folder = path.posix.dirname(file.file);
    const fileProblem = !slug
      ? `the file name ${quote(base)} has no letters or digits, so the entity would have no address of its own: rename it, e.g. ${folder}/kim-jong-un.md`
      : slug.length > maxSlugLength
        ? `the file name gives the entity a slug of ${slug.length} characters; addresses allow at most ${maxSlugLength}: rename it, e.g. ${folder}/${shorterSlug(slug)}.md`
        : undefined;
    if (fileProblem) problems.push({ file: file.file, field: "file", message: fileProblem, severity: "error" });
    if (!result.success || fileProblem) {
      const named = entityNameFields.safeParse(file.parsed.data);
      const kind = entityFields.shape.kind.safeParse(file.parsed.data.kind);
      if (named.success) claims.push({ file: file.file, slug, name: named.data.name, aliases: named.data.aliases ?? [], ...(kind.success && { kind: kind.data }), frontmatterLines: file.parsed.frontmatterLines });
      continue;
    }
    const { name, kind, aliases = [], description, wikidata, match_case } = result.data;
    const entity: EntitySource = { file: file.file, slug, name, kind, aliases, description, wikidata, matchCase: match_case ?? false, body: file.parsed.body, frontmatterLines: file.parsed.frontmatterLines };
    entities.push(entity);
    claims.push(entity);
  }
  return { entities, problems, claims };
}

/** The keys one entity answers to, each with the field that gives it: its name, aliases and file name, as slugs. */
function keysOf(entity: EntityClaim): { key: string; field: (string | number)[] }[] {
  return [
    { key: slugify(entity.name), field: ["name"] },
    ...entity.aliases.map((alias, i) => ({ key: slugify(alias), field: ["aliases", i] })),
    ...(entity.slug ? [{ key: entity.slug, field: ["file"] }] : []), // a file name with no letters or digits is its own error
  ];
}

const kindWord = (kind: EntityKind) => (kind === "organization" ? "an organisation" : `a ${kind}`);

/**
 * A name (or alias, or file name) that stands for two registry entities would fold articles
 * into either: an error on the later file, naming the earlier one. Give it validateEntities'
 * claims, so files with other problems are checked too.
 */
export function entityConflicts(entities: readonly EntityClaim[]): Problem[] {
  const owners = new Map<string, EntityClaim>();
  const problems: Problem[] = [];
  for (const entity of entities) {
    const own = new Set<string>();
    for (const { key, field } of keysOf(entity)) {
      if (own.has(key)) continue; // an alias that only restyles the name is harmless
      own.add(key);
      const owner = owners.get(key);
      if (!owner) {
        owners.set(key, entity);
        continue;
      }
      const what = field[0] === "file" ? `the file name ${quote(path.posix.basename(entity.file))}` : quote(field[0] === "name" ? entity.name : entity.aliases[field[1] as number]!);
      const message =
        !owner.kind || !entity.kind || owner.kind === entity.kind
          ? `${what} is already a name of ${owner.name} in ${owner.file}: one name may stand for one ${owner.kind && owner.kind === entity.kind ? owner.kind : "entity"} only; remove it from one of the two files`
          : `${what} is already registered as ${kindWord(owner.kind)} in ${owner.file}, and this file makes it ${kindWord(entity.kind)}: keep it under one kind only`;
      problems.push({
        file: entity.file,
        line: field[0] === "file" ? undefined : fieldLine(entity.frontmatterLines, field),
        column: field[0] === "file" ? undefined : 1,
        field: fieldName(field),
        message,
        severity: "error",
      });
    }
  }
  return problems;
}

const kindOfField = Object.fromEntries(Object.entries(entityKinds).map(([kind, field]) => [field, kind as EntityKind])) as Record<(typeof entityKinds)[EntityKind], EntityKind>;

const digits = (text: string) => text.replace(/[^0-9]/g, "");
/**
 * How far a name may be from a registered one and still be a slip: one typo in six letters, none in
 * a short name ("Iran", "Iraq"), so "Kim Jong Il" is not taken for "Kim Jong Un"; numbers must agree ("G7", "G20").
 */
const isNear = (a: string, b: string) => distance(a, b) <= Math.floor(a.length / 6) && digits(a) === digits(b);

let lastAdvice: { registry: string; advice: Map<string, string | undefined> } | undefined;

/**
 * Names in articles the registry does not know: one close to a registered name or alias of its
 * kind gets a did-you-mean, one registered under another kind says which field it belongs in.
 * Warnings: an unregistered name is allowed (it gets a page of its own).
 */
export function unregisteredEntityNames(articles: readonly ArticleSource[], entities: readonly EntitySource[]): Problem[] {
  if (entities.length === 0) return [];
  const byKey = new Map<string, EntitySource>();
  for (const entity of entities) for (const { key } of keysOf(entity)) if (!byKey.has(key)) byKey.set(key, entity);
  const names = entities.flatMap((entity) => [entity.name, ...entity.aliases].map((name) => ({ entity, name, key: slugify(name) })));
  // Names repeat across thousands of articles: each distinct spelling is slugified and compared with
  // the registry once, and again only when the registry changed (the dev server asks on every save).
  const registry = JSON.stringify(entities.map(({ file, kind, name, aliases }) => [file, kind, name, aliases]));
  const advice = lastAdvice?.registry === registry ? lastAdvice.advice : new Map<string, string | undefined>();
  lastAdvice = { registry, advice };
  const adviceFor = (kind: EntityKind, name: string): string | undefined => {
    const cacheKey = `${kind}\0${name}`;
    if (advice.has(cacheKey)) return advice.get(cacheKey);
    const key = slugify(name);
    let message: string | undefined;
    const registered = byKey.get(key);
    if (registered && registered.kind !== kind) {
      message = `${quote(name)} is registered as ${kindWord(registered.kind)} in ${registered.file}: list it under ${entityKinds[registered.kind]}`;
    } else if (!registered) {
      const near = names
        .filter((n) => n.entity.kind === kind && isNear(key, n.key))
        .sort((a, b) => distance(key, a.key) - distance(key, b.key) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))[0];
      // The nearest spelling may be an alias ("Presiden Jokowi"): the editor is told the registered name, which every alias folds into.
      if (near) message = `${quote(name)} is not in the registry: did you mean ${quote(near.entity.name)} (${near.entity.file})? If it is the same ${kind}, add it to aliases there`;
    }
    advice.set(cacheKey, message);
    return message;
  };
  const problems: Problem[] = [];
  for (const article of articles) {
    for (const field of ["people", "places", "organizations"] as const) {
      (article[field] ?? []).forEach((name, i) => {
        const message = adviceFor(kindOfField[field], name);
        if (message) problems.push({ file: article.file, line: fieldLine(article.frontmatterLines, [field]), column: 1, field: fieldName([field, i]), message, severity: "warning" });
      });
    }
  }
  return problems;
}
