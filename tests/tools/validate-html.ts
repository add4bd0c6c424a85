/**
 * Runs the Nu HTML Checker (vnu.jar from the vnu-jar package; needs Java) over every HTML page of a build.
 * Usage: node tests/tools/validate-html.ts [dist folder]
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { distDir, htmlPages } from './dist.ts';

/** One message from the checker. */
export interface VnuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

/** The checker's verdict on a build. */
export interface ValidationReport {
  pages: number;
  errors: VnuMessage[];
  warnings: VnuMessage[];
}

/** The path of vnu.jar inside node_modules. */
export const vnuJar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

/** Validates HTML files in one Java run; throws when Java is missing. */
export function validateFiles(files: string[]): Omit<ValidationReport, 'pages'> {
  if (files.length === 0) return { errors: [], warnings: [] };
  const java = process.env.JAVA ?? 'java';
  // The checker writes its JSON to stderr; --exit-zero-always keeps the exit code for real failures.
  // --no-langdetect: guessing each page's language is over half the run and only ever yields a warning, never an error.
  const run = spawnSync(java, ['-jar', vnuJar, '--format', 'json', '--exit-zero-always', '--no-langdetect', ...files], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const failure: NodeJS.ErrnoException | undefined = run.error;
  if (failure?.code === 'ENOENT') {
    throw new Error('The Nu HTML Checker needs Java: `apt-get install default-jre-headless`.');
  }
  if (run.error || run.status !== 0) throw new Error(`vnu.jar failed: ${run.error?.message ?? run.stderr}`);
  return parseVnuOutput(run.stderr);
}

/** Splits the checker's JSON into errors (anything but info) and warnings. */
export function parseVnuOutput(json: string): Omit<ValidationReport, 'pages'> {
  const parsed = JSON.parse(json.trim() || '{"messages":[]}') as { messages: VnuMessage[] };
  // Pages are checked as file: URLs, where 'self' in the CSP never matches: the browser tests check CSP for real.
  const messages = parsed.messages.filter((m) => !m.message.startsWith('Resource violates Content Security Policy'));
  return {
    errors: messages.filter((m) => m.type !== 'info'),
    warnings: messages.filter((m) => m.type === 'info' && m.subType === 'warning'),
  };
}

/** Validates every HTML page of a build. */
export function validateBuild(dir = distDir): ValidationReport {
  const files = htmlPages(dir).map((page) => page.file);
  return { pages: files.length, ...validateFiles(files) };
}

/** One line per message: file, line, text. */
export const formatMessage = (m: VnuMessage, dir = distDir): string =>
  `${m.url ? relative(dir, fileURLToPath(m.url)) : '?'}:${m.lastLine ?? '?'} ${m.type}: ${m.message}${m.extract ? ` — ${m.extract.trim().slice(0, 120)}` : ''}`;

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] ? resolve(process.argv[2]) : distDir;
  const report = validateBuild(dir);
  for (const m of [...report.errors, ...report.warnings]) process.stderr.write(`${formatMessage(m, dir)}\n`);
  process.stdout.write(`Nu HTML Checker: ${report.pages} pages, ${report.errors.length} errors, ${report.warnings.length} warnings\n`);
  process.exitCode = report.errors.length > 0 ? 1 : 0;
}
