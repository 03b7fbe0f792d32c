import { quote } from "../text/index.ts";
import { closestMatch } from "./suggest.ts";

// Articles share a handful of tags, and Intl's answers cost far more than a look-up: each tag is
// worked out once. Safe process-wide: the answer depends on the tag alone; bounded.
const canonicalByTag = new Map<string, string | undefined>();

/** The canonical form of a BCP 47 tag (`in` → `id`, `en-us` → `en-US`), or undefined when it is not one. */
export function canonicalLanguageTag(tag: string): string | undefined {
  if (canonicalByTag.has(tag)) return canonicalByTag.get(tag);
  if (canonicalByTag.size === 1000) canonicalByTag.clear();
  const canonical = canonicalOf(tag);
  canonicalByTag.set(tag, canonical);
  return canonical;
}

function canonicalOf(tag: string): string | undefined {
  let canonical: string[];
  try {
    canonical = Intl.getCanonicalLocales(tag.trim());
  } catch {
    return undefined;
  }
  // `english` is well-formed (a language subtag may have 5–8 letters) but names no language.
  const language = canonical.length === 1 ? canonical[0]!.split("-")[0]! : undefined;
  return language && englishNames().of(language) ? canonical[0] : undefined;
}

// Built once: a DisplayNames costs more to make than many look-ups (immutable, so safe to share).
let english: Intl.DisplayNames | undefined;
const englishNames = () => (english ??= new Intl.DisplayNames(["en"], { type: "language", fallback: "none" }));

// Every two-letter code Intl can name: editors write language names, not codes.
const letters = "abcdefghijklmnopqrstuvwxyz";
function languageCodesByName(): Map<string, string> {
  const byName = new Map<string, string>();
  // English and Indonesian names: the digest's editors write in either.
  for (const language of ["en", "id"]) {
    const names = new Intl.DisplayNames([language], { type: "language", fallback: "none" });
    for (const a of letters) for (const b of letters) {
      const name = names.of(a + b);
      if (name && !byName.has(name.toLowerCase())) byName.set(name.toLowerCase(), a + b);
    }
  }
  return byName;
}

/** Why `tag` is no language tag, with the code the editor likely meant (`indonesian` → `id`). */
export function languageTagError(tag: string): string {
  const byName = languageCodesByName();
  const name = tag.trim().toLowerCase();
  const guess = byName.get(name) ?? byName.get(closestMatch(name, byName.keys()) ?? "");
  return `${quote(tag)} is not a language code${guess ? `: did you mean lang: ${guess}?` : ": use a BCP 47 tag such as id or en"}`;
}

/** A warning for a valid but outdated or oddly written tag (`in` → `id`), else undefined. */
export function outdatedLanguageTag(tag: string): string | undefined {
  const canonical = canonicalLanguageTag(tag);
  if (!canonical || canonical.toLowerCase() === tag.trim().toLowerCase()) return undefined;
  const name = englishNames().of(canonical);
  return `${quote(tag.trim())} is an old code${name ? ` for ${name}` : ""}: use lang: ${canonical}`;
}
