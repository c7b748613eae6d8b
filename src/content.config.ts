import { defineCollection } from 'astro:content';
import { contentRoot } from './content-root';
import { articlesLoader } from './loaders/articles';
import { pagesLoader } from './loaders/pages';
import { createArticleSchema } from './schemas/article';
import { pageSchema } from './schemas/page';

const articles = defineCollection({
  loader: articlesLoader({ base: `${contentRoot}/articles`, contentRoot }),
  schema: ({ image }) => createArticleSchema(image()),
});

// Optional static pages (About, Corrections…), linked from the header or footer.
const pages = defineCollection({
  loader: pagesLoader({ base: `${contentRoot}/pages` }),
  schema: pageSchema,
});

export const collections = { articles, pages };
