import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import path from "node:path";
import { keptText } from "../../pages/index.ts";

const juiceOptions = { removeStyleTags: true, preserveMediaQueries: true, applyWidthAttributes: false, applyAttributesTableElements: false };
const require = createRequire(import.meta.url);

/**
 * The email template with its CSS moved into `style` attributes by juice, as mail clients want.
 * With a `cacheDir`, the result is kept there by a hash of the template's text, juice's version
 * and the options, so a build whose template did not change never loads juice (a few hundred
 * modules, ~0.1–0.3 s of a small site's build). An edited template is inlined afresh.
 */
export function inlineCss(template: string, cacheDir?: string): string {
  if (!cacheDir) return juiceTemplate(template);
  const juiceVersion = (require("juice/package.json") as { version: string }).version;
  const key = createHash("sha256").update(JSON.stringify([juiceVersion, juiceOptions])).update(template).digest("hex");
  const file = path.join(cacheDir, `email-${key}.njk`);
  return keptText(file, () => juiceTemplate(template));
}

function juiceTemplate(template: string): string {
  // Loaded only here: see inlineCss.
  const juice = require("juice") as typeof import("juice");
  // Juice keeps template code as it is (in text and in attributes) between these marks.
  juice.codeBlocks.NJK = { start: "{%", end: "%}" };
  juice.codeBlocks.NJK_COMMENT = { start: "{#", end: "#}" };
  return juice(template, juiceOptions);
}
