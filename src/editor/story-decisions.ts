import { detectLanguage, languageNames } from "./detect-language.ts";
import { maxTitleLength, titleFromFirstSentence } from "./first-sentence.ts";
import { guessedHeadlineNotes, removedNotes, splitNote } from "./import-notes.ts";
import type { EditorContext } from "./new-article.ts";
import { outletFromDateline, type OutletAliases } from "./outlet-names.ts";
import { storyDate } from "./story-date.ts";
import { parseStory, type Story } from "./story.ts";
import { quote } from "../text/index.ts";

/** What the editor said on the command line about a pasted story; unset fields are read from the story. */
export interface StoryFlags {
  /** The story as pasted: one paragraph per line, or all on one line. */
  text: string;
  title?: string;
  date?: string;
  lang?: string;
  source?: string;
}

export type StoryContext = Pick<EditorContext, "now" | "timeZone"> & { siteLang: string; outlets?: OutletAliases };

export interface StoryDecisions {
  story: Story;
  source: string;
  title: string;
  lang: string;
  /**
   * The editor's `--date`, or the story's own day (to the minute, with its offset, when the page's
   * date line gives the time); undefined when neither is there.
   */
  date?: string;
  /** One line for each thing decided for the editor, and for what was taken out of the text. */
  notes: string[];
}

/**
 * Reads a pasted story and decides what the editor did not say: the source from the dateline,
 * the language, the title from the headline line (or a first sentence short enough), the date
 * from the dateline, the page's date line (to the minute when it gives the time) or the text.
 * `noDate` is the note for a story without a date.
 */
export function decideStory(input: StoryFlags, context: StoryContext, noDate: (now: string) => string): StoryDecisions | { error: string } {
  const story = parseStory(input.text, context.outlets);
  const first = story.paragraphs[0];
  if (first === undefined) return { error: "the story is empty: paste its text, one paragraph per line" };
  const notes: string[] = [];

  let source = input.source;
  if (source === undefined) {
    const outlet = story.dateline?.outlet ?? story.bylineOutlet;
    if (outlet === undefined) {
      return {
        error: story.dateline?.place
          ? `the dateline names a place (${story.dateline.place}) but no outlet: pass --source "Outlet"`
          : 'no dateline names the outlet (such as "PIKIRAN RAKYAT – " before the first paragraph): pass --source "Outlet"',
      };
    }
    source = outletFromDateline(outlet, context.outlets);
    notes.push(`Source taken from the ${story.dateline?.outlet ? "dateline" : "byline"}: ${source}; pass --source to change it`);
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
    const found = storyDate(story.dateline?.day, story.paragraphs, today, story.dateLines);
    if (found) {
      date = found.time ?? found.day;
      notes.push(`Date taken from ${found.from}: ${date} (${quote(found.written)}); pass --date to change it`);
    } else {
      notes.push(noDate(today.toFormat("yyyy-MM-dd'T'HH:mm")));
    }
  }

  notes.push(...removedNotes(story.removed, story.relatedHeadlines.length), ...guessedHeadlineNotes(story.guessedHeadlines), ...splitNote(story.split));
  return { story, source, title, lang, ...(date === undefined ? {} : { date }), notes };
}
