// Which output folders a build may replace: the rules alone, on paths and states written by hand.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { refusalFor } from "../../src/cli/output-refusal.ts";

const project = { root: "/home/ed/digest", articles: "/home/ed/digest/articles", home: "/home/ed" };
const missing = { kind: "missing" } as const;
const refusal = (target: string, shown: string, state: Parameters<typeof refusalFor>[3] = missing) => refusalFor(target, shown, project, state);

test("a new folder beside the project's files, an empty folder and a site a build wrote may be replaced", () => {
  assert.is(refusal("/home/ed/digest/dist", "dist"), undefined);
  assert.is(refusal("/srv/www/news", "/srv/www/news", { kind: "folder", entries: [] }), undefined);
  assert.is(refusal("/srv/www/news", "/srv/www/news", { kind: "folder", entries: [".built-by-news-digest", "index.html"] }), undefined);
  assert.is(refusal("/home/ed/digest/dist", "dist", { kind: "link", to: "/home/ed/digest/.dist-builds/abc", ours: true }), undefined);
});

test("the project folder, any folder above it and the home folder are refused, whatever is there", () => {
  const choose = "which a build would replace whole: choose a folder of its own, such as dist";
  assert.is(refusal("/home/ed/digest", "."), `--output . is the project folder or a folder above it, ${choose}`);
  assert.is(refusal("/home/ed", ".."), `--output .. is the project folder or a folder above it, ${choose}`);
  assert.is(refusal("/", "/"), `--output / is the project folder or a folder above it, ${choose}`);
  const elsewhere = { ...project, root: "/work/digest", articles: "/work/digest/articles" };
  assert.is(refusalFor("/home/ed", "/home/ed", elsewhere, missing), `--output /home/ed is your home folder or a folder above it, ${choose}`);
  assert.is(refusalFor("/home", "/home", elsewhere, missing), `--output /home is your home folder or a folder above it, ${choose}`);
});

test("the articles folder and the project's own folders, and anything in them, are refused", () => {
  const tail = "which the build reads or needs: choose a folder of its own, such as dist";
  assert.is(refusal("/home/ed/digest/articles", "articles"), `--output articles is articles/ or a folder in it, ${tail}`);
  assert.is(refusal("/home/ed/digest/articles/site", "articles/site"), `--output articles/site is articles/ or a folder in it, ${tail}`);
  assert.is(refusal("/home/ed/digest/layouts", "layouts"), `--output layouts is layouts/ or a folder in it, ${tail}`);
  assert.is(refusal("/home/ed/digest/src/x", "src/x"), `--output src/x is src/ or a folder in it, ${tail}`);
  assert.is(refusal("/home/ed/digest/.git", ".git"), `--output .git is .git/ or a folder in it, ${tail}`);
  const outside = { ...project, articles: "/data/news" };
  assert.is(refusalFor("/data/news/out", "/data/news/out", outside, missing), `--output /data/news/out is /data/news or a folder in it, ${tail}`);
  // Only the folder itself: a sibling whose name starts the same is another folder.
  assert.is(refusal("/home/ed/digest/articles-site", "articles-site"), undefined);
});

test("a file, a folder holding a project, a folder of someone's files and a link made by hand are refused", () => {
  assert.is(refusal("/home/ed/digest/notes.txt", "notes.txt", { kind: "file" }), "--output notes.txt is a file, and a build writes a folder there: move the file away, or choose another --output");
  assert.is(
    refusal("/home/ed/other", "../other", { kind: "folder", entries: [".git", "README.md", "src", "articles", ".built-by-news-digest"] }),
    "--output ../other holds articles/, src/, .git/: it looks like a project, not a built site; choose a folder of its own, such as dist",
  );
  assert.is(
    refusal("/home/ed/digest/www", "www", { kind: "folder", entries: ["index.html"] }),
    "--output www holds files no build wrote (it has no .built-by-news-digest file), and a build would replace them: move them away, or choose another --output",
  );
  assert.is(
    refusal("/home/ed/digest/dist", "dist", { kind: "link", to: "/var/www/news", ours: false }),
    "--output dist is a link to /var/www/news, which no build made: build into that folder with --output /var/www/news, or remove the link",
  );
  assert.is(refusal("/home/ed/digest/out/site", "out/site", { kind: "no-parent", parent: "/home/ed/digest/out" }), "--output out/site: the folder /home/ed/digest/out does not exist; create it first, or choose another --output");
});

test.run();
