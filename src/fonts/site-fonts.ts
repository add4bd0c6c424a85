/**
 * The web fonts, narrowed at build time to what the site prints. fontsource's Latin files hold every Latin-1
 * letter and, for the serif, the whole 200–900 weight axis: 51 + 52 KB for the serif's two styles and 16 KB for
 * each sans weight, most of it glyphs no page shows. harfbuzz's subsetter (the subset-font package) keeps
 * printable ASCII, so any English text or number the code composes has its glyphs, plus every other character of
 * the Latin range that the content or the code holds, and cuts the serif's axis to the 400–700 the styles use:
 * 24 + 25 + 9 + 9 KB. A character a file leaves out still shows, drawn from the fallback face;
 * tests/site/fonts.test.ts checks that every character the built pages print is in the files.
 * The narrowed files are cached under node_modules/.cache/site-fonts, named by a hash of what made them.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join } from 'node:path';
import subsetFont from 'subset-font';

/** The code points the @font-face rules declare (fontsource's "latin" subset), as inclusive ranges. */
export const latinRanges: readonly (readonly [number, number])[] = [
  [0x0000, 0x00ff],
  [0x0131, 0x0131],
  [0x0152, 0x0153],
  [0x02bb, 0x02bc],
  [0x02c6, 0x02c6],
  [0x02da, 0x02da],
  [0x02dc, 0x02dc],
  [0x0304, 0x0304],
  [0x0308, 0x0308],
  [0x0329, 0x0329],
  [0x2000, 0x206f],
  [0x20ac, 0x20ac],
  [0x2122, 0x2122],
  [0x2191, 0x2191],
  [0x2193, 0x2193],
  [0x2212, 0x2212],
  [0x2215, 0x2215],
  [0xfeff, 0xfeff],
  [0xfffd, 0xfffd],
];

const hex = (code: number): string => code.toString(16).toUpperCase().padStart(4, '0');
/** The same ranges as a CSS unicode-range value. */
export const latinUnicodeRange = latinRanges.map(([from, to]) => (from === to ? `U+${hex(from)}` : `U+${hex(from)}-${hex(to)}`)).join(', ');

export const inLatinRange = (code: number): boolean => latinRanges.some(([from, to]) => code >= from && code <= to);

/** Printable ASCII: every glyph composed text can need. */
const ASCII = Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCodePoint(0x20 + i)).join('');

/** Every text file's characters under a folder (a file with a NUL byte is binary and skipped). */
function charactersUnder(folder: string, into: Set<string>): void {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) charactersUnder(path, into);
    else {
      const text = readFileSync(path, 'utf8');
      if (!text.includes('\u0000')) for (const char of text) into.add(char);
    }
  }
}

/** The characters the fonts keep: printable ASCII and every Latin-range character in content/ and src/. */
export function siteCharacters(root: string): string {
  const found = new Set<string>(ASCII);
  for (const folder of ['content', 'src']) charactersUnder(join(root, folder), found);
  return [...found]
    .filter((char) => {
      const code = char.codePointAt(0) ?? 0;
      const control = code < 0x20 || (code >= 0x7f && code <= 0x9f);
      return inLatinRange(code) && !control;
    })
    .sort()
    .join('');
}

/** How one face is narrowed: its file (a package path) and, for a variable face, the weight range kept. */
export interface FaceSubset {
  file: string;
  weights?: { min: number; max: number };
}

/**
 * The path of `face` narrowed to `characters`, made on the first build that needs it (written under a temporary
 * name and renamed, so two builds at once cannot read half a file).
 */
export async function subsetFace(root: string, face: FaceSubset, characters: string): Promise<string> {
  const source = createRequire(join(root, 'package.json')).resolve(face.file);
  const bytes = readFileSync(source);
  const key = createHash('sha256')
    .update(bytes)
    .update(characters)
    .update(JSON.stringify(face.weights ?? null))
    .digest('hex')
    .slice(0, 12);
  const folder = join(root, 'node_modules', '.cache', 'site-fonts');
  const target = join(folder, `${basename(source, '.woff2')}-${key}.woff2`);
  if (existsSync(target)) return target;
  const narrowed = await subsetFont(bytes, characters, {
    targetFormat: 'woff2',
    ...(face.weights ? { variationAxes: { wght: face.weights } } : {}),
  });
  mkdirSync(folder, { recursive: true });
  const partial = `${target}.${process.pid}.part`;
  writeFileSync(partial, narrowed);
  renameSync(partial, target);
  return target;
}
