import { maxSlugLength, shorterSlug, slugify, topicPlaceholder } from "../content/index.ts";
import { markdownDocument } from "./markdown-document.ts";
import { topicFilePath } from "./paths.ts";
import type { NewFile } from "./new-article.ts";
import { quote } from "../text/index.ts";



/** `<articles>/topics/<slug>.md` with the title, an optional summary and a placeholder background. */
export function newTopic(input: { title?: string; summary?: string }, articlesDir: string): NewFile {
  const title = input.title?.trim();
  if (!title) return { ok: false, error: 'the topic\'s title is missing: npm run new -- --topic-file "Title"' };
  const full = slugify(title);
  // A headline-long slug would pass no check: the file is named after its first words instead.
  const slug = full.length > maxSlugLength ? shorterSlug(full) : full;
  if (!slug) return { ok: false, error: `the title ${quote(title)} gives no usable file name: use letters or digits in it` };
  if (input.summary !== undefined && !input.summary.trim()) return { ok: false, error: "--summary is empty: leave it out or give a value" };
  const fields: Record<string, unknown> = { title };
  if (input.summary) fields.summary = input.summary.trim();
  return { ok: true, file: topicFilePath(articlesDir, slug), text: markdownDocument(fields, topicPlaceholder) };
}
