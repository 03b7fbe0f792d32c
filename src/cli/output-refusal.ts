import path from "node:path";
import { builtMarker, type OutputState } from "./output-folder.ts";

export interface ProjectFolders {
  /** The project folder (real path). */
  root: string;
  /** The articles folder the build reads (real path where it exists). */
  articles: string;
  /** The user's home folder. */
  home: string;
}

/** Folders of a project: an output folder holding one of these is a project, not a site. */
const projectMarks = ["articles", "src", "layouts", ".git"];

/**
 * Why the build must not replace `target` (what `state` says is there), in one line naming the
 * folder as the editor wrote it (`shown`) and the fix; undefined when it may. A build replaces
 * its output folder whole, so it only ever replaces a site a build wrote, an empty folder or
 * nothing — never the project, a folder above it, a file or anybody's files.
 */
export function refusalFor(target: string, shown: string, project: ProjectFolders, state: OutputState): string | undefined {
  const choose = "choose a folder of its own, such as dist";
  if (isWithin(project.root, target)) return `--output ${shown} is the project folder or a folder above it, which a build would replace whole: ${choose}`;
  if (isWithin(project.home, target)) return `--output ${shown} is your home folder or a folder above it, which a build would replace whole: ${choose}`;
  for (const folder of [project.articles, ...["layouts", "src", "node_modules", ".git"].map((name) => path.join(project.root, name))]) {
    if (isWithin(target, folder)) return `--output ${shown} is ${display(folder, project.root)} or a folder in it, which the build reads or needs: ${choose}`;
  }
  switch (state.kind) {
    case "missing":
      return undefined;
    case "no-parent":
      return `--output ${shown}: the folder ${state.parent} does not exist; create it first, or choose another --output`;
    case "file":
      return `--output ${shown} is a file, and a build writes a folder there: move the file away, or choose another --output`;
    case "link":
      return state.ours
        ? undefined
        : `--output ${shown} is a link to ${state.to}, which no build made: build into that folder with --output ${state.to}, or remove the link`;
    case "folder": {
      const marks = projectMarks.filter((name) => state.entries.includes(name));
      if (marks.length) return `--output ${shown} holds ${marks.map((m) => `${m}/`).join(", ")}: it looks like a project, not a built site; ${choose}`;
      if (state.entries.length === 0 || state.entries.includes(builtMarker)) return undefined;
      return `--output ${shown} holds files no build wrote (it has no ${builtMarker} file), and a build would replace them: move them away, or choose another --output`;
    }
  }
}

/** True when `inner` is `outer` or inside it. */
function isWithin(inner: string, outer: string): boolean {
  const relative = path.relative(outer, inner);
  return relative === "" || !(relative === ".." || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative));
}

function display(folder: string, root: string): string {
  return isWithin(folder, root) ? `${path.relative(root, folder).split(path.sep).join("/")}/` : folder;
}
