import { loadContent, validateEntities, type EntitySource } from "../content/index.ts";

/** The registry's valid entities under `articlesDir`, read as the build reads them (an invalid file is check's business). */
export async function loadEntities(articlesDir: string, projectRoot = process.cwd()): Promise<EntitySource[]> {
  const { files } = await loadContent(articlesDir, projectRoot);
  return validateEntities(files).entities;
}
