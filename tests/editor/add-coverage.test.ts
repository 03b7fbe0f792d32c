import { test } from "uvu";
import * as assert from "uvu/assert";
import { addCoverage } from "../../src/editor/add-coverage.ts";

const reuters = { name: "Reuters", url: "https://example.org/kim", title: "Kim heads east", lang: "en", date: "2023-09-13" };

const withoutCoverage = `---
title: "Kim dan Putin bertemu"  # the headline as Antara wrote it
date: 2023-09-13
topics: [russia-dprk-arms-deal]
source: Antara
---
Isi artikel.
`;

test("no coverage yet: the list is added at the end of the frontmatter, every other line kept", () => {
  assert.equal(addCoverage(withoutCoverage, "a.md", reuters), {
    ok: true,
    text: `---
title: "Kim dan Putin bertemu"  # the headline as Antara wrote it
date: 2023-09-13
topics: [russia-dprk-arms-deal]
source: Antara
coverage:
  - name: "Reuters"
    url: "https://example.org/kim"
    title: "Kim heads east"
    lang: "en"
    date: "2023-09-13"
---
Isi artikel.
`,
  });
});

test("an existing list grows at its end, in its own indentation; comments and the next field stay where they were", () => {
  const text = `---
title: Kim dan Putin bertemu
coverage:
    # wires first
    - name: AFP
      url: https://example.org/afp
    - name: Yonhap   # Seoul
      url: https://example.org/yonhap

# the outlet we quote
source:
  name: Antara
---
Isi.
`;
  const added = addCoverage(text, "a.md", { name: "Reuters", title: "Kim heads east" });
  assert.equal(added, {
    ok: true,
    text: `---
title: Kim dan Putin bertemu
coverage:
    # wires first
    - name: AFP
      url: https://example.org/afp
    - name: Yonhap   # Seoul
      url: https://example.org/yonhap
    - name: "Reuters"
      title: "Kim heads east"

# the outlet we quote
source:
  name: Antara
---
Isi.
`,
  });
});

test("an empty list written [] becomes a list with the entry; quotes and backslashes in the title stay text", () => {
  const text = "---\ntitle: x\nsource: Antara\ncoverage: []   # to fill\n---\nIsi.\n";
  const added = addCoverage(text, "a.md", { name: "Reuters", title: 'He said "no" \\ twice' });
  assert.equal(added, { ok: true, text: '---\ntitle: x\nsource: Antara\ncoverage: # to fill\n  - name: "Reuters"\n    title: "He said \\"no\\" \\\\ twice"\n---\nIsi.\n' });
});

test("Windows line ends are kept", () => {
  const added = addCoverage("---\r\ntitle: x\r\nsource: Antara\r\n---\r\nIsi.\r\n", "a.md", { name: "AFP" });
  assert.equal(added, { ok: true, text: '---\r\ntitle: x\r\nsource: Antara\r\ncoverage:\r\n  - name: "AFP"\r\n---\r\nIsi.\r\n' });
});

test("refused: the article's own source, an outlet already listed (by its usual name), a one-line list, a broken file", () => {
  assert.equal(addCoverage(withoutCoverage, "articles/2023/a.md", { name: "Antara" }), {
    ok: false,
    error: "articles/2023/a.md: Antara is the article's source already, not other coverage: pass --source for another outlet",
  });
  const listed = "---\ntitle: x\nsource: Antara\ncoverage:\n  - name: REUTERS\n    url: https://example.org/r\n---\n";
  assert.equal(addCoverage(listed, "a.md", { name: "Reuters" }), { ok: false, error: 'a.md: Reuters is already in its coverage (as "REUTERS"): edit that entry instead' });
  const flow = "---\ntitle: x\nsource: Antara\ncoverage: [{ name: AFP }]\n---\n";
  assert.equal(addCoverage(flow, "a.md", reuters), {
    ok: false,
    error: "a.md: coverage is written on one line: write it as a list, one `- name: …` entry a line, to add to it",
  });
  const broken = addCoverage("no frontmatter here\n", "a.md", reuters);
  assert.ok(!broken.ok && broken.error.startsWith("a.md: ") && broken.error.endsWith("; fix the file first (npm run check)"), JSON.stringify(broken));
});

test.run();
