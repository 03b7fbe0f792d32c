import type { Article, ArticlePicture } from "../../model/index.ts";
import type { FeedImage, FeedPictures } from "../feeds/index.ts";
import { withBodyPictures } from "./body-pictures.ts";
import { feedPictureHtml, largestFallback } from "./feed-pictures.ts";
import { figureHtml } from "./picture-html.ts";
import type { ProcessedPicture } from "./process.ts";

/**
 * The pictures a build processed, by source file: filled by the images plugin before the pages,
 * read by the pages' filters and by the feeds. The dev server keeps it between rebuilds.
 */
export class PictureShelf implements FeedPictures {
  /** `version` is the file's size and time of change when it was processed. */
  readonly byFile = new Map<string, { version: string; picture: ProcessedPicture }>();

  /** The processed picture of a file this build shows, if it was processed. */
  readonly done = (picture: ArticlePicture): ProcessedPicture | undefined => this.byFile.get(picture.file.path)?.picture;

  feedHtml(article: Article, creditLine: (credit: string) => string): string {
    const body = article.bodyImages?.length ? withBodyPictures(article.html, article.bodyImages, this.done, feedPictureHtml) : article.html;
    const lead = article.image && this.done(article.image);
    if (!lead) return body;
    const { alt, caption, credit } = article.image!;
    return figureHtml(feedPictureHtml(lead, alt), caption, credit && creditLine(credit)) + body;
  }

  feedImage(article: Article): FeedImage | undefined {
    const lead = article.image && this.done(article.image);
    if (!lead) return undefined;
    const { url, type, bytes, width, height } = largestFallback(lead);
    return { url, type, bytes, width, height };
  }
}
