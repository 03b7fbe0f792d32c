/** `/topics/x/` → `https://example.org/topics/x/`, for canonical links and sharing. */
export function absoluteUrl(path: string, baseUrl: string): string {
  return new URL(path, `${baseUrl}/`).href;
}
