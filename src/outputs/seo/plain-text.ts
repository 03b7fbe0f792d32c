import { decodeHTML } from "entities";

/** Elements that end a line of text: their tags become a space, so "one</p><p>two" does not read "onetwo". */
const breaking = /^(?:p|br|li|ul|ol|h[1-6]|blockquote|pre|div|hr|tr|td|th|table|dd|dt|dl|figcaption)$/i;

/**
 * The text a reader sees in rendered, sanitized HTML, for structured data that wants plain text
 * (schema.org's `text`): tags removed (comments and scripts cannot occur, the sanitizer took
 * them out), entities decoded as a browser decodes them, white space run together.
 */
export function plainTextOfHtml(html: string): string {
  const text = html.replace(/<\/?([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>/g, (_tag, name: string) => (breaking.test(name) ? " " : ""));
  return decodeHTML(text).replace(/\s+/g, " ").trim();
}
