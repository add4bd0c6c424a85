/**
 * The date of the page's last content change, for its citation and JSON-LD: the newest git commit touching
 * content/ (the prose and figures), else (no git, e.g. a tarball) the newest file there.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const contentDir = join(process.cwd(), 'content');

/** The newest modification time of the files under a folder. */
function newestFile(dir: string): Date {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return new Date(newest);
}

let cached: Date | undefined;

/** When content/ last changed (computed once per build). */
export function lastContentChange(): Date {
  if (cached) return cached;
  try {
    const iso = execFileSync('git', ['log', '-1', '--format=%cI', '--', contentDir], {
      cwd: process.cwd(),
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    cached = iso ? new Date(iso) : newestFile(contentDir);
  } catch {
    cached = newestFile(contentDir);
  }
  return cached;
}

/** A date as YYYY-MM-DD (UTC). */
export const isoDay = (date: Date): string => date.toISOString().slice(0, 10);
