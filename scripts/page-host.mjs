// Hosting the built page (dist/) for the end-to-end tests and the bench's
// page timings: a static file server on localhost, and Debian's Chromium,
// headless, to open it.
import { createServer } from 'node:http';
import { readFileSync, existsSync, statSync } from 'node:fs';
import { join, extname, normalize, relative } from 'node:path';

const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css',
  '.wasm': 'application/wasm', '.svg': 'image/svg+xml', '.json': 'application/json', '.ico': 'image/x-icon', '.png': 'image/png' };

// A static host that only knows files (no SPA fallback, no special headers):
// serves dir at http://127.0.0.1:PORT<prefix>; resolves to { server, base }
// (base: the URL of the prefix). prefix starts and ends with '/'.
export async function serveStatic(dir, prefix = '/') {
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    if (!url.pathname.startsWith(prefix)) { res.writeHead(404).end(); return; }
    let rel = normalize(decodeURIComponent(url.pathname.slice(prefix.length))).replace(/^([/\\]|\.\.[/\\])+/, '');
    if (rel === '.') rel = '';
    if (rel === '' || rel.endsWith('/')) rel += 'index.html';
    const file = join(dir, rel);
    if (relative(dir, file).startsWith('..') || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { server, base: `http://127.0.0.1:${server.address().port}${prefix}` };
}

// Debian's Chromium (never a downloaded browser); CHROMIUM overrides.
export const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium';

// Launches it headless with playwright-core's chromium, quiet: no sandbox
// (root in CI), no GPU, no background traffic that would disturb timings.
export function launchChromium(chromium) {
  return chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--disable-gpu',
    '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'] });
}
