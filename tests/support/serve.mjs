// A small static server for the built site: serves a folder under a base path, with the site's 404 page.
// Usage: node tests/support/serve.mjs --dir dist --port 4329 [--base /sub/path/] [--gzip]
// --gzip compresses text responses for clients that accept it, as a production host would (the bench uses it).
// --probe adds tests/support/error-probe.js to every HTML page (as a same-origin <script src>, which the site's
// CSP allows), for browsers whose driver cannot read the console (the cross-engine pass).
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { createGzip, gzipSync } from 'node:zlib';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'dist' },
    port: { type: 'string', default: '4329' },
    base: { type: 'string', default: '/' },
    gzip: { type: 'boolean', default: false },
    probe: { type: 'boolean', default: false },
  },
});
const root = resolve(values.dir);
const base = `/${values.base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
/** @type {Record<string, string>} */
const types = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.ico': 'image/x-icon',
  '.pdf': 'application/pdf',
  '.webmanifest': 'application/manifest+json',
};

const probeFile = fileURLToPath(new URL('./error-probe.js', import.meta.url));
const probePath = `${base}__error-probe.js`;
const probeTag = `<script src="${probePath}"></script>`;

/**
 * An HTML page with the probe as its first script: right after the CSP meta (so the policy covers it), else after <head>.
 * @param {string} html
 * @returns {string}
 */
function withProbe(html) {
  const csp = /<meta http-equiv="content-security-policy"[^>]*>/i.exec(html);
  const at = csp ? csp.index + csp[0].length : html.indexOf('<head>') + '<head>'.length;
  return html.slice(0, at) + probeTag + html.slice(at);
}

/**
 * The file for a request path, or undefined when there is none (or it escapes the root).
 * @param {string} pathname
 * @returns {string | undefined}
 */
function fileFor(pathname) {
  if (!pathname.startsWith(base)) return undefined;
  const relative = decodeURIComponent(pathname.slice(base.length));
  const candidate = normalize(join(root, relative));
  if (!candidate.startsWith(root)) return undefined;
  if (existsSync(candidate) && statSync(candidate).isDirectory()) {
    const index = join(candidate, 'index.html');
    return existsSync(index) ? index : undefined;
  }
  return existsSync(candidate) ? candidate : undefined;
}

const server = createServer((request, response) => {
  const { pathname } = new URL(request.url ?? '/', 'http://localhost');
  if (pathname === base.slice(0, -1)) {
    response.writeHead(301, { location: base }).end();
    return;
  }
  if (values.probe && pathname === probePath) {
    response.writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'no-store' }).end(readFileSync(probeFile));
    return;
  }
  const file = fileFor(pathname);
  if (file && !pathname.endsWith('/') && statSync(join(root, decodeURIComponent(pathname.slice(base.length)))).isDirectory?.()) {
    response.writeHead(301, { location: `${pathname}/` }).end();
    return;
  }
  const status = file ? 200 : 404;
  const body = file ?? join(root, '404.html');
  const type = types[extname(body)] ?? 'application/octet-stream';
  const gzip = values.gzip && /text|javascript|json|svg|xml|manifest/.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
  response.writeHead(status, {
    'content-type': type,
    'cache-control': 'no-store',
    ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
  });
  if (request.method === 'HEAD' || !existsSync(body)) response.end();
  else if (values.probe && type.startsWith('text/html')) {
    const html = withProbe(readFileSync(body, 'utf8'));
    response.end(gzip ? gzipSync(html) : html);
  } else if (gzip) createReadStream(body).pipe(createGzip()).pipe(response);
  else createReadStream(body).pipe(response);
});
server.listen(Number(values.port), '127.0.0.1', () => console.log(`Serving ${root} at http://127.0.0.1:${values.port}${base}`));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
