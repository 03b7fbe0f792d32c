// Pictures: resized and converted with eleventy-img, kept in a cache, shown as <picture>, cropped for social cards.
export { imagesPlugin, type ImagesPluginOptions } from "./plugin.ts";
export { processPicture, type ProcessedPicture } from "./process.ts";
export { figureHtml, pictureHtml } from "./picture-html.ts";
export { withBodyPictures } from "./body-pictures.ts";
export { PictureShelf } from "./shelf.ts";
