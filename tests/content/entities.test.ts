import { test } from "uvu";
import * as assert from "uvu/assert";
import { entityConflicts, unregisteredEntityNames, validateEntities } from "../../src/content/entities.ts";
import { contentFile, type ContentFile } from "../../src/content/load.ts";
import { parseContentFile } from "../../src/content/frontmatter.ts";
import { defaultSiteSettings } from "../../src/settings/site.ts";
import { validateContent } from "../../src/content/validate.ts";

function file(path: string, text: string, kind: ContentFile["kind"] = "entity"): ContentFile {
  const parsed = parseContentFile(new TextEncoder().encode(text));
  if ("message" in parsed) throw new Error(parsed.message);
  return contentFile(path, kind, parsed);
}

const kim = file("articles/entities/kim-jong-un.md", "---\nname: Kim Jong Un\nkind: person\naliases: [Kim Jong-un, Kim Jong Eun]\nwikidata: Q56226\ndescription: Leader of North Korea.\n---\nBackground.\n");
const shoigu = file("articles/entities/sergei-shoigu.md", "---\nname: Sergei Shoigu\nkind: person\naliases: [Sergey Shoygu]\n---\n");
const jakarta = file("articles/entities/jakarta.md", "---\nname: Jakarta\nkind: place\n---\n");

const shown = (problems: { file: string; line?: number; field: string; severity: string; message: string }[]) =>
  problems.map((p) => `${p.file}:${p.line ?? ""} ${p.field} ${p.severity} ${p.message}`);

test("a registry file gives name, kind, aliases, description, wikidata and its body; its slug is its file name", () => {
  const { entities, problems } = validateEntities([kim]);
  assert.equal(problems, []);
  assert.equal(
    entities.map(({ frontmatterLines: _lines, ...e }) => e),
    [{ file: "articles/entities/kim-jong-un.md", slug: "kim-jong-un", name: "Kim Jong Un", kind: "person", aliases: ["Kim Jong-un", "Kim Jong Eun"], description: "Leader of North Korea.", wikidata: "Q56226", matchCase: false, body: "Background.\n" }],
  );
});

test("a wrong kind, a malformed Wikidata identifier and an unknown field are named at their lines", () => {
  const bad = file("articles/entities/x.md", "---\nname: X\nkind: people\nwikidata: wd56226\nalias: [Y]\n---\n");
  const { entities, problems } = validateEntities([bad]);
  assert.equal(entities, []);
  assert.equal(shown(problems), [
    "articles/entities/x.md:5 alias warning unknown field: did you mean \"aliases\"?",
    'articles/entities/x.md:3 kind error unknown kind "people": write one of person, place, organization',
    "articles/entities/x.md:4 wikidata error must be a Wikidata identifier such as Q56226 (the Q-number at the end of its wikidata.org address)",
  ]);
});

test("a mistyped kind gets a did-you-mean, as an outlet's and an update's do", () => {
  const { entities, problems } = validateEntities([file("articles/entities/prabowo.md", "---\nname: Prabowo Subianto\nkind: persn\n---\n"), file("articles/entities/laos.md", "---\nname: Laos\nkind: Place\n---\n")]);
  assert.equal(entities, []);
  assert.equal(shown(problems), [
    'articles/entities/prabowo.md:3 kind error unknown kind "persn": did you mean kind: person?',
    'articles/entities/laos.md:3 kind error unknown kind "Place": did you mean kind: place?',
  ]);
});

test("every field's problem of a registry file shows in one run, each at its line, the names claimed by another file too", () => {
  const joko = file("articles/entities/joko-widodo.md", "---\nname: Joko Widodo\nkind: person\naliases: [Jokowi]\n---\n");
  const bad = file("articles/entities/presiden.md", "---\nname: Presiden\nkind: persn\naliases: [Pak Presiden, jokowi]\nwikidata: wd1\nmatch_case: yes\n---\n");
  const sameKindBadField = file("articles/entities/widodo.md", "---\nname: Widodo\nkind: person\naliases: [Joko Widodo]\nwikidata: Q0\n---\n");
  const { entities, problems, claims } = validateEntities([joko, bad, sameKindBadField]);
  assert.equal(entities.map((e) => e.file), ["articles/entities/joko-widodo.md"]);
  assert.equal(shown([...problems, ...entityConflicts(claims)]), [
    'articles/entities/presiden.md:3 kind error unknown kind "persn": did you mean kind: person?',
    "articles/entities/presiden.md:5 wikidata error must be a Wikidata identifier such as Q56226 (the Q-number at the end of its wikidata.org address)",
    "articles/entities/presiden.md:6 match_case error must be true or false, not a string",
    "articles/entities/widodo.md:5 wikidata error must be a Wikidata identifier such as Q56226 (the Q-number at the end of its wikidata.org address)",
    'articles/entities/presiden.md:4 aliases[2] error "jokowi" is already a name of Joko Widodo in articles/entities/joko-widodo.md: one name may stand for one entity only; remove it from one of the two files',
    'articles/entities/widodo.md:4 aliases[1] error "Joko Widodo" is already a name of Joko Widodo in articles/entities/joko-widodo.md: one name may stand for one person only; remove it from one of the two files',
  ]);
});

