/** The JavaScript a built page loads (its module scripts and everything they import), with gzipped sizes. */
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { distDir, fileForPath } from './dist.ts';
import { elementsOfFile } from './html.ts';

/** The article's budget for JavaScript, gzipped. */
export const ARTICLE_JS_BUDGET_BYTES = 60 * 1024;

/** One script file and its sizes. */
export interface ScriptSize {
  file: string;
  bytes: number;
  gzipBytes: number;
}

const importPattern = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s*)["'](\.{1,2}\/[^"']+\.m?js)["']/g;

/** Size of a buffer gzipped at the level static hosts use. */
export const gzipSize = (data: Buffer | string): number => gzipSync(data, { level: 9 }).length;

/** Every script a page loads: <script src>, modulepreloads, and their static and dynamic imports. */
export function pageScripts(pageFile: string, dir = distDir): ScriptSize[] {
  const queue: string[] = [];
  for (const el of elementsOfFile(pageFile)) {
    const src = el.tag === 'script' ? el.attrs.get('src') : el.tag === 'link' && el.attrs.get('rel') === 'modulepreload' ? el.attrs.get('href') : undefined;
    if (!src || /^[a-z]+:/i.test(src)) continue;
    const file = fileForPath(new URL(src, `http://x${pageFile.slice(dir.length)}`).pathname, dir);
    if (file) queue.push(file);
  }
  const seen = new Set<string>();
  const out: ScriptSize[] = [];
  while (queue.length > 0) {
    const file = queue.shift() ?? '';
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(file);
    out.push({ file: relative(dir, file), bytes: code.length, gzipBytes: gzipSize(code) });
    for (const match of code.toString('utf8').matchAll(importPattern)) queue.push(resolve(dirname(file), match[1] ?? ''));
  }
  return out;
}

/** Total gzipped bytes of a list of scripts. */
export const totalGzip = (scripts: ScriptSize[]): number => scripts.reduce((sum, s) => sum + s.gzipBytes, 0);
