// A ref made by one build is kept for the next: the dev server compares each page's data with the
// last build's (pages/changed-pages.ts), and an article's tags, topics, people and outlets are then
// the same objects, equal at a glance instead of field by field. Frozen, as builds share them.
const kept = new Map<string, object>();

/** `ref`, or the equal one (as JSON) an earlier call returned. */
export function sharedRef<T extends object>(ref: T): T {
  const key = JSON.stringify(ref);
  const earlier = kept.get(key);
  if (earlier) return earlier as T;
  kept.set(key, Object.freeze(ref));
  return ref;
}
