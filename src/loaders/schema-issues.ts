/**
 * Schema errors as lines a person can act on: `file: field: what is wrong (line N)`. Field names
 * come from the file and are shown escaped (./field-names.ts); an unknown one is answered with
 * the known field it most likely meant.
 */
import type { z } from 'astro/zod';
import { articleSchema } from '../schemas/article';
import { nearestField, shownFieldName } from './field-names';
import { type ArticleSource, fieldLine } from './frontmatter';

/** The parts of a schema's definition that lead to the fields of an object inside it. */
interface Def {
  type: string;
  shape?: Record<string, z.core.$ZodType>;
  innerType?: z.core.$ZodType;
  element?: z.core.$ZodType;
  in?: z.core.$ZodType;
}

/** The field names `schema` knows for the object at `path` (array indices included). */
export function fieldsAt(schema: z.core.$ZodType, path: readonly PropertyKey[]): string[] {
  let node: z.core.$ZodType | undefined = schema;
  let rest = [...path];
  while (node) {
    const def = node._zod.def as Def;
    if (def.type === 'object' && def.shape) {
      if (rest.length === 0) return Object.keys(def.shape);
      node = def.shape[String(rest[0])];
      rest = rest.slice(1);
    } else if (def.type === 'array') {
      node = def.element;
      rest = rest.slice(1);
    } else {
      node = def.innerType ?? def.in;
    }
  }
  return [];
}

export interface IssueContext {
  /** The schema the issues come from, to suggest known field names. */
  schema?: z.core.$ZodType;
  /** The line in the file of the field at a path, when it is there. */
  lineOf?: (path: readonly PropertyKey[]) => number | undefined;
}

export function formatSchemaIssues(
  file: string,
  issues: readonly z.core.$ZodIssue[],
  { schema, lineOf }: IssueContext = {},
): string[] {
  const line = (path: readonly PropertyKey[]) => {
    const found = lineOf?.(path);
    return found === undefined ? '' : ` (line ${found})`;
  };
  return issues.flatMap((issue) => {
    const field = issue.path.map((part) => shownFieldName(String(part))).join('.');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => {
        const meant = schema && nearestField(key, fieldsAt(schema, issue.path));
        const hint = meant ? `did you mean ${meant}?` : 'a typo? see docs/content-format.md';
        return `${file}: ${field ? `${field}.` : ''}${shownFieldName(key)}: unknown field${line([...issue.path, key])}: ${hint}`;
      });
    }
    // Zod does not keep the input; its message says when the field was missing.
    if (issue.code === 'invalid_type' && issue.message.endsWith('received undefined')) {
      return [`${file}: ${field}: is required`];
    }
    return [`${file}: ${field || '(frontmatter)'}: ${issue.message}${line(issue.path)}`];
  });
}

/**
 * The schema's problems with an article's fields, by field, and by line when `source` is the
 * file they were read from.
 */
export function schemaProblems(
  shownPath: string,
  data: Record<string, unknown>,
  source?: Pick<ArticleSource, 'rawData' | 'dataLine'>,
): string[] {
  const result = articleSchema.safeParse(data);
  if (result.success) return [];
  return formatSchemaIssues(shownPath, result.error.issues, {
    schema: articleSchema,
    ...(source ? { lineOf: (fieldPath: readonly PropertyKey[]) => fieldLine(source, fieldPath) } : {}),
  });
}
