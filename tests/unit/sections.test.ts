import { describe, expect, it } from 'vitest';
import { checkSections, parseSection, type SectionFile } from '../../src/sections/schema';
import { sectionSlugs } from '../../src/sections/slugs';

const good = (order: number): SectionFile => {
  const slug = sectionSlugs[order - 1] ?? 'headline';
  return {
    filePath: `content/sections/${String(order).padStart(2, '0')}-${slug}.mdx`,
    data: { title: `Title ${order}`, short: `Short ${order}`, slug, order, summary: 'A sentence long enough to share.' },
  };
};
const all = (): SectionFile[] => sectionSlugs.map((_, i) => good(i + 1));
const withData = (file: SectionFile, data: Record<string, unknown>): SectionFile => ({
  ...file,
  data: { ...(file.data as Record<string, unknown>), ...data },
});

describe('section frontmatter', () => {
  it('accepts the nine sections in order', () => {
    expect(checkSections(all()).map((s) => s.slug)).toEqual([...sectionSlugs]);
  });

  it('rejects an unknown slug, naming the file', () => {
    const bad = withData(good(2), { slug: 'peer' });
    expect(() => parseSection(bad)).toThrow(/content\/sections\/02-peers\.mdx: invalid section frontmatter — slug/);
  });

  it('rejects a missing summary, naming the file and the field', () => {
    const { summary: _dropped, ...rest } = good(3).data as Record<string, unknown>;
    expect(() => parseSection({ ...good(3), data: rest })).toThrow(/03-techniques\.mdx: invalid section frontmatter — summary/);
  });

  it('rejects a summary that is not one finished sentence', () => {
    expect(() => parseSection(withData(good(1), { summary: 'No full stop at the end of this one' }))).toThrow(/summary/);
  });

  it('rejects unexpected frontmatter fields, so typos do not pass silently', () => {
    expect(() => parseSection(withData(good(1), { titel: 'typo' }))).toThrow(/01-headline\.mdx/);
  });

  it('rejects an order that does not match the file name', () => {
    const files = all();
    files[1] = withData(good(2), { order: 3 });
    expect(() => checkSections(files)).toThrow('content/sections/02-peers.mdx: file name must be "03-peers.mdx"');
  });

  it('rejects a slug out of its place in the story', () => {
    const files = all();
    files[1] = { ...good(2), filePath: 'content/sections/02-techniques.mdx', data: { ...(good(2).data as object), slug: 'techniques' } };
    expect(() => checkSections(files)).toThrow(/02-techniques\.mdx: slug "techniques" must be section 3, not 2/);
  });

  it('rejects a duplicated slug, naming both files', () => {
    const files = [...all(), { ...good(1), filePath: 'content/sections/01-headline.mdx' }];
    expect(() => checkSections(files)).toThrow(/duplicate slug "headline"/);
  });

  it('rejects a missing section', () => {
    expect(() => checkSections(all().slice(0, 8))).toThrow(/no file has slug "methods"/);
  });
});