test("registry files are not articles: the validator neither reads them as articles nor complains about them", () => {
  const result = validateContent([kim], defaultSiteSettings);
  assert.equal(result.articles, []);
  assert.equal(result.problems, []);
});

test("an alias claimed by two entities is an error on the later file naming the earlier one", () => {
  const other = file("articles/entities/kim-jong-il.md", "---\nname: Kim Jong Il\nkind: person\naliases: [Kim, kim jong-un]\n---\n");
  const { entities } = validateEntities([kim, other]);
  assert.equal(shown(entityConflicts(entities)), [
    'articles/entities/kim-jong-il.md:4 aliases[2] error "kim jong-un" is already a name of Kim Jong Un in articles/entities/kim-jong-un.md: one name may stand for one person only; remove it from one of the two files',
  ]);
});

test("the same name registered under two kinds is an error naming both files", () => {
  const person = file("articles/entities/jakarta-person.md", "---\nname: Joko\nkind: person\naliases: [Jakarta]\n---\n");
  const { entities } = validateEntities([jakarta, person]);
  assert.equal(shown(entityConflicts(entities)), [
    'articles/entities/jakarta-person.md:4 aliases[1] error "Jakarta" is already registered as a place in articles/entities/jakarta.md, and this file makes it a person: keep it under one kind only',
  ]);
});

test("an alias that only restyles the entity's own name is no conflict", () => {
  const { entities } = validateEntities([kim, shoigu, jakarta]);
  assert.equal(entityConflicts(entities), []);
});

function article(text: string) {
  const topic = file("articles/topics/arms.md", "---\ntitle: Arms\n---\n", "topic");
  const result = validateContent([topic, file("articles/2023/2023-09-13-a.md", text, "article")], defaultSiteSettings);
  if (result.problems.length) throw new Error(shown(result.problems).join("\n"));
  return result.articles;
}

test("an unregistered name close to a registered name or alias gets a did-you-mean at its line; a far one and a spelling that folds are fine", () => {
  const articles = article("---\ntitle: T\ndate: 2023-09-13\ntopics: [arms]\nsource: Antara\npeople: [Kim Jong-Un, Sergei Shoygu, Joko Widodo]\nplaces: [Jakarta]\n---\n");
  const { entities } = validateEntities([kim, shoigu, jakarta]);
  assert.equal(shown(unregisteredEntityNames(articles, entities)), [
    'articles/2023/2023-09-13-a.md:6 people[2] warning "Sergei Shoygu" is not in the registry: did you mean "Sergei Shoigu" (articles/entities/sergei-shoigu.md)? If it is the same person, add it to aliases there',
  ]);
});

test("a name closest to an alias is told the registered name to write, not the alias", () => {
  const joko = file("articles/entities/joko-widodo.md", "---\nname: Joko Widodo\nkind: person\naliases: [Jokowi, Presiden Jokowi]\n---\n");
  const asean = file("articles/entities/asean.md", "---\nname: ASEAN\nkind: organization\naliases: [Association of Southeast Asian Nations]\n---\n");
  const articles = article("---\ntitle: T\ndate: 2023-09-13\ntopics: [arms]\nsource: Antara\npeople: [Presiden Jokowie]\norganizations: [Association of South-East Asian Nation]\n---\n");
  assert.equal(shown(unregisteredEntityNames(articles, validateEntities([joko, asean]).entities)), [
    'articles/2023/2023-09-13-a.md:6 people[1] warning "Presiden Jokowie" is not in the registry: did you mean "Joko Widodo" (articles/entities/joko-widodo.md)? If it is the same person, add it to aliases there',
    'articles/2023/2023-09-13-a.md:7 organizations[1] warning "Association of South-East Asian Nation" is not in the registry: did you mean "ASEAN" (articles/entities/asean.md)? If it is the same organization, add it to aliases there',
  ]);
});

