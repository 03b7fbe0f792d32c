// What `npm run check` says about the registry files (sources/, entities/) and the names articles give them.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { DateTime } from "luxon";
import { compareProblems } from "../../src/content/problems.ts";
import { checkSite } from "../../src/model/check-site.ts";
import { defaultSiteSettings } from "../../src/settings/site.ts";
import { tempFolder } from "../helpers/temp-folder.ts";

const sample = (name: string) => readFileSync(path.resolve(import.meta.dirname, "../../articles", name), "utf8");

function folder(files: Record<string, string>): string {
  const dir = tempFolder("digest-registry-check-");
  for (const [name, text] of Object.entries({ "topics/t.md": "---\ntitle: T\n---\n", ...files })) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}
const article = (extra: string) => `---\ntitle: A story\ndate: "2023-09-05"\ntopics: [t]\n${extra}---\nBody.\n`;
const problemsIn = async (files: Record<string, string>) => {
  const dir = folder(files);
  const { problems } = await checkSite(defaultSiteSettings, { articlesDir: dir, projectRoot: dir, now: DateTime.fromISO("2024-01-01T00:00:00+07:00") });
  // In the order npm run check prints them: by file, then line.
  return [...problems].sort(compareProblems).map((p) => `${p.file}:${p.line} ${p.field} ${p.severity} ${p.message}`);
};

test("a name nearest an alias (ANTARA, Presiden Jokowi) is told the outlet's or entity's registered name", async () => {
  assert.equal(
    await problemsIn({
      "sources/antara.md": sample("sources/antara.md"),
      "entities/joko-widodo.md": sample("entities/joko-widodo.md"),
      "2023/2023-09-05-a.md": article("source: Antaar\ncoverage:\n  - name: Antara Newz\n    url: https://x.example/1\npeople: [Presiden Jokowie]\n"),
    }),
    [
      '2023/2023-09-05-a.md:5 source.name warning "Antaar" is not a registered outlet: did you mean "Antara" (sources/antara.md)?',
      '2023/2023-09-05-a.md:7 coverage[1].name warning "Antara Newz" is not a registered outlet: did you mean "Antara" (sources/antara.md)?',
      '2023/2023-09-05-a.md:9 people[1] warning "Presiden Jokowie" is not in the registry: did you mean "Joko Widodo" (entities/joko-widodo.md)? If it is the same person, add it to aliases there',
    ],
  );
});

test("every problem of a registry file is listed in one run, each at its field's line", async () => {
  assert.equal(
    await problemsIn({
      "sources/antara.md": sample("sources/antara.md"),
      "sources/kompas.md": "---\nname: Kompas\naliases: [Harian Kompas, Antara News]\nurl: kompas.com\nkind: newpaper\n---\nA daily.\n",
      "entities/joko-widodo.md": sample("entities/joko-widodo.md"),
      "entities/prabowo.md": "---\nname: Prabowo Subianto\nkind: persn\naliases: [Prabowo, Jokowi]\nwikidata: wd123\n---\n",
    }),
    [
      'entities/prabowo.md:3 kind error unknown kind "persn": did you mean kind: person?',
      'entities/prabowo.md:4 aliases[2] error "Jokowi" is already a name of Joko Widodo in entities/joko-widodo.md: one name may stand for one entity only; remove it from one of the two files',
      "entities/prabowo.md:5 wikidata error must be a Wikidata identifier such as Q56226 (the Q-number at the end of its wikidata.org address)",
      'sources/kompas.md:3 aliases[2] error "Antara News" already names the outlet in sources/antara.md: keep each name and alias in one outlet\'s file',
      'sources/kompas.md:4 url error has no http:// or https://: did you mean "https://kompas.com/"?',
      'sources/kompas.md:5 kind error unknown kind "newpaper": did you mean kind: newspaper?',
    ],
  );
});

test.run();
