/** Serving a built site from scripts and tests: a free port, the static server, and waiting until it answers. */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const serveScript = fileURLToPath(new URL('./serve.mjs', import.meta.url));

/** A TCP port nobody is listening on. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** A running static server. */
export interface StaticSite {
  /** e.g. http://127.0.0.1:4380 */
  origin: string;
  /** The site's root address: origin + base. */
  root: string;
  /** Stops the server. */
  stop: () => void;
}

/** What to serve and how. */
export interface StaticSiteOptions {
  dir: string;
  base?: string;
  /** Serve compressed responses, as a production host would (the bench). */
  gzip?: boolean;
  /** Add the error probe to every HTML page (for drivers that cannot read the console). */
  probe?: boolean;
  /** A fixed port; a free one when omitted. */
  port?: number;
  /** How long to wait for the server to answer, in ms. */
  timeoutMs?: number;
}

/** Starts tests/support/serve.mjs on a build folder and resolves once it answers. */
export async function startStaticSite(options: StaticSiteOptions): Promise<StaticSite> {
  const base = options.base ?? '/';
  const port = options.port ?? (await freePort());
  const args = [
    serveScript,
    '--dir',
    options.dir,
    '--port',
    String(port),
    '--base',
    base,
    ...(options.gzip ? ['--gzip'] : []),
    ...(options.probe ? ['--probe'] : []),
  ];
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  const origin = `http://127.0.0.1:${port}`;
  const site: StaticSite = { origin, root: `${origin}${base}`, stop: () => child.kill() };
  // serve.mjs prints its "Serving … at …" line once it is listening: wait for that line, not a polling interval.
  const listening = await new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => resolve(false), options.timeoutMs ?? 30_000);
    const done = (ok: boolean): void => {
      clearTimeout(timer);
      resolve(ok);
    };
    child.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString('utf8').includes('Serving ')) done(true);
    });
    child.once('exit', () => done(false));
  });
  child.stdout.resume();
  if (
    listening &&
    (await fetch(site.root).then(
      (r) => r.ok,
      () => false,
    ))
  )
    return site;
  site.stop();
  throw new Error(`The static server did not answer at ${site.root}`);
}
