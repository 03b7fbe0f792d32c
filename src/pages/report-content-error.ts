// The dev server's terminal: a rebuild stopped by content errors prints the lines `npm run check`
// prints, once, without Eleventy's "Problem writing Eleventy templates" / "(via ContentError)" around them.
import type { ContentError } from "../content/index.ts";

/** Prints the problems and marks the error as printed, which Eleventy's error handler honours (`once`). */
export function reportContentError(error: ContentError, goodSiteServed: boolean): void {
  const served = goodSiteServed ? "The last good site stays served" : "The site is served without articles until they are fixed";
  console.error(`${error.message}\n${served}, with these problems shown at the top of its pages.`);
  Object.defineProperty(error, "__errorAlreadyLogged", { value: true });
}
