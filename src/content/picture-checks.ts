import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import type { Metadata } from "sharp";
import { pictureSettings } from "../settings/index.ts";
import { quote } from "../text/index.ts";
import { fieldLine } from "./frontmatter.ts";
import { isLocalPath, type Picture, type PictureFile } from "./pictures.ts";
import type { Problem } from "./problems.ts";
import { closestMatch } from "./suggest.ts";
import type { ArticleSource } from "./validate.ts";

/** Formats sharp reads and the site serves (AVIF reads as heif). */
const readableFormats = new Set(["jpeg", "png", "webp", "gif", "heif", "svg"]);

/** What a picture file gave, by its path, size and time of change (the dev server keeps it between rebuilds). */
export type PictureCache = Map<string, { key: string; outcome: FileOutcome }>;
type FileOutcome = { file: PictureFile } | { problem: string; severity: Problem["severity"] };

/**
 * Finds and reads the header of every picture the articles show (the `image:` field and the
 * pictures in their bodies) and says what is wrong with each: a web address, a file that is not
 * there or not a picture, an SVG with a script, no alt text, no credit, too narrow. Returns the
 * articles with each picture's file filled in. Pictures are never decoded here, so a check stays fast.
 */
export async function checkPictures(
  articles: readonly ArticleSource[],
  {
    articlesDir,
    projectRoot = process.cwd(),
    cache,
    // sharp (a native library, ~0.2 s to load) only once a header is not in the cache.
    readHeader = async (file) => (await import("sharp")).default(file).metadata(),
  }: { articlesDir: string; projectRoot?: string; cache?: PictureCache; /** How a file's header is read (tests count the reads). */ readHeader?: (file: string) => Promise<Metadata> },
): Promise<{ articles: ArticleSource[]; problems: Problem[] }> {
  const problems: Problem[] = [];
  const root = path.resolve(articlesDir);
  const checked: ArticleSource[] = [];
  // One file at a time: a header read takes about a millisecond, and hundreds at once only queue up.
  for (const article of articles) {
    if (!article.image && !article.bodyImages?.length) {
      checked.push(article);
      continue;
    }
    const report = (line: number, field: string, message: string, severity: Problem["severity"] = "error") =>
      problems.push({ file: article.file, line, column: 1, field, message, severity });
    const articleFolder = path.dirname(path.resolve(projectRoot, article.file));
    const find = (picture: Picture) => findPicture(picture.src, articleFolder, root, cache, readHeader);
    let image = article.image;
    if (image) {
      const lines = article.frontmatterLines;
      const found = await find(image);
      if ("problem" in found) report(image.line, "image.src", found.problem, found.severity);
      else {
        image = { ...image, file: found.file };
        if (found.warning) report(image.line, "image.src", found.warning, "warning");
      }
      if (!image.alt) report(fieldLine(lines, ["image"]), "image.alt", `is missing: describe what the picture shows for readers who cannot see it, e.g. alt: "Map of Java with the flooded districts marked"`);
      if (!image.credit) report(fieldLine(lines, ["image"]), "image.credit", `is missing: say who made or owns the picture, e.g. credit: "Antara/Budi Santoso"`, "warning");
    }
    const bodyImages: Picture[] = [];
    // A reference's file is named once, on its definition's line, however often the body shows it.
    const definitionsReported = new Set<number>();
    for (const picture of article.bodyImages ?? []) {
      const found = await find(picture);
      const name = `picture ${quote(picture.src)}`;
      const srcLine = picture.reference?.line ?? picture.line;
      if (!picture.reference || !definitionsReported.has(srcLine)) {
        if ("problem" in found) report(srcLine, "body", `${name}: ${found.problem}`, found.severity);
        else if (found.warning) report(srcLine, "body", `${name}: ${found.warning}`, "warning");
      }
      if (picture.reference) definitionsReported.add(srcLine);
      const example = picture.reference ? `![Map of the flooded districts][${picture.reference.label}]` : `![Map of the flooded districts](${picture.src})`;
      if (!picture.alt) report(picture.line, "body", `${name} has no alt text: describe what it shows, e.g. ${example}`);
      bodyImages.push("file" in found ? { ...picture, file: found.file } : picture);
    }
    checked.push({ ...article, image, bodyImages });
  }
  return { articles: checked, problems };
}

