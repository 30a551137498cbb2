import type { MiddlewareHandler } from 'hono';

/**
 * A short-lived, in-process cache of successful GET responses ("micro-caching"). The API already tells
 * clients and proxies they may reuse its answers for a minute (Cache-Control: max-age=60); keeping
 * them for a few seconds here as well means a burst of identical requests — a popular search, a
 * crawler, a busy home page's API calls — costs one database query instead of hundreds. New incidents
 * show up after at most `ttlMs`. Concurrent misses for the same URL share one computation.
 */
export interface MicroCacheOptions {
  /** How long a response is reused, ms. 0 disables the cache. */
  ttlMs: number;
  /** Most URLs kept; the least recently used go first. */
  maxEntries: number;
}

interface Entry {
  expires: number;
  /**
   * Bytes, not an ArrayBuffer: @hono/node-server writes a Uint8Array (or string) body straight to the
   * socket, while any other body type makes it build a full web Response and stream it (measured:
   * about a third of the CPU of a cached answer went to that).
   */
  body: Uint8Array<ArrayBuffer>;
  headers: [string, string][];
}

/** Response headers worth replaying; security headers are added afresh by the base middleware. */
const KEEP = ['content-type', 'link', 'cache-control', 'etag'];

export class MicroCache {
  private readonly entries = new Map<string, Entry>();
  private readonly pending = new Map<string, Promise<Entry | null>>();

  constructor(private readonly opts: MicroCacheOptions) {}

  get size(): number {
    return this.entries.size;
  }

  /**
   * Middleware: serves a fresh cached copy or lets the route answer and keeps a 200 answer.
   *
   * @example app.use('/api/v1/*', new MicroCache({ ttlMs: 5000, maxEntries: 500 }).middleware())
   */
  middleware(): MiddlewareHandler {
    return async (c, next) => {
      if (this.opts.ttlMs <= 0 || c.req.method !== 'GET') return next();
      const url = new URL(c.req.url);
      const key = `${url.pathname}${url.search}`;
      const now = Date.now();
      const hit = this.entries.get(key);
      if (hit && hit.expires > now) {
        // Map order is recency order: move the hit to the end.
        this.entries.delete(key);
        this.entries.set(key, hit);
        return c.body(hit.body, 200, Object.fromEntries(hit.headers));
      }
      const inFlight = this.pending.get(key);
      if (inFlight) {
        const shared = await inFlight;
        if (shared) return c.body(shared.body, 200, Object.fromEntries(shared.headers));
        return next();
      }
      let settle: (e: Entry | null) => void = () => {};
      this.pending.set(
        key,
        new Promise<Entry | null>((resolve) => {
          settle = resolve;
        }),
      );
      try {
        await next();
        if (c.res.status !== 200) {
          settle(null);
          return;
        }
        const body = new Uint8Array(await c.res.clone().arrayBuffer());
        const headers: [string, string][] = [];
        for (const name of KEEP) {
          const v = c.res.headers.get(name);
          if (v !== null) headers.push([name, v]);
        }
        const entry: Entry = { expires: Date.now() + this.opts.ttlMs, body, headers };
        this.entries.delete(key);
        this.entries.set(key, entry);
        while (this.entries.size > this.opts.maxEntries) {
          const oldest = this.entries.keys().next().value;
          if (oldest === undefined) break;
          this.entries.delete(oldest);
        }
        settle(entry);
      } catch (err) {
        settle(null);
        throw err;
      } finally {
        this.pending.delete(key);
      }
    };
  }
}
