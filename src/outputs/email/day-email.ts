import type { DayEdition } from "../../model/index.ts";
import type { SiteSettings } from "../../settings/index.ts";
import type { EmailEdition } from "./edition.ts";
import type { EmailTemplates } from "./email-html.ts";
import { emailText } from "./email-text.ts";
import { fitToBudget } from "./fit-budget.ts";

/** A day's email, both parts made from the same (capped) edition. */
export interface DayEmail {
  edition: EmailEdition;
  html: string;
  text: string;
}

export function dayEmail(day: DayEdition, settings: SiteSettings, templates: EmailTemplates): DayEmail {
  const { edition, html } = fitToBudget(day, settings, templates);
  return { edition, html, text: emailText(edition) };
}