test("each spelling of a slip is quoted as its article wrote it", () => {
  const articles = article("---\ntitle: T\ndate: 2023-09-13\ntopics: [arms]\nsource: Antara\npeople: [Sergei Shoygu, sergei shoygu]\n---\n");
  const { entities } = validateEntities([shoigu]);
  assert.equal(shown(unregisteredEntityNames(articles, entities)), [
    'articles/2023/2023-09-13-a.md:6 people[1] warning "Sergei Shoygu" is not in the registry: did you mean "Sergei Shoigu" (articles/entities/sergei-shoigu.md)? If it is the same person, add it to aliases there',
    'articles/2023/2023-09-13-a.md:6 people[2] warning "sergei shoygu" is not in the registry: did you mean "Sergei Shoigu" (articles/entities/sergei-shoigu.md)? If it is the same person, add it to aliases there',
  ]);
});

test("a registry changed between two checks (the dev server's saves) advises from the new one", () => {
  const articles = article("---\ntitle: T\ndate: 2023-09-13\ntopics: [arms]\nsource: Antara\npeople: [Sergei Shoygu]\n---\n");
  assert.is(unregisteredEntityNames(articles, validateEntities([shoigu]).entities).length, 1);
  const withAlias = file("articles/entities/sergei-shoigu.md", "---\nname: Sergei Shoigu\nkind: person\naliases: [Sergey Shoygu, Sergei Shoygu]\n---\n");
  assert.equal(unregisteredEntityNames(articles, validateEntities([withAlias]).entities), [], "the alias now registers the spelling");
  const moved = file("articles/entities/shoigu.md", "---\nname: Sergei Shoigu\nkind: person\n---\n");
  assert.match(shown(unregisteredEntityNames(articles, validateEntities([moved]).entities))[0]!, "(articles/entities/shoigu.md)");
});

test("a registered name listed under the wrong kind says which field it belongs in", () => {
  const articles = article("---\ntitle: T\ndate: 2023-09-13\ntopics: [arms]\nsource: Antara\norganizations: [jakarta]\n---\n");
  const { entities } = validateEntities([jakarta]);
  assert.equal(shown(unregisteredEntityNames(articles, entities)), [
    'articles/2023/2023-09-13-a.md:6 organizations[1] warning "jakarta" is registered as a place in articles/entities/jakarta.md: list it under places',
  ]);
});

test("another person with a similar name is no slip: Kim Jong Il is not Kim Jong Un, G20 not G7", () => {
  const g7 = file("articles/entities/g7.md", "---\nname: Group of Seven\nkind: organization\naliases: [G7 summit]\n---\n");
  const articles = article("---\ntitle: T\ndate: 2023-09-13\ntopics: [arms]\nsource: Antara\npeople: [Kim Jong Il]\norganizations: [G20 summit]\n---\n");
  assert.equal(unregisteredEntityNames(articles, validateEntities([kim, g7]).entities), []);
});

test("short names are not guessed at: Iran is not a slip for Iraq", () => {
  const iraq = file("articles/entities/iraq.md", "---\nname: Iraq\nkind: place\n---\n");
  const articles = article("---\ntitle: T\ndate: 2023-09-13\ntopics: [arms]\nsource: Antara\nplaces: [Iran]\n---\n");
  assert.equal(unregisteredEntityNames(articles, validateEntities([iraq]).entities), []);
});

test("people, places and organizations are checked like tags: a comma text says to write a list", () => {
  const topic = file("articles/topics/arms.md", "---\ntitle: Arms\n---\n", "topic");
  const result = validateContent([topic, file("articles/2023/2023-09-13-a.md", "---\ntitle: T\ndate: 2023-09-13\ntopics: [arms]\nsource: Antara\npeople: Kim Jong Un, Vladimir Putin\n---\n", "article")], defaultSiteSettings);
  assert.equal(shown(result.problems), ["articles/2023/2023-09-13-a.md:6 people error is one text with commas, not a list: write people: [Kim Jong Un, Vladimir Putin]"]);
});

test.run();
