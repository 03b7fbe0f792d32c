import nunjucks from "nunjucks";
import { readFileSync } from "node:fs";
import path from "node:path";
import { wordsFor } from "../../settings/index.ts";
import type { EmailEdition } from "./edition.ts";
import { inlineCss } from "./inline-css.ts";

/** The email HTML of an edition: `email/edition.njk` with its CSS inlined. */
export type EmailTemplates = (edition: EmailEdition) => string;

/**
 * The template `email/edition.njk` from `folder` (the site's `layouts/_includes`), with its CSS
 * moved into `style` attributes once (see inline-css.ts; `cacheDir` keeps the result between
 * builds) — not once per day, which would cost a parse of every day's email. The dark-colour
 * @media rules stay in a <style>. Rendered by Nunjucks with autoescape on.
 */
export function emailTemplates(folder: string, cacheDir?: string): EmailTemplates {
  const file = path.join(path.resolve(folder), "email/edition.njk");
  const inlined = inlineCss(readFileSync(file, "utf8"), cacheDir);
  const env = new nunjucks.Environment(new nunjucks.FileSystemLoader(path.resolve(folder)), { autoescape: true });
  const template = nunjucks.compile(inlined, env, file);
  return (edition) => template.render({ edition, words: wordsFor(edition.lang) });
}
