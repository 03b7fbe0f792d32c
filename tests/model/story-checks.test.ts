// What `npm run check` says across files about coverage, updates and outlets.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { DateTime } from "luxon";
import { checkSite } from "../../src/model/check-site.ts";
import { defaultSiteSettings } from "../../src/settings/site.ts";
import { tempFolder } from "../helpers/temp-folder.ts";

function folder(files: Record<string, string>): string {
  const dir = tempFolder("digest-story-check-");
  for (const [name, text] of Object.entries({ "topics/t.md": "---\ntitle: T\n---\n", ...files })) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}
const article = (date: string, extra = "", source = "source:\n  name: Antara\n") => `---\ntitle: A story\ndate: "${date}"\ntopics: [t]\n${source}${extra}---\nBody.\n`;
const now = DateTime.fromISO("2024-01-01T00:00:00+07:00");
const problemsIn = async (files: Record<string, string>) => {
  const dir = folder(files);
  const { problems } = await checkSite(defaultSiteSettings, { articlesDir: dir, projectRoot: dir, now });
  return problems.map((p) => `${p.file}:${p.line} ${p.field} ${p.severity} ${p.message}`);
};

test("a URL that is one article's coverage and another's source is a warning naming both files", async () => {
  assert.equal(
    await problemsIn({
      "2023/2023-09-05-a.md": article("2023-09-05", "", "source:\n  name: Reuters\n  url: https://www.reuters.com/story\n"),
      "2023/2023-09-06-b.md": article("2023-09-06", "coverage:\n  - name: Kompas\n    url: https://www.kompas.com/k\n  - name: Reuters\n    url: https://www.reuters.com/story/\n"),
    }),
    ["2023/2023-09-06-b.md:11 coverage[2].url warning https://www.reuters.com/story/ is also the source or coverage of 2023/2023-09-05-a.md: probably the same story written twice; keep one article"],
  );
});

test("the same coverage URL in two articles is a warning; within one article it is not", async () => {
  const coverage = "coverage:\n  - name: Kompas\n    url: https://www.kompas.com/k\n";
  assert.equal(
    await problemsIn({
      "2023/2023-09-05-a.md": article("2023-09-05", coverage, "source:\n  name: Kompas\n  url: https://www.kompas.com/k\n"),
      "2023/2023-09-06-b.md": article("2023-09-06", coverage),
    }),
    ["2023/2023-09-06-b.md:9 coverage[1].url warning https://www.kompas.com/k is also the source or coverage of 2023/2023-09-05-a.md: probably the same story written twice; keep one article"],
  );
});

test("an update after now is a warning that it is held back", async () => {
  assert.equal(await problemsIn({ "2023/2023-09-05-a.md": article("2023-09-05", 'updates:\n  - date: "2024-02-01T10:00"\n    kind: update\n    note: Later.\n') }), [
    "2023/2023-09-05-a.md:8 updates[1].date warning 2024-02-01T10:00:00+07:00 is in the future: the update is held back until then (build with --scheduled to include it)",
  ]);
});

test("an unregistered outlet close to a registered name or alias gets a did-you-mean of its registered name; a different outlet does not", async () => {
  const registry = { "sources/reuters.md": "---\nname: Reuters\naliases: [Thomson Reuters]\n---\n", "sources/antara.md": "---\nname: Antara\naliases: [Antara News]\n---\n" };
  assert.equal(
    await problemsIn({
      ...registry,
      "2023/2023-09-05-a.md": article("2023-09-05", "coverage:\n  - name: Antara Nwes\n    url: https://x.example/1\n  - name: Kompas\n    url: https://x.example/2\n  - name: ANTARA\n    url: https://x.example/3\n", "source: Reutres\n"),
    }),
    [
      '2023/2023-09-05-a.md:5 source.name warning "Reutres" is not a registered outlet: did you mean "Reuters" (sources/reuters.md)?',
      '2023/2023-09-05-a.md:7 coverage[1].name warning "Antara Nwes" is not a registered outlet: did you mean "Antara" (sources/antara.md)?',
    ],
  );
});

test("a note whose Markdown would stall the renderer is an error at its line", async () => {
  const deep = `${"> ".repeat(40)}x`;
  const problems = await problemsIn({ "2023/2023-09-05-a.md": article("2023-09-05", `updates:\n  - date: "2023-09-06"\n    kind: update\n    note: "${deep}"\n`) });
  assert.equal(problems, ["2023/2023-09-05-a.md:10 updates[1].note error lists or block quotes are nested 17 levels deep here; at most 16 are allowed: flatten them"]);
});

test.run();
