/** The built site on disk: its folder, its HTML pages, and the file a URL path is served from. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, normalize, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root folder. */
export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** The build folder under test: DIST_DIR (as for the e2e server) or dist/. */
export const distDir = resolve(repoRoot, process.env.DIST_DIR ?? 'dist');

/** One built HTML page: its file and the URL path it is served at (`/s/headline/`, `/404.html`). */
export interface DistPage {
  file: string;
  path: string;
}

/** Every file under a folder, recursively, in a stable order. */
export function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...filesUnder(full));
    else out.push(full);
  }
  return out;
}

/** Every HTML page of a build, with the path it is served at (folders' index.html as `folder/`). */
export function htmlPages(dir = distDir): DistPage[] {
  if (!existsSync(dir)) throw new Error(`No build at ${dir}: run \`astro build\` first (or set DIST_DIR).`);
  return filesUnder(dir)
    .filter((file) => file.endsWith('.html'))
    .map((file) => {
      const rel = relative(dir, file).split(sep).join('/');
      const path = rel === 'index.html' ? '/' : rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`;
      return { file, path };
    });
}

/** The file a URL path is served from (a folder's index.html), or undefined when none exists. */
export function fileForPath(urlPath: string, dir = distDir): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  const candidate = normalize(join(dir, decoded));
  if (!candidate.startsWith(dir)) return undefined;
  if (!existsSync(candidate)) return undefined;
  if (!statSync(candidate).isDirectory()) return candidate;
  const index = join(candidate, 'index.html');
  return existsSync(index) ? index : undefined;
}
