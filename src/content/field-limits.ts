// How many entries one article's lists may hold: no page or feed may grow with the square of them.

/** Each topic's feed lists all of an entry's topics, so an article's topics are written topics² times: 10 keeps that at 100. */
export const maxTopicsPerArticle = 10;

/** More than any story needs; each tag is a list item on the page and a meta tag in its head. */
export const maxTagsPerArticle = 30;

/** More than any story carries; each headline is looked up among all of the site's articles. */
export const maxRelatedHeadlines = 30;
