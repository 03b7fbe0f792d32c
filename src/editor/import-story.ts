import { detectLanguage, languageNames } from "./detect-language.ts";
import { titleFromFirstSentence } from "./first-sentence.ts";
import { markdownParagraphs } from "./markdown-paragraphs.ts";
import { newArticle, type EditorContext } from "./new-article.ts";
import { parseStory } from "./story.ts";
import { outletName } from "./title-case.ts";

export interface ImportInput {
  /** The story as pasted: one paragraph per line. */
  text: string;
  topics: string[];
  title?: string;
  date?: string;
  url?: string;
  lang?: string;
  source?: string;
  /** Registered people, places and organisations the text names (editor/entity-mentions.ts). */
  entities?: Record<"people" | "places" | "organizations", string[]>;
}

export type ImportResult = { ok: true; file: string; text: string; notes: string[] } | { ok: false; error: string };

/**
 * A pasted story as a new article: the dateline names the source, "read also" lines become
 * `related_headlines`, the language is detected and the first sentence gives the title, unless
 * the editor said otherwise. `notes` tell the editor what was decided for them.
 */
export function importStory(input: ImportInput, context: EditorContext & { siteLang: string }): ImportResult {
  const story = parseStory(input.text);
  const first = story.paragraphs[0];
  if (first === undefined) return { ok: false, error: "the story is empty: paste its text, one paragraph per line" };
  const notes: string[] = [];

  let source = input.source;
  if (source === undefined) {
    if (!story.dateline) {
      return { ok: false, error: 'no dateline names the outlet (such as "PIKIRAN RAKYAT – " before the first paragraph): pass --source "Outlet"' };
    }
    source = outletName(story.dateline.outlet);
    notes.push(`Source taken from the dateline: ${source}; pass --source to change it`);
  }

  let lang = input.lang;
  if (lang === undefined) {
    const detected = detectLanguage(story.paragraphs.join("\n"));
    lang = detected ?? context.siteLang;
    notes.push(
      detected
        ? `Language detected: ${detected} (${languageNames[detected]}); pass --lang to change it`
        : `Language not recognised as Indonesian or English: using the site's, ${lang}; pass --lang to change it`,
    );
  }

  let title = input.title;
  if (title === undefined) {
    title = titleFromFirstSentence(first).title;
    notes.push(`Title taken from the first sentence: ${title}; pass --title to change it`);
  }

  if (story.readAlsoLines) {
    const lines = story.readAlsoLines === 1 ? `1 "read also" line` : `${story.readAlsoLines} "read also" lines`;
    const kept = story.relatedHeadlines.length === 1 ? "1 headline" : `${story.relatedHeadlines.length} headlines`;
    notes.push(`Removed ${lines} from the text; ${kept} kept as related_headlines`);
  }

  const named = Object.values(input.entities ?? {}).flat();
  if (named.length) notes.push(`Named in the text, from the registry: ${named.join(", ")}; edit people, places and organizations to change it`);
  const made = newArticle(
    { title, topics: input.topics, source, url: input.url, lang, date: input.date, relatedHeadlines: story.relatedHeadlines, entities: input.entities, body: markdownParagraphs(story.paragraphs) },
    context,
  );
  return made.ok ? { ...made, notes } : made;
}
