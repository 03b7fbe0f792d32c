/** Undefined when `value` is a full http(s) address, otherwise what is wrong with it. */
export function httpUrlProblem(value: string): string | undefined {
  const text = value.trim();
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return `"${value}" is not a web address: give a full http:// or https:// address`;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    return `"${value}" is not a web address: only http:// and https:// addresses are allowed`;
  }
  if (!url.hostname) return `"${value}" has no host name: give a full http:// or https:// address`;
  return undefined;
}
