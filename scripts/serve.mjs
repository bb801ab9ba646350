// A static file server for www/ on a loopback port: the demo's server and the page tests'. It serves files
// only (no directory listings), with the MIME types browsers need (application/wasm) and the
// Content-Security-Policy as a header.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8', '.json': 'application/json', '.ts': 'text/plain',
};

/** The policy the page and the widget must work under, sent as a real header (the pages
 *  carry it as a meta tag too, for hosts that cannot set headers). */
export const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:";

export async function serve(root, port = 0) {
  const base = resolve(root);
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    const file = normalize(join(base, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(base)) {
      response.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      response.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'content-security-policy': CSP,
        'x-content-type-options': 'nosniff',
      });
      response.end(body);
    } catch {
      response.writeHead(404).end('not found');
    }
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', ok);
  });
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => server.close() };
}

// `node scripts/serve.mjs [DIR] [PORT]`: serve DIR (default www/) until interrupted.
if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? new URL('../www/', import.meta.url).pathname;
  const port = Number(process.argv[3] ?? process.env.PORT ?? 8080);
  const { url } = await serve(dir, port);
  console.log(`claimlens page: ${url}  (Ctrl-C stops the server)`);
}
