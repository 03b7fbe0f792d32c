import { markdownParagraphs } from "./markdown-paragraphs.ts";
import { newArticle, type EditorContext } from "./new-article.ts";
import { decideStory, type StoryContext, type StoryFlags } from "./story-decisions.ts";

export interface ImportInput extends StoryFlags {
  topics: string[];
  url?: string;
  /** Registered people, places and organisations the text names (editor/entity-mentions.ts). */
  entities?: Record<"people" | "places" | "organizations", string[]>;
}

export type ImportResult = { ok: true; file: string; text: string; notes: string[] } | { ok: false; error: string };

/**
 * A pasted story as a new article: the dateline names the source, the headline line (or a short
 * first sentence) gives the title, a date in the dateline or the text dates it, "read also" lines
 * become `related_headlines` and the page's furniture leaves the text, unless the editor said
 * otherwise. `notes` tell the editor what was decided for them. `outlets` extends the built-in
 * table of outlets' usual names. A story without a date is dated now, and the notes say so.
 */
export function importStory(input: ImportInput, context: EditorContext & StoryContext): ImportResult {
  const decided = decideStory(input, context, (now) => `No date found in the story: used now, ${now}; pass --date with the day it was published`);
  if ("error" in decided) return { ok: false, error: decided.error };
  const { story, source, title, lang, date, notes } = decided;
  const named = Object.values(input.entities ?? {}).flat();
  if (named.length) notes.push(`Named in the text, from the registry: ${named.join(", ")}; edit people, places and organizations to change it`);
  const made = newArticle(
    { title, topics: input.topics, source, url: input.url, lang, date, relatedHeadlines: story.relatedHeadlines, entities: input.entities, body: markdownParagraphs(story.paragraphs) },
    context,
  );
  return made.ok ? { ...made, notes } : made;
}
