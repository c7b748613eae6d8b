/**
 * JSON-LD in a saved page: the `NewsArticle` (or `Article`, `ReportageNewsArticle`, ...) object
 * that news sites embed for search engines, found in plain objects, arrays and `@graph` lists.
 */

export type JsonObject = Record<string, unknown>;

const ARTICLE_TYPE = /(?:^|:|\/)(?:\w*NewsArticle|Article|BlogPosting|Report)$/;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function types(node: JsonObject): string[] {
  const type = node['@type'];
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string');
}

/** Every object in a JSON-LD value, depth first (`@graph` lists and arrays included). */
function* objects(value: unknown): Generator<JsonObject> {
  if (Array.isArray(value)) {
    for (const item of value) yield* objects(item);
  } else if (isObject(value)) {
    yield value;
    if (value['@graph'] !== undefined) yield* objects(value['@graph']);
  }
}

/** The article object among the page's JSON-LD scripts, if any; broken JSON is skipped. */
export function findArticleJsonLd(scripts: readonly string[]): JsonObject | undefined {
  for (const script of scripts) {
    let value: unknown;
    try {
      value = JSON.parse(script);
    } catch {
      continue;
    }
    for (const node of objects(value)) {
      if (types(node).some((type) => ARTICLE_TYPE.test(type))) return node;
    }
  }
  return undefined;
}

/** A text field: a string, or the `name` / `@value` of an object, or the first of a list. */
export function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (Array.isArray(value)) return textOf(value[0]);
  if (isObject(value)) return textOf(value['name'] ?? value['@value']);
  return undefined;
}

/** Names in a field that may hold one or more people (`author`): strings or `{name}` objects. */
export function namesOf(value: unknown): string[] {
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return list.map(textOf).filter((name): name is string => name !== undefined && !/^https?:\/\//.test(name));
}

/** A URL field: a string, or the `@id` / `url` of an object (`mainEntityOfPage`, `image`). */
export function urlOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (Array.isArray(value)) return urlOf(value[0]);
  if (isObject(value)) return urlOf(value['url'] ?? value['@id'] ?? value['contentUrl']);
  return undefined;
}

/** The first image object of an `image` field, if it is an object. */
export function imageObjectOf(value: unknown): JsonObject | undefined {
  if (Array.isArray(value)) return imageObjectOf(value[0]);
  return isObject(value) ? value : undefined;
}

/** Keywords as a list: JSON-LD allows an array or one comma-separated string. */
export function keywordsOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(keywordsOf);
  if (typeof value !== 'string') return [];
  return value
    .split(',')
    .map((k) => k.trim())
    .filter((k) => k !== '');
}
