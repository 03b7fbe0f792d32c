// Nunjucks (installed with Eleventy) ships no declarations: this names the part the email output calls.
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
  const nunjucks: { FileSystemLoader: typeof FileSystemLoader; Environment: typeof Environment; compile: typeof compile };
  export default nunjucks;
}
