import { distance } from "fastest-levenshtein";
import { quote } from "../text/index.ts";
import { fieldName } from "./field-name.ts";
import { fieldLine } from "./frontmatter.ts";
import { outletByKey, type OutletSource } from "./outlets.ts";
import type { Problem } from "./problems.ts";
import { slugify } from "./slug.ts";
import { closestMatch } from "./suggest.ts";
import type { ArticleSource } from "./validate.ts";

/**
 * An outlet name no registry file knows, but close to one that does ("Reutres"): probably a typo,
 * which would give the outlet a second page. A name that only begins another ("BBC", "BBC News") is not one.
 */
export function unregisteredOutletNames(articles: readonly ArticleSource[], outlets: readonly OutletSource[]): Problem[] {
  if (!outlets.length) return [];
  const byKey = outletByKey(outlets);
  const spellings = outlets.flatMap((outlet) => [outlet.name, ...outlet.aliases]);
  const problems: Problem[] = [];
  for (const article of articles) {
    const named = [{ name: article.source.name, field: ["source", "name"] as (string | number)[] }, ...(article.coverage ?? []).map((c, i) => ({ name: c.name, field: ["coverage", i, "name"] }))];
    for (const { name, field } of named) {
      if (byKey.has(slugify(name))) continue;
      const guess = closestMatch(name, spellings);
      if (!guess || distance(name.toLowerCase(), guess.toLowerCase()) > Math.max(2, Math.floor(name.length / 3))) continue;
      // The nearest spelling may be an alias ("ANTARA"): the editor is told the registered name, which every alias folds into.
      const outlet = byKey.get(slugify(guess))!;
      problems.push({
        file: article.file,
        line: fieldLine(article.frontmatterLines, field),
        column: 1,
        field: fieldName(field),
        message: `${quote(name)} is not a registered outlet: did you mean ${quote(outlet.name)} (${outlet.file})?`,
        severity: "warning",
      });
    }
  }
  return problems;
}
