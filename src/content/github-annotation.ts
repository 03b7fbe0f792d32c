import type { Problem } from "./problems.ts";

// GitHub's workflow-command escaping: data escapes % CR LF; properties also : and ,
const escapeData = (text: string) => text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");

/** `::error file=…,line=…,col=…::field: message` — shown inline on the pull request's diff. */
export function githubAnnotation(problem: Problem): string {
  const properties = [`file=${escapeProperty(problem.file)}`];
  if (problem.line) properties.push(`line=${problem.line}`, `col=${problem.column ?? 1}`);
  properties.push(`title=${escapeProperty(problem.field)}`);
  return `::${problem.severity} ${properties.join(",")}::${escapeData(`${problem.field}: ${problem.message}`)}`;
}
