import { slugify } from "./slug.ts";
import { closestMatch } from "./suggest.ts";
import { quote } from "../text/index.ts";

export interface TopicRef {
  slug: string;
  title: string;
}

/**
 * The topic slugs `names` stand for, found the way the validator finds them (a slug, a title in
 * any case, or a title's slug), in order and without repeats. An unknown name fails with the
 * validator's own words and suggestion.
 */
export function resolveTopics(names: string[], topics: TopicRef[]): { slugs: string[] } | { error: string } {
  if (names.length === 0) {
    const known = topics.map((t) => t.slug);
    return { error: `--topic is missing: name at least one topic${known.length ? ` (known: ${known.join(", ")})` : ""}` };
  }
  const candidates = topics.flatMap((t) => [t.slug, t.title]);
  const slugs: string[] = [];
  for (const raw of names) {
    const name = raw.trim();
    if (!name) return { error: "--topic is empty: give a topic's slug or title" };
    const topic =
      topics.find((t) => t.slug === name) ??
      topics.find((t) => t.title.toLowerCase() === name.toLowerCase()) ??
      topics.find((t) => t.slug === slugify(name));
    if (!topic) {
      const guess = closestMatch(name, candidates);
      return { error: `unknown topic ${quote(name)}${guess ? `: did you mean ${quote(guess)}?` : ": add articles/topics/<slug>.md or use an existing topic"}` };
    }
    if (!slugs.includes(topic.slug)) slugs.push(topic.slug);
  }
  return { slugs };
}
