/**
 * Security rules for every built page: a Content-Security-Policy <meta> whose script-src allows this origin and
 * hashes only (no 'unsafe-inline', no 'unsafe-eval', no other origin); inline scripts and styles covered by its
 * hashes; no inline event handlers, style attributes or javascript: URLs; links opening a new tab do so safely.
 * Usage: node tests/tools/check-safety.ts [dist folder]
 */
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { distDir, htmlPages } from './dist.ts';
import { elementsOfFile, type PageElement } from './html.ts';

/** Source expressions a fetch directive may hold: this origin, hashes, nothing. */
const SAFE_SOURCE = /^('self'|'none'|'strict-dynamic'|'report-sample'|'sha(256|384|512)-[A-Za-z0-9+/=]+')$/;
/** Directives that take sources, and the extra schemes each may allow. */
const SOURCE_DIRECTIVES: Record<string, string[]> = {
  'default-src': [],
  'script-src': [],
  'script-src-elem': [],
  'script-src-attr': [],
  'style-src': [],
  'style-src-elem': [],
  'style-src-attr': [],
  'img-src': ['data:'],
  'font-src': [],
  'connect-src': [],
  'object-src': [],
  'base-uri': [],
  'form-action': [],
  'frame-src': [],
  'child-src': [],
  'worker-src': [],
  'manifest-src': [],
  'media-src': [],
};
const EXECUTABLE_SCRIPT = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/** A policy as directive → sources. */
export function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/** Problems with a policy: script sources beyond this origin and hashes, other origins anywhere. */
export function policyProblems(policy: string): string[] {
  const problems: string[] = [];
  const directives = parsePolicy(policy);
  if (!directives.has('script-src') && !directives.has('default-src')) problems.push('no script-src or default-src');
  for (const [name, sources] of directives) {
    const extra = SOURCE_DIRECTIVES[name];
    if (!extra) continue;
    for (const source of sources) {
      if (!SAFE_SOURCE.test(source) && !extra.includes(source)) problems.push(`${name} allows ${source}`);
    }
  }
  return problems;
}

const hashOf = (text: string, algorithm: 'sha256' | 'sha384' | 'sha512'): string =>
  `'${algorithm}-${createHash(algorithm).update(text, 'utf8').digest('base64')}'`;

/** Whether a policy's directive (or its fallback) carries the hash of an inline text. */
function allows(directives: Map<string, string[]>, names: string[], text: string): boolean {
  const sources = names.map((name) => directives.get(name)).find(Boolean) ?? [];
  return (['sha256', 'sha384', 'sha512'] as const).some((algorithm) => sources.includes(hashOf(text, algorithm)));
}

/** The rule breaks on one page, given its elements. */
export function pageProblems(elements: PageElement[]): string[] {
  const problems: string[] = [];
  const metas = elements.filter((el) => el.tag === 'meta' && el.attrs.get('http-equiv')?.toLowerCase() === 'content-security-policy');
  const policy = metas[0]?.attrs.get('content') ?? '';
  if (metas.length !== 1) problems.push(`${metas.length} Content-Security-Policy <meta> elements (want 1)`);
  else problems.push(...policyProblems(policy));
  const directives = parsePolicy(policy);
  const metaIndex = metas[0] ? elements.indexOf(metas[0]) : -1;

  for (const [index, el] of elements.entries()) {
    const describe = `<${el.tag}${el.attrs.get('id') ? `#${el.attrs.get('id')}` : ''}>`;
    for (const [name, value] of el.attrs) {
      if (/^on/i.test(name)) problems.push(`${describe} has an inline event handler ${name}`);
      if (/^\s*javascript:/i.test(value)) problems.push(`${describe} ${name} is a javascript: URL`);
    }
    if (el.attrs.has('style') && !allows(directives, ['style-src-attr', 'style-src'], el.attrs.get('style') ?? '')) {
      problems.push(`${describe} has a style attribute, which the CSP blocks`);
    }
    const isScript = el.tag === 'script' && EXECUTABLE_SCRIPT.has(el.attrs.get('type')?.toLowerCase() ?? '');
    if (isScript && index < metaIndex) problems.push(`${describe} comes before the CSP <meta>`);
    if (isScript && !el.attrs.has('src') && !allows(directives, ['script-src-elem', 'script-src', 'default-src'], el.text)) {
      problems.push(`an inline <script> is not covered by a hash in script-src`);
    }
    if (el.tag === 'style' && !allows(directives, ['style-src-elem', 'style-src', 'default-src'], el.text)) {
      problems.push(`an inline <style> is not covered by a hash in style-src`);
    }
    const target = el.attrs.get('target')?.toLowerCase();
    const rel = (el.attrs.get('rel') ?? '').toLowerCase().split(/\s+/);
    const opensWindow = target !== undefined && !['_self', '_top', '_parent', ''].includes(target);
    if ((el.tag === 'a' || el.tag === 'area' || el.tag === 'form') && opensWindow && !rel.includes('noopener') && !rel.includes('noreferrer')) {
      problems.push(`${describe} "${el.attrs.get('href') ?? ''}" opens a new window without rel="noopener"`);
    }
  }
  return problems;
}

/** Every rule break on every page of a build, as "path: problem". */
export function checkSafety(dir = distDir): string[] {
  return htmlPages(dir).flatMap((page) => pageProblems(elementsOfFile(page.file)).map((problem) => `${page.path}: ${problem}`));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const problems = checkSafety(process.argv[2] ? resolve(process.argv[2]) : distDir);
  for (const line of problems) process.stderr.write(`${line}\n`);
  process.stdout.write(`Safety: ${problems.length} problems\n`);
  process.exitCode = problems.length > 0 ? 1 : 0;
}
