/**
 * Where content lives: `content/` unless `BROADSHEET_CONTENT` names another folder (the tests
 * build fixture sites this way). Shared by the Astro config and the collection.
 */
export const contentRoot = process.env['BROADSHEET_CONTENT'] ?? 'content';
