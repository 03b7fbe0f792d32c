import type { NunjucksEnvironment } from "../eleventy-types.ts";

/** The template data every list item sees besides its article: the same objects on every page of a build. */
export interface ItemGlobals {
  site: object;
  words: object;
}

/** Nunjucks passes `name=value` arguments as a last object marked `__keywords`. */
type Keywords = { showDay?: unknown; showTopics?: unknown; __keywords?: true };
type Macro = (article: object, level: number, keywords: Keywords) => unknown;

/**
 * The `articleItem` filter: `{{ article | articleItem(4, showTopics=true) }}` is the macro
 * `articleItem(article, 4, showTopics=true)` of macros.njk, called once per article and
 * arguments a build. A big site lists each article on several pages (its day, topics, tags,
 * outlet, people…), identically; the macro's HTML is kept and given again.
 * The HTML is keyed by the model's article object: every build (each dev server rebuild too)
 * makes new ones, so no HTML outlives the model it was made from; and it is made by the macro
 * of the macros.njk Nunjucks has loaded now, so a saved template is never served from before.
 */
export function articleItemFilter(environment: NunjucksEnvironment, globals: ItemGlobals) {
  const cache = new WeakMap<object, Map<string, unknown>>();
  let loaded: { template: object; articleItem: Macro } | undefined;
  const macro = (): Macro => {
    const template = environment.getTemplate("macros.njk");
    if (loaded?.template !== template) {
      let exported: Record<string, unknown> | undefined;
      let failure: unknown;
      // Synchronous: the macros' file only defines macros.
      template.getExported(globals, (error, macros) => ((failure = error), (exported = macros)));
      if (failure || typeof exported?.articleItem !== "function") throw failure ?? new Error("macros.njk has no articleItem macro");
      loaded = { template, articleItem: exported.articleItem as Macro };
    }
    return loaded.articleItem;
  };
  return (article: object, level: number = 3, keywords: Keywords = {}): unknown => {
    const showDay = Boolean(keywords.showDay);
    const showTopics = Boolean(keywords.showTopics);
    const key = `${level}${showDay ? "d" : ""}${showTopics ? "t" : ""}`;
    let items = cache.get(article);
    if (!items) cache.set(article, (items = new Map()));
    let html = items.get(key);
    if (html === undefined) items.set(key, (html = macro()(article, level, { showDay, showTopics, __keywords: true })));
    return html;
  };
}
