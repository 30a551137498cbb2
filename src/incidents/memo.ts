/**
 * A pure function of one string, remembered by its argument (issue 17). Ingestion scores every
 * notice against the stored reports of its candidates, so the same few hosts and names are read
 * again for each notice and candidate (registrable domains, host labels, subject forms). Arguments
 * longer than 200 characters are not kept; past `max` entries the memory starts again empty, as
 * normalizeOrgName's does (match.ts). The function must not depend on anything but its argument,
 * and callers must not change what it returns.
 *
 * @example const domainOf = memoized((host: string) => host.split('.').slice(-2).join('.'));
 *          domainOf('news.example.jp') // => 'example.jp' (computed once)
 */
export function memoized<T>(fn: (s: string) => T, max = 20_000): (s: string) => T {
  const kept = new Map<string, T>();
  return (s: string): T => {
    let v = kept.get(s);
    if (v === undefined && !kept.has(s)) {
      v = fn(s);
      if (s.length <= 200) {
        if (kept.size >= max) kept.clear();
        kept.set(s, v);
      }
    }
    return v as T;
  };
}
