// Nunjucks (installed with Eleventy) ships no declarations: this names the parts the email output and the template cache call.
declare module "nunjucks" {
  export class FileSystemLoader {
    constructor(searchPaths: string | string[], options?: { noCache?: boolean });
  }
  export class Environment {
    constructor(loader: FileSystemLoader, options?: { autoescape?: boolean; throwOnUndefined?: boolean });
  }
  export interface Template {
    render(context: object): string;
  }
  export function compile(source: string, env: Environment, path?: string): Template;
  /** What `Template.prototype._compile` sees of a template and its environment (nunjucks 3.2). */
  export interface CompilingTemplate {
    tmplStr?: string;
    tmplProps?: object;
    path?: string;
    env: { asyncFilters: string[]; extensionsList: { tags?: string[]; preprocess?: unknown }[]; opts: object };
  }
  export const compiler: { compile(source: string, asyncFilters: string[], extensions: object[], name: string | undefined, opts: object): string };
  const nunjucks: {
    FileSystemLoader: typeof FileSystemLoader;
    Environment: typeof Environment;
    compile: typeof compile;
    compiler: typeof compiler;
    Template: { prototype: { _compile?: (this: CompilingTemplate) => void } };
  };
  export default nunjucks;
}
