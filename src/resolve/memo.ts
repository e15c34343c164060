// A bounded cache for the pure name functions the writer calls for every name of every
// document (folding, organisation keys). The same names come back document after document,
// and in a replay every document's names come back once more; folding and key building
// (Unicode normalisation, several regular expressions, the legal-form and gazetteer lookups)
// were about a sixth of the writer's time. The cache empties itself when full, so memory
// stays bounded however many distinct names a run sees.

const MAX_ENTRIES = 20_000;

/** `fn` with its results remembered per argument; `fn` must be pure and its result never mutated. */
export function memo<T>(fn: (s: string) => T): (s: string) => T {
  const cache = new Map<string, T>();
  return (s: string): T => {
    let v = cache.get(s);
    if (v === undefined && !cache.has(s)) {
      v = fn(s);
      if (cache.size >= MAX_ENTRIES) cache.clear();
      cache.set(s, v);
    }
    return v as T;
  };
}
