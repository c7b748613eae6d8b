/**
 * `find`, worked out once per key: for lookups every page repeats over few keys (an archive has
 * a handful of languages and thousands of pages).
 */
export function perKey<T>(find: (key: string) => T): (key: string) => T {
  const known = new Map<string, T>();
  return (key) => {
    if (!known.has(key)) known.set(key, find(key));
    return known.get(key) as T;
  };
}
