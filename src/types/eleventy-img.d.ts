// @11ty/eleventy-img 6 ships JavaScript without declarations: this names the part we call.
declare module "@11ty/eleventy-img" {
  export interface ImageStat {
    format: string;
    width: number;
    height: number;
    url: string;
    sourceType: string;
    filename: string;
    outputPath: string;
    size: number;
  }
  export interface ImageOptions {
    widths?: (number | "auto")[];
    formats?: string[];
    outputDir?: string;
    urlPath?: string;
    useCache?: boolean;
    filenameFormat?: (id: string, src: unknown, width: number, format: string) => string;
    sharpJpegOptions?: Record<string, unknown>;
    sharpWebpOptions?: Record<string, unknown>;
    sharpAvifOptions?: Record<string, unknown>;
    [option: string]: unknown;
  }
  /** Resizes and converts one picture; resolves to its outputs by format, smallest width first. */
  function Image(src: string | Buffer, options?: ImageOptions): Promise<Record<string, ImageStat[]>>;
  namespace Image {
    /** How many pictures it processes at once (a queue shared by every call). */
    let concurrency: number;
  }
  export default Image;
}
