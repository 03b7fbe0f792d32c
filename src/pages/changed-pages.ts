import { hash } from "node:crypto";
import type { Article } from "../model/index.ts";

/** What a fingerprint stands for: a page's index.html, a topic's two feeds, or something every page shows. */
export type Output = { kind: "page"; url: string } | { kind: "feeds"; folder: string } | { kind: "every page"; shows: "archive" };
const keyOf = (output: Output) => (output.kind === "page" ? output.url : output.kind === "feeds" ? `${output.folder}\0feeds` : `\0${output.shows}`);
const pageAt = ({ url }: { url: string }): Output => ({ kind: "page", url });

/** Keys of rendered Markdown: articles' `html`, topics' `backgroundHtml`. */
const bodyKeys = new Set(["html", "backgroundHtml"]);
// A day page shows its own groups: the day's others would make every page of a busy day
// change with each of its articles (and cost the square of the day's size to fingerprint).
const isDayEdition = (value: unknown): value is { groups: unknown } => typeof value === "object" && value !== null && "groups" in value;
const withoutGroups = ({ groups: _groups, ...day }: { groups: unknown }) => day;
const isArticle = (value: unknown): value is Article => typeof value === "object" && value !== null && typeof (value as Article).html === "string";

export interface ChangedPages {
  /** A build starts selecting: what a build that failed before its commit selected is dropped. */
  begin(): void;
  /**
   * The items to render of one route (by default pages, each the output at its URL): every one
   * when nothing was built before, else those whose data differs from the last build that finished.
   */
  select<T extends object>(items: readonly T[], outputOf?: (item: T) => Output): T[];
  /**
   * The build wrote every item selected: remember what they were made from. Returns what an
   * earlier build wrote that this one no longer has (a deleted article, a day's last page).
   */
  commit(): Output[];
  /** Templates or code changed: render every page next time. */
  forget(): void;
}

/**
 * For the dev server: output folders keep the pages of earlier builds, so a rebuild after saving
 * one article need only write the pages whose data changed — its own, its neighbours', its day,
 * month, year and topic pages — not all of a big site's. A page's data is fingerprinted as JSON;
 * bodies are long, so each distinct body is hashed once and stands in for itself, and so does an
 * article's fingerprint wherever the article is listed (its day, month and topic pages).
 */
export function trackChangedPages(): ChangedPages {
  let built = new Map<string, string>();
  let staged = new Map<string, string>();
  // Every output written and not since removed, whatever forget() drops.
  let written = new Map<string, Output>();
  let stagedOutputs = new Map<string, Output>();
  const prints = fingerprints();

  return {
    begin() {
      staged = new Map();
      stagedOutputs = new Map();
      prints.dropStaged();
    },
    select(items, outputOf = pageAt as (item: object) => Output) {
      return items.filter((item) => {
        const output = outputOf(item);
        const key = keyOf(output);
        const print = prints.of(item);
        staged.set(key, print);
        stagedOutputs.set(key, output);
        return built.get(key) !== print;
      });
    },
    commit() {
      const gone = [...written].filter(([key]) => !staged.has(key));
      for (const [key] of gone) built.delete(key);
      for (const [key, print] of staged) built.set(key, print);
      written = stagedOutputs;
      staged = new Map();
      stagedOutputs = new Map();
      prints.keepStaged();
      return gone.map(([, output]) => output);
    },
    forget() {
      built = new Map();
    },
  };
}

/**
 * Fingerprints of pages' data. Bodies are hashed once per distinct text and kept from one build
 * that finished to the next (`keepStaged`), or dropped with a build that failed (`dropStaged`).
 */
function fingerprints() {
  let bodyHashes = new Map<string, string>();
  let nextBodyHashes = new Map<string, string>();
  // Keyed by the model's own objects, so it holds only while a build's model does.
  const listed = new WeakMap<object, string>();

  const sha1 = (text: string) => hash("sha1", text, "base64");
  const bodyHash = (html: string) => {
    let hash = nextBodyHashes.get(html) ?? bodyHashes.get(html);
    if (hash === undefined) hash = sha1(html);
    nextBodyHashes.set(html, hash);
    return hash;
  };
  const replacer = (key: string, value: unknown) => {
    if (typeof value === "string") return bodyKeys.has(key) ? bodyHash(value) : value;
    if (key === "day" && isDayEdition(value)) return withoutGroups(value);
    return key !== "" && isArticle(value) ? of(value) : value;
  };
  const of = (page: object): string => {
    let print = listed.get(page);
    if (print === undefined) {
      // An article holds no other article (neighbours are references): only its body needs
      // standing in for, and JSON without a replacer is several times faster.
      const json = isArticle(page) ? JSON.stringify({ ...page, html: bodyHash(page.html) }) : JSON.stringify(page, replacer);
      listed.set(page, (print = sha1(json)));
    }
    return print;
  };
  return {
    of,
    keepStaged() {
      bodyHashes = nextBodyHashes;
      nextBodyHashes = new Map();
    },
    dropStaged() {
      nextBodyHashes = new Map();
    },
  };
}
