/**
 * URL-safe slug: ASCII letters, digits and single hyphens. Accents are folded
 * ("Niño" → "nino") so Indonesian and other Latin-script titles keep their words.
 */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['\u2019]/g, "") // ’ written as an escape: the commands' bundle stays ASCII (src/cli/launch.mjs)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** Default article slug from its file name: `2023-09-13-kim-meets-putin.md` → `kim-meets-putin`. */
export function slugFromFileName(fileName: string): string {
  const stem = fileName.replace(/\.md$/i, "").replace(/^\d{4}-\d{2}-\d{2}-/, "");
  return slugify(stem);
}

/** True when `text` is already a slug `slugify` would produce. */
export function isSlug(text: string): boolean {
  return text.length > 0 && slugify(text) === text;
}

/** Longest slug: a page's folder name, well under file systems' 255-byte limit, and a readable address. */
export const maxSlugLength = 100;

/** A shorter slug to suggest for a long one: its first words, up to 60 characters. */
export function shorterSlug(slug: string): string {
  if (slug.length <= 60) return slug;
  const cut = slug.slice(0, 61);
  const lastHyphen = cut.lastIndexOf("-");
  return lastHyphen > 0 ? cut.slice(0, lastHyphen) : slug.slice(0, 60);
}
