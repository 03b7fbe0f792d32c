import { hash } from "node:crypto";
import type { Article } from "./model.ts";

/** Keys of rendered Markdown: articles' `html`, topics' `backgroundHtml`. */
const bodyKeys = new Set(["html", "backgroundHtml"]);
const isArticle = (value: unknown): value is Article => typeof value === "object" && value !== null && typeof (value as Article).html === "string";

export interface ChangedPages {
  /** A build starts selecting: what a build that failed before its commit selected is dropped. */
  begin(): void;
  /**
   * The pages of one route to render: every page when nothing was built before, else those whose
   * data differs from the last build that finished.
   */
  select<T extends { url: string }>(pages: readonly T[]): T[];
  /**
   * The build wrote every page selected: remember what they were made from. Returns the URLs
   * an earlier build wrote that this one no longer has (a deleted article, a day's last page).
   */
  commit(): string[];
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
  // Every URL written and not since removed, whatever forget() drops.
  let written = new Set<string>();
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
    return key !== "" && isArticle(value) ? fingerprint(value) : value;
  };
  const fingerprint = (page: object): string => {
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
    begin() {
      staged = new Map();
      nextBodyHashes = new Map();
    },
    select(pages) {
      return pages.filter((page) => {
        const print = fingerprint(page);
        staged.set(page.url, print);
        return built.get(page.url) !== print;
      });
    },
    commit() {
      const gone = [...written].filter((url) => !staged.has(url));
      for (const url of gone) built.delete(url);
      for (const [url, print] of staged) built.set(url, print);
      written = new Set(staged.keys());
      staged = new Map();
      bodyHashes = nextBodyHashes;
      nextBodyHashes = new Map();
      return gone;
    },
    forget() {
      built = new Map();
    },
  };
}
