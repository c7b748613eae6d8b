import { defineCollection } from 'astro:content';
import { contentRoot } from './content-root';
import { articlesLoader } from './loaders/articles';
import { createArticleSchema } from './schemas/article';

const articles = defineCollection({
  loader: articlesLoader({ base: `${contentRoot}/articles`, contentRoot }),
  schema: ({ image }) => createArticleSchema(image()),
});

export const collections = { articles };
