/** How pictures are served: the widths every picture is resized to, its formats, and the social card's crop. */
export interface PictureSettings {
  /** Widths in pixels, smallest first; a picture narrower than the first is served as it is, with a warning. */
  widths: number[];
  /** Best first: a browser takes the first it can show; the last is the `<img>` fallback. */
  formats: ("avif" | "webp" | "jpeg")[];
  /** The `sizes` of a lead or body picture: the text column, or the screen when narrower. */
  sizes: string;
  /** The `sizes` of a thumbnail in lists. */
  thumbnailSizes: string;
  /** The crop shared links show (Open Graph, Twitter/X): 1200×630 is what both ask for. */
  card: { width: number; height: number };
}

export const pictureSettings: PictureSettings = {
  widths: [320, 640, 1280],
  formats: ["avif", "webp", "jpeg"],
  sizes: "(min-width: 42rem) 40rem, 100vw",
  thumbnailSizes: "6rem",
  card: { width: 1200, height: 630 },
};
