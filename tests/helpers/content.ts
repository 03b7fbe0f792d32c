// Shared by the editor-command tests: a throwaway articles folder, and the validator's verdict on a file.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { contentFile as contentFileOf, type ContentFile } from "../../src/content/load.ts";
import { parseContentFile } from "../../src/content/frontmatter.ts";
import { defaultSiteSettings } from "../../src/settings/site.ts";
import { validateContent } from "../../src/content/validate.ts";
import { tempFolder } from "./temp-folder.ts";

export const topicTexts: Record<string, string> = {
  "topics/asean-summit-jakarta-2023.md": '---\ntitle: "ASEAN Summit in Jakarta 2023"\n---\nBackground.\n',
  "topics/el-nino-drought-indonesia.md": '---\ntitle: "El Niño and drought in Indonesia"\n---\nBackground.\n',
  "topics/russia-dprk-arms-deal.md": "---\ntitle: Russia–DPRK arms deal\n---\n",
};

/** A temporary articles folder holding `files` (path → text); by default the three topics. */
export function articlesFolder(files: Record<string, string> = topicTexts): string {
  const dir = tempFolder("digest-editor-");
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

export function contentFile(file: string, text: string): ContentFile {
  const parsed = parseContentFile(new TextEncoder().encode(text));
  if ("message" in parsed) throw new Error(`${file}: ${parsed.message}`);
  return contentFileOf(file, file.includes("/topics/") || file.startsWith("topics/") ? "topic" : "article", parsed);
}

const topicFiles = () => Object.entries(topicTexts).map(([name, text]) => contentFile(`articles/${name}`, text));

/** Every problem the validator finds in an article's text (with the three topics around it). */
export function validationProblems(text: string, file = "articles/2023/2023-09-05-new.md"): string[] {
  const result = validateContent([...topicFiles(), contentFile(file, text)], defaultSiteSettings);
  return result.problems.map((p) => `${p.field}: ${p.message}`);
}

/** The validated article in `text`, which must have no problems. */
export function validArticle(text: string, file = "articles/2023/2023-09-05-new.md") {
  const result = validateContent([...topicFiles(), contentFile(file, text)], defaultSiteSettings);
  if (result.problems.length) throw new Error(result.problems.map((p) => `${p.field}: ${p.message}`).join("\n"));
  return result.articles[0]!;
}

export function read(file: string): string {
  return readFileSync(file, "utf8");
}
