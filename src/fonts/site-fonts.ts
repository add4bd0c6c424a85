/**
 * The web fonts, narrowed at build time to what the site prints. The source files (src/fonts/faces.ts) hold far
 * more than any page shows: every script the face supports and, for the serif, weights 200–900 and an optical-size
 * axis. harfbuzz's subsetter (the subset-font package) keeps printable ASCII, so any English text or number the
 * code composes has its glyphs, plus every other character the content or the code holds that the face has; it
 * cuts the serif's weight axis to the 400–700 the styles use and pins its optical size at the default (20),
 * as the page always drew it, and keeps only the OpenType features a browser applies to Latin text unasked, plus
 * the tabular figures the tables ask for (all features, small capitals and fractions among them, double the files):
 * 21 + 23 + 9 + 9 KB. Each @font-face declares the Latin range and the few characters beyond it that its
 * file holds, so a rarer letter falls back to the fallback face and nothing the file holds does.
 * tests/site/fonts.test.ts checks that every character the built pages print is in the files and their ranges.
 * The narrowed files are cached under node_modules/.cache/site-fonts, named by a hash of what made them.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, extname, join } from 'node:path';
import * as fontkit from 'fontkit';
import subsetFont from 'subset-font';

/** The Latin code points every @font-face rule declares (fontsource's "latin" subset), as inclusive ranges. */
const latinRanges: readonly (readonly [number, number])[] = [
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
const rangeText = ([from, to]: readonly [number, number]): string => (from === to ? `U+${hex(from)}` : `U+${hex(from)}-${hex(to)}`);

const inLatinRange = (code: number): boolean => latinRanges.some(([from, to]) => code >= from && code <= to);

/** The unicode-range of a narrowed face: the Latin ranges, then each code point beyond them that the file holds. */
export function unicodeRangeOf(file: string): string {
  const font = fontkit.openSync(file) as fontkit.Font;
  // Some cmaps end on U+FFFF, which is no character.
  const beyond = font.characterSet.filter((code) => !inLatinRange(code) && code < 0xfffe).sort((a, b) => a - b);
  return [...latinRanges, ...beyond.map((code) => [code, code] as const)].map(rangeText).join(', ');
}

/** The layout features kept: what browsers apply by default (ligatures, kerning, marks, contextual forms), and tnum. */
const keepFeatures = ['ccmp', 'locl', 'mark', 'mkmk', 'kern', 'liga', 'clig', 'calt', 'rlig', 'rvrn', 'tnum'];

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

/** The characters the fonts keep (where the face has them): printable ASCII and every character in content/ and src/. */
export function siteCharacters(root: string): string {
  const found = new Set<string>(ASCII);
  for (const folder of ['content', 'src']) charactersUnder(join(root, folder), found);
  return [...found]
    .filter((char) => {
      const code = char.codePointAt(0) ?? 0;
      return !(code < 0x20 || (code >= 0x7f && code <= 0x9f));
    })
    .sort()
    .join('');
}

/** How one face is narrowed: its file (a package path) and, for a variable face, each axis's kept range or pinned value. */
export interface FaceSubset {
  file: string;
  axes?: Record<string, number | { min: number; max: number }>;
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
    .update(JSON.stringify([face.axes ?? null, keepFeatures]))
    .digest('hex')
    .slice(0, 12);
  const folder = join(root, 'node_modules', '.cache', 'site-fonts');
  const target = join(folder, `${basename(source, extname(source))}-${key}.woff2`);
  if (existsSync(target)) return target;
  const narrowed = await subsetFont(bytes, characters, {
    targetFormat: 'woff2',
    keepFeatures,
    ...(face.axes ? { variationAxes: face.axes } : {}),
  });
  mkdirSync(folder, { recursive: true });
  const partial = `${target}.${process.pid}.part`;
  writeFileSync(partial, narrowed);
  renameSync(partial, target);
  return target;
}
