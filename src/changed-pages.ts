import { createHash } from "node:crypto";

export interface ChangedPages {
  /**
   * The pages of one route to render: every page when nothing was built before, else those whose
   * data differs from the last build that finished.
   */
  select<T extends { url: string }>(pages: readonly T[]): T[];
  /** The build wrote every page selected: remember what they were made from. */
  commit(): void;
  /** Templates or code changed: render every page next time. */
  forget(): void;
}

/**
 * For the dev server: output folders keep the pages of earlier builds, so a rebuild after saving
 * one article need only write the pages whose data changed — its own, its neighbours', its day,
 * month, year and topic pages — not all of a big site's. A page's data is fingerprinted as JSON;
 * bodies are long, so each distinct body is hashed once and stands in for itself.
 */
export function trackChangedPages(): ChangedPages {
  let built = new Map<string, string>();
  let staged = new Map<string, string>();
  let bodyHashes = new Map<string, string>();
  let nextBodyHashes = new Map<string, string>();

  const bodyHash = (html: string) => {
    let hash = nextBodyHashes.get(html) ?? bodyHashes.get(html);
    if (hash === undefined) hash = createHash("sha1").update(html).digest("base64");
    nextBodyHashes.set(html, hash);
    return hash;
  };
  const fingerprint = (page: unknown) =>
    createHash("sha1")
      .update(JSON.stringify(page, (key, value) => (key === "html" && typeof value === "string" ? bodyHash(value) : value)))
      .digest("base64");

  return {
    select(pages) {
      return pages.filter((page) => {
        const print = fingerprint(page);
        staged.set(page.url, print);
        return built.get(page.url) !== print;
      });
    },
    commit() {
      for (const [url, print] of staged) built.set(url, print);
      staged = new Map();
      bodyHashes = nextBodyHashes;
      nextBodyHashes = new Map();
    },
    forget() {
      built = new Map();
    },
  };
}
