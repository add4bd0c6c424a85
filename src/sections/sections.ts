/** The article's sections, loaded from the collection and checked as a set. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { resolveSummary } from './figure-text';
import { checkSections } from './schema';

/** A section entry in article order. */
export type SectionEntry = CollectionEntry<'sections'>;

/** All nine sections in order, summaries resolved; fails the build naming the file when the set is wrong. */
export async function getSections(): Promise<SectionEntry[]> {
  const entries = await getCollection('sections');
  checkSections(entries.map((entry) => ({ filePath: entry.filePath ?? entry.id, data: entry.data })));
  return entries
    .map((entry) => ({ ...entry, data: { ...entry.data, summary: resolveSummary(entry.data.summary, entry.filePath ?? entry.id) } }))
    .sort((a, b) => a.data.order - b.data.order);
}
