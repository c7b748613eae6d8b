/**
 * Problems in content, one line each by file and field; the build stops on them. The lines are
 * the whole message: the error has no stack, so Astro prints neither "Location:" nor a stack
 * trace into its own code after them (it prints both for any error that has a stack).
 */
export class ContentError extends Error {
  override name = 'ContentError';
  /** One line per problem. */
  readonly problems: readonly string[];

  constructor(problems: string | readonly string[]) {
    const lines = typeof problems === 'string' ? [problems] : problems;
    super(lines.join('\n'));
    this.problems = lines;
    this.stack = '';
  }
}

/** `Invalid content (2 problems):` and its lines, the heading in the right number. */
export function problemList(heading: string, problems: readonly string[]): string {
  const count = `${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}`;
  return `${heading} (${count}):\n${problems.join('\n')}`;
}
