// Dev server middleware: puts the problem banner into every HTML page as it is served, so the
// pages written to the output folder stay exactly those a build writes.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Problem } from "../content/index.ts";
import { withProblemBanner } from "./problem-banner.ts";

type End = (chunk?: unknown, ...rest: unknown[]) => ServerResponse;

/** A middleware that shows `problems()` (read at each request) at the top of HTML responses. */
export function showProblemsInPages(problems: () => readonly Problem[]) {
  return (_request: IncomingMessage, response: ServerResponse, next: () => void): void => {
    const end = response.end as End;
    // The dev server hands HTML to end() as one string (its own live-reload script goes in the same way).
    response.end = function (this: ServerResponse, chunk?: unknown, ...rest: unknown[]) {
      const type = String(response.getHeader("Content-Type") ?? "");
      const html = typeof chunk === "string" && type.startsWith("text/html");
      return end.call(this, html ? withProblemBanner(chunk, problems()) : chunk, ...rest);
    } as ServerResponse["end"];
    next();
  };
}
