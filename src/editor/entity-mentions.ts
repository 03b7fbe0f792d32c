import { entityKinds, type EntitySource } from "../content/index.ts";

export type EntityLists = Record<"people" | "places" | "organizations", string[]>;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** One entity's names as one pattern: whole words (no letter or digit either side), any run of spaces between words. */
function namesPattern(entity: Pick<EntitySource, "name" | "aliases" | "matchCase">): RegExp {
  // Longest first, so "Kim Jong Un" is matched before a shorter alias inside it.
  const names = [entity.name, ...entity.aliases].sort((a, b) => b.length - a.length).map((name) => escapeRegExp(name.trim()).replace(/\s+/g, "\\s+"));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.join("|")})(?![\\p{L}\\p{N}])`, entity.matchCase ? "u" : "iu");
}

/**
 * The registered entities whose name or an alias occurs in `text`, as whole words (in any case,
 * unless the registry says `match_case`), by their registry names, each kind in the order the
 * text first names them: the one named first is usually the story's main one.
 */
export function entityMentions(text: string, entities: readonly Pick<EntitySource, "name" | "kind" | "aliases" | "matchCase">[]): EntityLists {
  const found = entities.flatMap((entity) => {
    const at = text.search(namesPattern(entity));
    return at === -1 ? [] : [{ entity, at }];
  });
  found.sort((a, b) => a.at - b.at);
  const lists: EntityLists = { people: [], places: [], organizations: [] };
  for (const { entity } of found) lists[entityKinds[entity.kind]].push(entity.name);
  return lists;
}
