import { quote } from "../text/index.ts";

// C0 and C1 controls and DEL: a browser drops some of them from an address and reads past others.
const controlCharacter = /[\u0000-\u001f\u007f-\u009f]/;

/**
 * Undefined unless `value` would publish something other than it seems: a control character
 * (`"\u0000https://…"` still parses, and lands raw in `href`) or a user name or password.
 */
export function unpublishableUrlProblem(value: string): string | undefined {
  const control = controlCharacter.exec(value.trim())?.[0];
  if (control) {
    return `${quote(value)} contains a control character (U+${control.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}): retype the address without it`;
  }
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return undefined;
  }
  if (url.username || url.password) {
    url.username = "";
    url.password = "";
    // The address itself is not repeated: it holds the password.
    return `contains a user name or password (before the @), which would be published with the link: remove it, e.g. ${quote(url.href)}`;
  }
  return undefined;
}

/**
 * Undefined when `value` is a full http(s) address, otherwise what is wrong with it; a host and
 * path without a scheme (`www.kompas.com/read/…`) gets a did-you-mean with https://.
 */
export function httpUrlProblem(value: string): string | undefined {
  const unpublishable = unpublishableUrlProblem(value);
  if (unpublishable) return unpublishable;
  const text = value.trim();
  let url: URL | undefined;
  try {
    url = new URL(text);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== "http:" && url.protocol !== "https:")) {
    // `kompas.com/read/1` is no address at all; `kompas.com:8080/x` is one with the scheme "kompas.com:".
    const meant = withHttpsScheme(text);
    if (meant) return `${quote(value)} has no http:// or https://: did you mean ${quote(meant)}?`;
    return `${quote(value)} is not a web address: ${url ? "only http:// and https:// addresses are allowed" : "give a full http:// or https:// address"}`;
  }
  if (!url.hostname) return `${quote(value)} has no host name: give a full http:// or https:// address`;
  return undefined;
}

/** `www.reuters.com/x` (no scheme) → `https://www.reuters.com/x`; undefined unless that reads as a web address. */
export function withHttpsScheme(value: string): string | undefined {
  const text = value.trim();
  if (/^[a-z][a-z0-9+.-]*:/i.test(text) && !/^[^:/]+:\d/.test(text)) return undefined;
  try {
    const url = new URL(`https://${text.replace(/^\/\//, "")}`);
    return url.hostname.includes(".") ? url.href : undefined;
  } catch {
    return undefined;
  }
}
