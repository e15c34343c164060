/** Remembers a pure function's answers for repeated inputs (names recur across articles), forgetting
 * everything once `max` entries are held so memory stays bounded over any corpus. */
export function boundedMemo<T>(fn: (s: string) => T, max: number): (s: string) => T {
  const cache = new Map<string, T>();
  return (s: string) => {
    let v = cache.get(s);
    if (v === undefined) {
      if (cache.size >= max) cache.clear();
      v = fn(s);
      cache.set(s, v);
    }
    return v;
  };
}
