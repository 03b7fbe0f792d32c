// `npm run edition -- [--date 2023-09-06] [--out edition.eml] [--to a@x,b@y] [--smtp smtp://user:pass@host:587]`:
// a day's edition as a MIME message, written to a file and/or sent over SMTP (DIGEST_SMTP_URL
// works as --smtp). Credentials never reach the output: every message is redacted.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import nodemailer from "nodemailer";
import { ContentError } from "../content/index.ts";
import { loadDigest } from "../model/index.ts";
import { dayEmail, editionMessage, emailTemplates, redactCredentials, redactSmtpUrl } from "../outputs/email/index.ts";
import { optionsFromEnv, processEnvironment, SettingsError, type Environment } from "../settings/index.ts";
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
    if (args.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(args.date)) return fail(`--date ${JSON.stringify(args.date)} is not a day: write it as --date 2023-09-06`);
    const to = (args.to ?? "").split(",").map((a) => a.trim()).filter(Boolean);
    const badAddress = to.find((a) => !/^[^\s@<>,;]+@[^\s@<>,;]+$/.test(a));
    if (badAddress) return fail(`--to: ${JSON.stringify(badAddress)} is not an email address: write --to a@example.org,b@example.org`);
    if (smtp) {
      if (!/^smtps?:\/\/[^/\s]+/i.test(smtp)) return fail(`--smtp ${redactSmtpUrl(smtp)} is not an SMTP address: write smtp://user:password@host:587 (or smtps:// for port 465)`);
      if (!to.length) return fail("--smtp needs recipients: add --to a@example.org,b@example.org");
    }

    const envWithFlags = { ...env, ...(args.articles && { DIGEST_ARTICLES: args.articles }), ...(args.now && { DIGEST_NOW: args.now }) };
    const options = optionsFromEnv(envWithFlags);
    const { settings } = options;
    const { digest } = await loadDigest(settings, { articlesDir: path.resolve(root, options.articlesDir), projectRoot: root, now: options.now });
    const day = args.date ? digest.days.find((d) => d.key === args.date) : digest.days[0];
    if (!day) return fail(args.date ? `${args.date} has no articles: no email is made for an empty day (the latest day with articles is ${digest.days[0]?.key ?? "none"})` : "there are no articles: no email is made for an empty edition");

    const email = dayEmail(day, settings, emailTemplates(path.join(root, "layouts/_includes")));
    const message = editionMessage(email, settings, to, new Date());
    const lines: string[] = [];
    const out = args.out ?? (smtp ? undefined : `edition-${day.key}.eml`);
    if (out) {
      const composed = await nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "crlf" }).sendMail(message);
      writeFileSync(path.resolve(root, out), composed.message as Buffer);
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

if (isMain(import.meta.filename)) {
  let args: EditionArgs;
  try {
    ({ values: args } = parseArgs({ options: { date: { type: "string" }, out: { type: "string" }, to: { type: "string" }, smtp: { type: "string" }, articles: { type: "string" }, now: { type: "string" } } }));
  } catch (error) {
    // A mistyped flag's message may echo the command line, --smtp and all: say only what is wrong.
    console.error(`${(error as Error).message.replace(/smtps?:\/\/\S*/gi, (url) => redactSmtpUrl(url))}\nUsage: npm run edition -- [--date 2023-09-06] [--out edition.eml] [--to a@example.org] [--smtp smtp://user:password@host:587]`);
    process.exit(1);
  }
  const { code, lines } = await runEdition(process.cwd(), args, processEnvironment());
  (code ? console.error : console.log)(lines.join("\n"));
  process.exitCode = code;
}