type Found = ({ file: PictureFile; warning?: string } | { problem: string; severity: Problem["severity"] });

async function findPicture(src: string, articleFolder: string, root: string, cache: PictureCache | undefined, readHeader: (file: string) => Promise<Metadata>): Promise<Found> {
  if (!isLocalPath(src)) {
    return { problem: "is a web address: builds must not depend on the network, so save the picture next to the article and write its file name, e.g. src: photo.jpg", severity: "error" };
  }
  const file = src.startsWith("/") ? path.join(root, src) : path.resolve(articleFolder, src);
  if (file !== root && !file.startsWith(root + path.sep)) {
    return { problem: `${quote(src)} is outside the articles folder: keep pictures next to the article or under articles/images/`, severity: "error" };
  }
  const stats = await stat(file).catch(() => undefined);
  if (!stats?.isFile()) return { problem: await missingFile(file, root), severity: "error" };
  const key = `${stats.size}:${stats.mtimeMs}`;
  const known = cache?.get(file);
  const outcome = known?.key === key ? known.outcome : await readPicture(file, stats, readHeader);
  cache?.set(file, { key, outcome });
  if (!("file" in outcome)) return outcome;
  const smallest = pictureSettings.widths[0]!;
  const narrow = outcome.file.format !== "svg" && outcome.file.width < smallest;
  return narrow
    ? { file: outcome.file, warning: `${quote(path.basename(file))} is ${outcome.file.width} pixels wide, narrower than the smallest size pages show (${smallest}): use a larger picture, or it will look blurred` }
    : { file: outcome.file };
}

/** The header of a picture file, or why it cannot be one. */
async function readPicture(file: string, stats: { size: number; mtimeMs: number }, readHeader: (file: string) => Promise<Metadata>): Promise<FileOutcome> {
  const name = quote(path.basename(file));
  const notPicture = { problem: `${name} is not a picture this site can show (JPEG, PNG, WebP, AVIF, GIF or SVG): save it in one of those formats`, severity: "error" as const };
  let metadata: Metadata;
  try {
    metadata = await readHeader(file);
  } catch {
    return notPicture;
  }
  if (!metadata.format || !readableFormats.has(metadata.format) || !metadata.width || !metadata.height) return notPicture;
  if (metadata.format === "svg" && svgHasScript(await readFile(file, "utf8"))) {
    return { problem: `${name} holds a script, which a picture may not carry: remove it, or save the picture as PNG`, severity: "error" };
  }
  return { file: { path: file, width: metadata.width, height: metadata.height, format: metadata.format, bytes: stats.size, modifiedMs: stats.mtimeMs } };
}

/** A script element, an event handler attribute, a javascript: link or embedded HTML. */
export function svgHasScript(svg: string): boolean {
  return /<script\b|\son[a-z]+\s*=|javascript\s*:|<foreignObject\b/i.test(svg);
}

/** The message for a path with no file: the nearest name in its folder, if one is close. */
async function missingFile(file: string, root: string): Promise<string> {
  const folder = path.dirname(file);
  const where = path.relative(path.dirname(root), folder).split(path.sep).join("/") + "/";
  const names = await readdir(folder).catch(() => [] as string[]);
  const guess = closestMatch(path.basename(file), names.filter((name) => !name.endsWith(".md")));
  return `no file ${quote(path.basename(file))} in ${where}: ${guess ? `did you mean ${quote(guess)}?` : "put the picture next to the article, or under articles/images/ and write src: /images/" + path.basename(file)}`;
}
