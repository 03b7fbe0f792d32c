// Search: the Pagefind index, built from the model.
export { indexSiteForSearch } from "./search-index.ts";
