import type { SiteSettings } from "../../settings/index.ts";
import type { DayEmail } from "./day-email.ts";

/** A day's email as nodemailer's message: multipart/alternative (text, then HTML), UTF-8. */
export interface EditionMessage {
  from: { name: string; address: string };
  to: string[];
  subject: string;
  text: string;
  html: string;
  /** nodemailer writes `List-Unsubscribe: <…>` from this. */
  list: { unsubscribe: string };
  date: Date;
}

export function editionMessage(email: DayEmail, settings: SiteSettings, to: string[], date: Date): EditionMessage {
  return {
    from: { ...settings.emailFrom },
    to,
    subject: email.edition.subject,
    text: email.text,
    html: email.html,
    list: { unsubscribe: settings.emailUnsubscribe },
    date,
  };
}
