import { availableParallelism } from "node:os";
import { copyFile, link, mkdir } from "node:fs/promises";
import path from "node:path";
import type { Article, ArticlePicture, Digest } from "../../model/index.ts";
import { absoluteUrl, type DigestSource, type EleventyConfig } from "../../pages/index.ts";
import { pictureSettings } from "../../settings/index.ts";
import { withBodyPictures } from "./body-pictures.ts";
import { pictureHtml } from "./picture-html.ts";
import { pictureFiles, picturesUrl, type PictureOutput } from "./process.ts";
import { processAll } from "./process-all.ts";
import { PictureShelf } from "./shelf.ts";
import { SourceHashes } from "./source-hashes.ts";

export interface ImagesPluginOptions {
  source: DigestSource;
  /** Where processed pictures are kept between builds (git-ignored). */
  cacheDir: string;
  /** This build's processed pictures, shared with the plugins that show them too (feeds). */
  pictures: PictureShelf;
  /** How source pictures are read (tests count the reads). */
  readSource?: (file: string) => Promise<Buffer>;
}

export const defaultImagesPluginOptions = { cacheDir: ".cache/images" };

/**
 * Pictures: before the pages are written, every picture the digest shows is resized and converted
 * (or found in the cache); the page templates then ask for markup by filter, and the files are
 * linked into the site. A site without pictures does nothing here but look.
 */
export function imagesPlugin(eleventyConfig: EleventyConfig, userOptions: Partial<ImagesPluginOptions> & Pick<ImagesPluginOptions, "source">): void {
  const { source, cacheDir: cacheOption, pictures: shelf = new PictureShelf(), readSource } = { ...defaultImagesPluginOptions, ...userOptions };
  const { settings } = source;
  const cacheDir = path.resolve(cacheOption);
  // Never more pictures at once than cores (each on one libvips thread: see process.ts).
  const workers = availableParallelism();
  const { done } = shelf;
  let inUse = new Set<string>();
  /** Source files' hashes, read from the cache folder once a process. */
  let hashes: Promise<SourceHashes> | undefined;

  /** The files of this build's pictures, being linked into the site while its pages are written. */
  let placing: Promise<void> = Promise.resolve();
  eleventyConfig.on("eleventy.before", async ({ directories }: { directories: { output: string } }) => {
    const digest = await source.digest();
    const started = performance.now();
    const pictures = picturesOf(digest);
    inUse = new Set();
    placing = Promise.resolve();
    if (!pictures.size) return;
    hashes ??= SourceHashes.load(cacheDir);
    const known = await hashes;
    const result = await processAll(pictures.values(), { cacheDir, shelf, hashes: known, workers, readSource });
    inUse = result.inUse;
    placing = Promise.all([placeAll(directories.output), known.save(inUse)]).then(() => {});
    placing.catch(() => {}); // awaited, and so reported, after the pages
    console.log(`[images] ${pictures.size} picture${pictures.size === 1 ? "" : "s"}: ${result.fresh} processed, ${result.cached} from the cache, ${Math.round(performance.now() - started)} ms`);
  });

  // The files of every picture in use, linked from the cache (copied where a link cannot be made),
  // a few pictures at a time: thousands of links one after another would each wait on the disk.
  const placeAll = async (output: string) => {
    const queue = [...inUse].map((file) => shelf.byFile.get(file)!.picture);
    const work = async () => {
      for (let picture = queue.shift(); picture; picture = queue.shift()) {
        const folder = path.join(output, picturesUrl.slice(1), picture.key);
        await mkdir(folder, { recursive: true });
        for (const name of pictureFiles(picture)) {
          const from = path.join(cacheDir, picture.key, name);
          const to = path.join(folder, name);
          await link(from, to).catch(async (error: NodeJS.ErrnoException) => {
            if (error.code === "EEXIST") return; // the dev server's output folder keeps them
            await copyFile(from, to);
          });
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(8, queue.length) }, work));
  };
  eleventyConfig.on("eleventy.after", () => placing);

  /** The lead picture, sized; `undefined` for an article without one. */
  eleventyConfig.addFilter("leadPicture", (article: Article | undefined) => {
    const processedLead = article?.image && done(article.image);
    return processedLead && pictureHtml(processedLead, { alt: article.image!.alt, sizes: pictureSettings.sizes, loading: "eager" });
  });
  /** A small picture for lists; empty for an article without one. */
  eleventyConfig.addFilter("thumbnail", (article: Article) => {
    const processedLead = article.image && done(article.image);
    return processedLead ? pictureHtml(processedLead, { alt: "", sizes: pictureSettings.thumbnailSizes, loading: "lazy" }) : "";
  });
  eleventyConfig.addFilter("withBodyPictures", (html: string, article: Article) =>
    article.bodyImages ? withBodyPictures(html, article.bodyImages, done, (picture, alt) => pictureHtml(picture, { alt, sizes: pictureSettings.sizes, loading: "lazy" })) : html,
  );
  /** The picture shared links show: the lead picture's crop, or the site's card. Absolute URL. */
  eleventyConfig.addFilter("socialCard", (article: Article | undefined): PictureOutput => {
    const processedLead = article?.image && done(article.image);
    const card = processedLead ? processedLead.card : settings.card;
    return { ...card, url: absoluteUrl(card.url, settings.baseUrl, settings.pathPrefix) };
  });
}

/** Every picture the digest's pages show, by file: one file shown twice is processed once. */
function picturesOf(digest: Digest): Map<string, ArticlePicture> {
  const pictures = new Map<string, ArticlePicture>();
  for (const article of digest.articles) {
    if (article.image) pictures.set(article.image.file.path, article.image);
    for (const picture of article.bodyImages ?? []) pictures.set(picture.file.path, picture);
  }
  return pictures;
}


