/** `smtp://user:secret@host:587` → `smtp://***@host:587`: an SMTP address fit to print. */
export function redactSmtpUrl(url: string): string {
  return url.replace(/^([a-z][a-z\d+.-]*:\/\/)[^@/]*@/i, "$1***@");
}

/**
 * `text` (a message of ours or of nodemailer's) with the SMTP address's credentials taken out,
 * wherever and however they appear: the whole URL, the user and the password, raw or decoded.
 */
export function redactCredentials(text: string, smtpUrl: string | undefined): string {
  if (!smtpUrl) return text;
  let out = text.split(smtpUrl).join(redactSmtpUrl(smtpUrl));
  const userinfo = /^[a-z][a-z\d+.-]*:\/\/([^@/]*)@/i.exec(smtpUrl)?.[1];
  if (!userinfo) return out;
  const secrets = new Set<string>();
  for (const part of [userinfo, ...userinfo.split(":")]) {
    if (part.length < 3) continue; // too short to tell from ordinary text; the URL itself is already gone
    secrets.add(part);
    try {
      secrets.add(decodeURIComponent(part));
    } catch {
      // not percent-encoded text: the raw form is enough
    }
  }
  for (const secret of [...secrets].sort((a, b) => b.length - a.length)) out = out.split(secret).join("***");
  return out;
}
