// Editors' text: quoting it in messages, and the characters no output may carry.
export { quote, shorten } from "./quote.ts";
export { codePointList, removeUnpairedBidi, removeXmlForbidden } from "./unsafe-characters.ts";
