// The dev server's terminal: a rebuild stopped by content errors prints the lines `npm run check`
// prints, once, without Eleventy's "Problem writing Eleventy templates" / "(via ContentError)" around them.
import type { ContentError } from "../content/index.ts";

/** Prints the problems and marks the error as printed, which Eleventy's error handler honours (`once`). */
export function reportContentError(error: ContentError): void {
  console.error(`${error.message}\nThe last good site stays served, with these problems shown at the top of its pages.`);
  Object.defineProperty(error, "__errorAlreadyLogged", { value: true });
}
