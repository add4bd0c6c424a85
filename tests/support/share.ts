/** Helpers for the sharing tests: the sections as written in content/, and reading a PNG's size. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolveSummary } from '../../src/sections/figure-text';

/** A section's frontmatter fields the sharing features use. */
export interface SectionInfo {
  slug: string;
  title: string;
  summary: string;
}

const sectionsDir = fileURLToPath(new URL('../../content/sections/', import.meta.url));

/** Reads one plain `key: value` line of YAML frontmatter (quotes removed). */
function field(source: string, key: string): string {
  const match = new RegExp(`^${key}:\\s*(.*)$`, 'm').exec(source.split(/^---\s*$/m)[1] ?? '');
  return (match?.[1] ?? '').trim().replace(/^(['"])(.*)\1$/, '$2');
}

/** The sections in article order, from their files (summaries with their {fact.id} placeholders written out). */
export function sections(): SectionInfo[] {
  return readdirSync(sectionsDir)
    .filter((name) => /^\d\d-.+\.mdx$/.test(name))
    .sort()
    .map((name) => {
      const source = readFileSync(join(sectionsDir, name), 'utf8');
      return { slug: field(source, 'slug'), title: field(source, 'title'), summary: resolveSummary(field(source, 'summary'), name) };
    });
}

/** Width and height from a PNG's IHDR chunk; throws if the bytes are not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (!signature.every((b, i) => bytes[i] === b)) throw new Error('not a PNG: bad signature');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (String.fromCharCode(...bytes.slice(12, 16)) !== 'IHDR') throw new Error('not a PNG: no IHDR');
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
