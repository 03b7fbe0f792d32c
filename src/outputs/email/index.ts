// The daily edition by email: email HTML and plain text for each day, the editions feeds, and the message the `edition` command sends.
export { emailPlugin, type EmailPluginOptions } from "./plugin.ts";
export { dayEmail, type DayEmail } from "./day-email.ts";
export { emailTemplates, type EmailTemplates } from "./email-html.ts";
export { emailEdition, type EmailEdition } from "./edition.ts";
export { editionMessage, type EditionMessage } from "./message.ts";
export { redactCredentials, redactSmtpUrl } from "./redact.ts";
