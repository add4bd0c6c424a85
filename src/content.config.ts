/** The content collections: the nine article sections, written in MDX under content/sections. */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { sectionSchema } from './sections/schema';

const sections = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/sections' }),
  schema: sectionSchema,
});

export const collections = { sections };
