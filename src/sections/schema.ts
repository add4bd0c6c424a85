/** The frontmatter every section must have, and the checks across sections that zod alone cannot make. */
import { z } from 'astro/zod';
import { sectionSlugs } from './slugs';

export const sectionSchema = z
  .object({
    /** The heading shown on the page and in the table of contents. */
    title: z.string().min(3),
    /** A shorter label for the table of contents and slides. */
    short: z.string().min(2).max(28),
    /** The permanent anchor: one of the nine slugs, matching the file name. */
    slug: z.enum(sectionSlugs),
    /** Position in the article, 1–9, matching the file name's NN prefix. */
    order: z.number().int().min(1).max(sectionSlugs.length),
    /** One sentence used for sharing (Open Graph description) and the slide deck. */
    summary: z
      .string()
      .min(20)
      .max(240)
      .regex(/[.?!]$/, 'must be one sentence ending with punctuation'),
  })
  .strict();

/** A section's validated frontmatter. */
export type SectionData = z.infer<typeof sectionSchema>;

/** What the cross-section check needs to know of an entry. */
export interface SectionFile {
  filePath: string;
  data: unknown;
}

/** Validates one section's frontmatter; the error names the file. */
export function parseSection(file: SectionFile): SectionData {
  const parsed = sectionSchema.safeParse(file.data);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(frontmatter)'}: ${issue.message}`);
    throw new Error(`${file.filePath}: invalid section frontmatter — ${problems.join('; ')}`);
  }
  return parsed.data;
}

/** Checks the whole set: file name NN-slug matches the frontmatter, no duplicates, all nine in order. */
export function checkSections(files: SectionFile[]): SectionData[] {
  const sections = files.map((file) => {
    const data = parseSection(file);
    const name = file.filePath.split(/[\\/]/).pop() ?? file.filePath;
    const expected = `${String(data.order).padStart(2, '0')}-${data.slug}.mdx`;
    if (name !== expected) throw new Error(`${file.filePath}: file name must be "${expected}" for order ${data.order} and slug "${data.slug}"`);
    if (sectionSlugs[data.order - 1] !== data.slug) {
      throw new Error(`${file.filePath}: slug "${data.slug}" must be section ${sectionSlugs.indexOf(data.slug) + 1}, not ${data.order}`);
    }
    return { file, data };
  });
  for (const slug of sectionSlugs) {
    const owners = sections.filter((s) => s.data.slug === slug);
    if (owners.length > 1) throw new Error(`${owners[1]?.file.filePath}: duplicate slug "${slug}" (also in ${owners[0]?.file.filePath})`);
    if (owners.length === 0) throw new Error(`content/sections: no file has slug "${slug}"`);
  }
  return sections.map((s) => s.data).sort((a, b) => a.order - b.order);
}
