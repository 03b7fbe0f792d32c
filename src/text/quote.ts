/** Most characters of an editor's text a message repeats: enough to recognise it, never a whole file. */
export const maxQuotedLength = 80;

/** `text` cut to at most `maxQuotedLength` characters (whole code points), ending in … when cut. */
export function shorten(text: string, max = maxQuotedLength): string {
  if (text.length <= max) return text;
  const points = Array.from(text);
  return points.length <= max ? text : `${points.slice(0, max - 1).join("")}…`;
}

/** An editor's text as a message quotes it: in double quotes, at most `maxQuotedLength` characters. */
export function quote(text: string): string {
  return `"${shorten(text)}"`;
}
