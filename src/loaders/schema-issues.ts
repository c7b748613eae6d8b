/** Schema errors as lines a person can act on: `file: field: what is wrong`. */
import type { z } from 'astro/zod';

export function formatSchemaIssues(file: string, issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.flatMap((issue) => {
    const field = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map(
        (key) =>
          `${file}: ${field ? `${field}.` : ''}${key}: unknown field (a typo? see docs/content-format.md)`,
      );
    }
    // Zod does not keep the input; its message says when the field was missing.
    if (issue.code === 'invalid_type' && issue.message.endsWith('received undefined')) {
      return [`${file}: ${field}: is required`];
    }
    return [`${file}: ${field || '(frontmatter)'}: ${issue.message}`];
  });
}
