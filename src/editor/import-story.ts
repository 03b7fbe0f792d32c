import { detectLanguage, languageNames } from "./detect-language.ts";
import { maxTitleLength, titleFromFirstSentence } from "./first-sentence.ts";
import { removedNotes, splitNote } from "./import-notes.ts";
import { markdownParagraphs } from "./markdown-paragraphs.ts";
import { newArticle, type EditorContext } from "./new-article.ts";
import { outletFromDateline, type OutletAliases } from "./outlet-names.ts";
import { storyDate } from "./story-date.ts";
import { parseStory } from "./story.ts";
import { quote } from "../text/index.ts";

export interface ImportInput {
  /** The story as pasted: one paragraph per line, or all on one line. */
  text: string;
  topics: string[];
  title?: string;
  date?: string;
  url?: string;
  lang?: string;
  source?: string;
}

export type ImportResult = { ok: true; file: string; text: string; notes: string[] } | { ok: false; error: string };

/**
 * A pasted story as a new article: the dateline names the source, the headline line (or a short
 * first sentence) gives the title, a date in the dateline or the text dates it, "read also" lines
 * become `related_headlines` and the page's furniture leaves the text, unless the editor said
 * otherwise. `notes` tell the editor what was decided for them. `outlets` extends the built-in
 * table of outlets' usual names.
 */
export function importStory(input: ImportInput, context: EditorContext & { siteLang: string; outlets?: OutletAliases }): ImportResult {
  const story = parseStory(input.text, context.outlets);
  const first = story.paragraphs[0];
  if (first === undefined) return { ok: false, error: "the story is empty: paste its text, one paragraph per line" };
  const notes: string[] = [];

  let source = input.source;
  if (source === undefined) {
    const outlet = story.dateline?.outlet;
    if (outlet === undefined) {
      return {
        ok: false,
        error: story.dateline?.place
          ? `the dateline names a place (${story.dateline.place}) but no outlet: pass --source "Outlet"`
          : 'no dateline names the outlet (such as "PIKIRAN RAKYAT – " before the first paragraph): pass --source "Outlet"',
      };
    }
    source = outletFromDateline(outlet, context.outlets);
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
  if (title === undefined && story.headline !== undefined) {
    title = story.headline;
    notes.push(`Title taken from the headline: ${title}; pass --title to change it`);
  } else if (title === undefined) {
    const fromSentence = titleFromFirstSentence(first);
    title = fromSentence.title;
    notes.push(
      fromSentence.fits
        ? `Title taken from the first sentence: ${title}; pass --title to change it`
        : `warning: the first sentence is too long for a title (${fromSentence.length} characters, at most ${maxTitleLength}): used its first words as the title: ${title}; pass --title with the story's headline`,
    );
  }

  let date = input.date;
  if (date === undefined) {
    const today = context.now.setZone(context.timeZone);
    const found = storyDate(story.dateline?.day, [...story.dateLines, ...story.paragraphs], today);
    if (found) {
      date = found.day;
      notes.push(`Date taken from ${found.from}: ${found.day} (${quote(found.written)}); pass --date to change it`);
    } else {
      notes.push(`No date found in the story: used now, ${today.toFormat("yyyy-MM-dd'T'HH:mm")}; pass --date with the day it was published`);
    }
  }

  notes.push(...removedNotes(story.removed, story.relatedHeadlines.length), ...splitNote(story.split));

  const made = newArticle(
    { title, topics: input.topics, source, url: input.url, lang, date, relatedHeadlines: story.relatedHeadlines, body: markdownParagraphs(story.paragraphs) },
    context,
  );
  return made.ok ? { ...made, notes } : made;
}
