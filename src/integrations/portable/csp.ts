/** Small, exact changes to a Content-Security-Policy string. */

/** The policy with `sources` added to `directive`; a `'none'` there is replaced, not joined. */
export function allowInCsp(csp: string, directive: string, sources: string[]): string {
  const directives = csp
    .split(';')
    .map((part) => part.trim())
    .filter(Boolean);
  const index = directives.findIndex((part) => part.split(/\s+/)[0] === directive);
  const current = index === -1 ? [] : (directives[index] ?? '').split(/\s+/).slice(1);
  const kept = current.filter((source) => source !== "'none'");
  const merged = [...kept, ...sources.filter((source) => !kept.includes(source))];
  const updated = [directive, ...merged].join(' ');
  if (index === -1) directives.push(updated);
  else directives[index] = updated;
  return directives.join('; ');
}
