import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Feature } from './types.js';

/**
 * Static assets (CSS, small JS, the icon sprite) live in `<package root>/src/http/static` and are
 * served from there both by `tsx src/server.ts` and by the built `node dist/server.js`: tsc does not
 * copy non-TS files, so the directory is found from this module's own location — the nearest
 * ancestor holding package.json and src/http/static (the package root from `src/http/` and from
 * `dist/http/` alike). Read once at start-up.
 */
export const STATIC_DIR = findStaticDir(dirname(fileURLToPath(import.meta.url)));

function findStaticDir(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'src', 'http', 'static');
    if (existsSync(join(dir, 'package.json')) && existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) throw new Error(`leakwatch: static assets not found above ${from}`);
  }
}

const TYPES: Record<string, string> = {
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

interface Asset {
  body: Uint8Array<ArrayBuffer>;
  type: string;
  hash: string;
}

/**
 * Every asset is read once when the module loads (start-up, not a request path) and kept in memory:
 * the set is small and fixed, so requests never touch the disk and no path from a URL ever reaches
 * the file system.
 */
function loadAssets(): Map<string, Asset> {
  const out = new Map<string, Asset>();
  for (const name of readdirSync(STATIC_DIR)) {
    const type = TYPES[extname(name)];
    if (!type) continue;
    const body = readFileSync(join(STATIC_DIR, name));
    out.set(name, {
      body: new Uint8Array(body),
      type,
      hash: createHash('sha256').update(body).digest('hex').slice(0, 12),
    });
  }
  return out;
}

const assets = loadAssets();

/**
 * URL of a static asset with its content hash, so it can be cached for a year and still change.
 *
 * @example asset('site.css') // '/static/site.css?v=3f2a9c0d1b4e'
 */
export function asset(name: string): string {
  const a = assets.get(name);
  return a ? `/static/${name}?v=${a.hash}` : `/static/${name}`;
}

/** Serves /static/<name> from memory with long cache headers (versioned URLs) and an ETag. */
export const staticFeature: Feature = (app) => {
  app.get('/static/:name', (c) => {
    const name = c.req.param('name');
    const a = assets.get(name);
    if (!a) return c.notFound();
    const etag = `"${a.hash}"`;
    const cache = c.req.query('v') ? 'public, max-age=31536000, immutable' : 'public, max-age=3600';
    if (c.req.header('if-none-match') === etag) {
      return c.body(null, 304, { ETag: etag, 'Cache-Control': cache });
    }
    return c.body(a.body, 200, { 'Content-Type': a.type, ETag: etag, 'Cache-Control': cache });
  });
};
