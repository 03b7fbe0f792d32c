/**
 * URL-safe slug: ASCII letters, digits and single hyphens. Accents are folded
 * ("Niño" → "nino") so Indonesian and other Latin-script titles keep their words.
 */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’]/g, "")
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
