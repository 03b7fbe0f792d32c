import { slugify } from "../content/index.ts";

// Kept across the dev server's rebuilds too: each save names the same tags, people and outlets again.
const slugs = new Map<string, string>();

/** `slugify` remembering its answers: a big site names the same tags, people and outlets thousands of times. */
export function cachedSlugify(): (text: string) => string {
  return (text) => {
    let slug = slugs.get(text);
    if (slug === undefined) slugs.set(text, (slug = slugify(text)));
    return slug;
  };
}
