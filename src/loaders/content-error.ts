/** A problem in content, reported by file and field; the build stops on it. */
export class ContentError extends Error {
  override name = 'ContentError';
}
