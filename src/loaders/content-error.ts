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
