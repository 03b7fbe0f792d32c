import { quote } from "../text/index.ts";
import { fieldName } from "./field-name.ts";
import { fieldLine } from "./frontmatter.ts";
import type { Problem } from "./problems.ts";
import { slugify } from "./slug.ts";
import { unknownKindProblem } from "./suggest.ts";

export const outletKinds = ["wire", "newspaper", "broadcaster", "government", "other"] as const;

/** An outlet's registry file, `articles/sources/<slug>.md`: its names fold into one outlet page. */
export interface OutletSource {
  file: string;
  /** From the file name: the outlet's page is /sources/<slug>/. */
  slug: string;
  name: string;
  aliases: string[];
  url?: string;
  country?: string;
  lang?: string;
  kind?: (typeof outletKinds)[number];
  /** Markdown. */
  body: string;
  frontmatterLines: string[];
}

/** What is wrong with an outlet's `kind`, with a did-you-mean; undefined when it is one of outletKinds. */
export function outletKindProblem(kind: string): string | undefined {
  if ((outletKinds as readonly string[]).includes(kind)) return undefined;
  return unknownKindProblem(kind, outletKinds, `write one of ${outletKinds.join(", ")}`);
}

/** The spellings that name an outlet: its name, its aliases and its file's slug, as the addresses they make. */
type Named = Pick<OutletSource, "slug" | "name" | "aliases">;

/** The names an outlet file claims, read even when its other fields are wrong, so a clash shows with them. */
export type OutletClaim = Named & Pick<OutletSource, "file" | "frontmatterLines">;

const keysOf = (outlet: Named): { key: string; field: (string | number)[] }[] => [
  ...(outlet.slug ? [{ key: outlet.slug, field: ["name"] }] : []), // a file name with no letters or digits is its own error
  { key: slugify(outlet.name), field: ["name"] },
  ...outlet.aliases.map((alias, i) => ({ key: slugify(alias), field: ["aliases", i] })),
];

/** Which outlet each spelling (as its slug) belongs to; the first file in path order keeps a spelling two claim. */
export function outletByKey<T extends Named>(outlets: readonly T[]): Map<string, T> {
  const byKey = new Map<string, T>();
  for (const outlet of outlets) for (const { key } of keysOf(outlet)) if (!byKey.has(key)) byKey.set(key, outlet);
  return byKey;
}

/** A name or alias two outlet files claim would fold two outlets into one: an error naming both files. */
export function outletClashes(outlets: readonly OutletClaim[]): Problem[] {
  const owner = new Map<string, OutletClaim>();
  const problems: Problem[] = [];
  for (const outlet of outlets) {
    for (const { key, field } of keysOf(outlet)) {
      const first = owner.get(key);
      if (!first) owner.set(key, outlet);
      else if (first !== outlet) {
        const spelling = typeof field[1] === "number" ? outlet.aliases[field[1]]! : outlet.name;
        problems.push({
          file: outlet.file,
          line: fieldLine(outlet.frontmatterLines, field),
          column: 1,
          field: fieldName(field),
          message: `${quote(spelling)} already names the outlet in ${first.file}: keep each name and alias in one outlet's file`,
          severity: "error",
        });
      }
    }
  }
  return problems;
}
