// URLs as a browser reads them, for the sanitizer and the renderer's links.

/**
 * The scheme of a URL as a browser reads it, lower case: `javascript` for `  JaVa\tScRiPt:x`.
 * Entities are already decoded by the HTML parser. Browsers drop control characters and spaces
 * around a URL and tabs and newlines inside it; dropping all of them (and HTML comments, as
 * sanitize-html does) is stricter. `//host` and `\\host` count as a scheme of their own,
 * "protocol-relative": they leave the site without saying how.
 */
export function urlScheme(value: string): string | undefined {
  let cleaned = value.replace(/[\u0000-\u0020\u007f]+/g, "");
  for (let start = cleaned.indexOf("<!--"); start !== -1; start = cleaned.indexOf("<!--")) {
    const end = cleaned.indexOf("-->", start + 4);
    if (end === -1) break;
    cleaned = cleaned.slice(0, start) + cleaned.slice(end + 3);
  }
  if (/^[/\\]{2}/.test(cleaned)) return "protocol-relative";
  return /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase();
}

/** A URL as a browser starts reading it: no control characters or spaces around it, no tabs or newlines in it. */
function browserUrl(value: string): string {
  return value.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, "").replace(/[\t\n\r]/g, "");
}

/** Whether a link leaves the site: it then gets rel="noopener noreferrer". */
export function externalLinkTest(siteOrigin: string): (href: string) => boolean {
  const ownOrigin = new URL(siteOrigin).origin;
  return (href) => {
    const url = browserUrl(href);
    if (!/^https?:/i.test(url)) return false;
    try {
      return new URL(url).origin !== ownOrigin;
    } catch {
      return true;
    }
  };
}

export function describeScheme(scheme: string): string {
  return scheme === "protocol-relative" ? "protocol-relative (//…) URL" : `${scheme}: URL`;
}

const isSpace = (c: string | undefined) => c === " " || c === "\t" || c === "\n" || c === "\r" || c === "\f";

/**
 * The candidates of a `srcset`, split as the HTML standard does: a URL runs to the next
 * whitespace (trailing commas end the candidate), then descriptors run to the next comma.
 */
export function srcsetCandidates(value: string): { url: string; descriptor: string }[] {
  const candidates: { url: string; descriptor: string }[] = [];
  let i = 0;
  while (i < value.length) {
    while (i < value.length && (isSpace(value[i]) || value[i] === ",")) i++;
    if (i >= value.length) break;
    const start = i;
    while (i < value.length && !isSpace(value[i])) i++;
    let url = value.slice(start, i);
    let descriptor = "";
    if (url.endsWith(",")) url = url.replace(/,+$/, "");
    else {
      const end = descriptorEnd(value, i);
      descriptor = value.slice(i, end).trim();
      i = end + 1;
    }
    candidates.push({ url, descriptor });
  }
  return candidates;
}

/** Where the descriptors that start at `from` end: the next comma outside parentheses, or the end. */
function descriptorEnd(value: string, from: number): number {
  let inParens = false;
  let i = from;
  for (; i < value.length; i++) {
    const c = value[i];
    if (c === "(") inParens = true;
    else if (c === ")") inParens = false;
    else if (c === "," && !inParens) break;
  }
  return i;
}
