// `npm run edition -- [--date 2023-09-06] [--out edition.eml] [--to a@x,b@y] [--smtp smtp://user:pass@host:587]`:
// a day's edition as a MIME message, written to a file and/or sent over SMTP (DIGEST_SMTP_URL
// works as --smtp). Credentials never reach the output: every message is redacted.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { DateTime } from "luxon";
import nodemailer from "nodemailer";
import { ContentError, isoFromLocalDate } from "../content/index.ts";
import { loadDigest } from "../model/index.ts";
import { dayEmail, editionMessage, emailTemplates, redactCredentials, redactSmtpUrl } from "../outputs/email/index.ts";
import { optionsFromEnv, processEnvironment, SettingsError, type Environment } from "../settings/index.ts";
import { commandFlags, missingArticlesFolder } from "../editor/index.ts";
import { isMain } from "./is-main.ts";

export interface EditionArgs {
  date?: string;
  out?: string;
  to?: string;
  smtp?: string;
  articles?: string;
  now?: string;
}

/** One line for the reader and an exit code; nothing in `lines` holds a credential. */
export async function runEdition(root: string, args: EditionArgs, env: Environment): Promise<{ code: number; lines: string[] }> {
  const smtp = args.smtp || env.DIGEST_SMTP_URL || undefined;
  const fail = (message: string) => ({ code: 1, lines: [redactCredentials(message, smtp)] });
  try {
    const to = (args.to ?? "").split(",").map((a) => a.trim()).filter(Boolean);
    const badAddress = to.find((a) => !/^[^\s@<>,;]+@[^\s@<>,;]+$/.test(a));
    if (badAddress) return fail(`--to: ${JSON.stringify(badAddress)} is not an email address: write --to a@example.org,b@example.org`);
    if (smtp) {
      if (!/^smtps?:\/\/[^/\s]+/i.test(smtp)) return fail(`--smtp ${redactSmtpUrl(smtp)} is not an SMTP address: write smtp://user:password@host:587 (or smtps:// for port 465)`);
      if (!to.length) return fail("--smtp needs recipients: add --to a@example.org,b@example.org");
    } else if (to.length && args.out === undefined) {
      // Recipients and nowhere to send: the editor meant to send, and a file alone would hide that nothing went out.
      return fail("--to needs a server to send through: add --smtp smtp://user:password@host:587 or set DIGEST_SMTP_URL (with --out file.eml instead, the message is only written)");
    }

    const envWithFlags = { ...env, ...(args.articles && { DIGEST_ARTICLES: args.articles }), ...(args.now && { DIGEST_NOW: args.now }) };
    const options = optionsFromEnv(envWithFlags);
    const { settings } = options;
    if (args.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(args.date)) {
      // The same reading as a frontmatter date's did-you-mean: `18/09/2023` in the site language's order.
      const meant = isoFromLocalDate(args.date, settings.locale)?.slice(0, 10);
      return fail(`--date ${JSON.stringify(args.date)} is not a day: ${meant ? `did you mean --date ${meant}? (days are written YYYY-MM-DD)` : "write it as --date 2023-09-06"}`);
    }
    if (args.date !== undefined && !DateTime.fromISO(args.date).isValid) return fail(`--date ${args.date} is not a real date: check the month and day`);
    const articlesDir = path.resolve(root, options.articlesDir);
    const missing = missingArticlesFolder(articlesDir, root);
    if (missing) return fail(missing);
    const { digest } = await loadDigest(settings, { articlesDir, projectRoot: root, now: options.now });
    const day = args.date ? digest.days.find((d) => d.key === args.date) : digest.days[0];
    if (!day) return fail(args.date ? `${args.date} has no articles: no email is made for an empty day (the latest day with articles is ${digest.days[0]?.key ?? "none"})` : "there are no articles: no email is made for an empty edition");

    const email = dayEmail(day, settings, emailTemplates(path.join(root, "layouts/_includes")));
    const message = editionMessage(email, settings, to, new Date());
    const lines: string[] = [];
    const out = args.out ?? (smtp ? undefined : `edition-${day.key}.eml`);
    if (out) {
      const composed = await nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "crlf" }).sendMail(message);
      const written = writeOut(path.resolve(root, out), composed.message as Buffer, out, day.key);
      if (written) return fail(written);
      lines.push(`Wrote the edition of ${day.key} (${email.edition.count} ${email.edition.count === 1 ? "article" : "articles"}) to ${out}`);
    }
    if (smtp) {
      const transport = nodemailer.createTransport(smtp);
      try {
        await transport.sendMail(message);
      } catch (error) {
        return { code: 1, lines: [...lines, redactCredentials(`Could not send the edition over ${redactSmtpUrl(smtp)}: ${(error as Error).message}`, smtp)] };
      } finally {
        transport.close();
      }
      lines.push(`Sent the edition of ${day.key} to ${to.length} ${to.length === 1 ? "recipient" : "recipients"} over ${redactSmtpUrl(smtp)}`);
    }
    return { code: 0, lines: lines.map((line) => redactCredentials(line, smtp)) };
  } catch (error) {
    if (error instanceof SettingsError || error instanceof ContentError) return fail(error.message);
    return fail(`the edition could not be made: ${(error as Error).message}`);
  }
}

/** Writes the message to `--out`; returns what went wrong, in one line with the fix, if it could not. */
function writeOut(file: string, message: Buffer, shown: string, day: string): string | undefined {
  try {
    writeFileSync(file, message);
    return undefined;
  } catch (error) {
    const { code } = error as NodeJS.ErrnoException;
    if (code === "EISDIR") return `--out ${shown} is a folder: name a file in it, e.g. --out ${path.join(shown, `edition-${day}.eml`)}`;
    if (code === "ENOENT") return `--out ${shown}: the folder ${path.dirname(shown)} does not exist; make it first or name a file in an existing folder`;
    return `--out ${shown} could not be written (${code ?? (error as Error).message}): check the folder's permissions`;
  }
}

if (isMain(import.meta.filename)) {
  const usage = "Usage: npm run edition -- [--date 2023-09-06] [--out edition.eml] [--to a@example.org] [--smtp smtp://user:password@host:587] [--articles dir] [--now ISO-date]";
  const args = commandFlags(process.argv.slice(2), {
    command: "npm run edition",
    options: { date: { type: "string" }, out: { type: "string" }, to: { type: "string" }, smtp: { type: "string" }, articles: { type: "string" }, now: { type: "string" } },
    usage,
    // A mistyped flag's message may echo the command line, --smtp and all: say only what is wrong.
    redact: (message) => message.replace(/smtps?:\/\/\S*/gi, (url) => redactSmtpUrl(url)),
  });
  if (typeof args === "number") process.exit(args);
  const { code, lines } = await runEdition(process.cwd(), args, processEnvironment());
  (code ? console.error : console.log)(lines.join("\n"));
  process.exitCode = code;
}
