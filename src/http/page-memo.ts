import { createHash } from 'node:crypto';
import type { Context } from 'hono';
import type { JSX } from 'hono/jsx/jsx-runtime';
import type { AppEnv } from './types.js';

/**
 * The nonce a memoised page is rendered with. Hono escapes `"` in text and attribute values, so
 * `nonce="<slot>"` with its quotes can only come from our own markup: splitting there and joining
 * with the request's nonce puts the fresh nonce on every script tag and nowhere else.
 */
const NONCE_SLOT = 'lw-nonce-slot-5c1f0e';
const NONCE_ATTR = `nonce="${NONCE_SLOT}"`;

/** A rendered page cut at its nonce attributes. */
interface Entry {
  parts: string[];
  bytes: number;
}

/**
 * Rendered pages kept whole, least recently used first out, bounded by total size. Keys carry
 * everything the page depends on (an incident's id and version, the site's revision, the language,
 * the path): a write changes the version, so the old key is never asked for again and ages out.
 * Nothing expires by time.
 */
export class PageMemo {
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;

  constructor(private readonly maxBytes: number) {}

  get(key: string): string[] | null {
    const e = this.entries.get(key);
    if (!e) return null;
    // Re-insert: a Map iterates in insertion order, so the first key is the least recently used.
    this.entries.delete(key);
    this.entries.set(key, e);
    return e.parts;
  }

  set(key: string, parts: string[]): void {
    const bytes = parts.reduce((n, p) => n + p.length * 2, 0);
    if (bytes > this.maxBytes) return;
    const old = this.entries.get(key);
    if (old) {
      this.bytes -= old.bytes;
      this.entries.delete(key);
    }
    this.entries.set(key, { parts, bytes });
    this.bytes += bytes;
    for (const [k, e] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(k);
      this.bytes -= e.bytes;
    }
  }

  get size(): number {
    return this.entries.size;
  }
}

/** A weak validator for a representation key. @example etagFor('id|v|ja|/incidents/x') // 'W/"…"' */
export function etagFor(key: string): string {
  return `W/"${createHash('sha1').update(key).digest('base64url').slice(0, 22)}"`;
}

/** True when an If-None-Match header lists this ETag (or `*`). */
export function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const tag = etag.replace(/^W\//, '');
  return header.split(',').some((t) => {
    const v = t.trim();
    return v === '*' || v.replace(/^W\//, '') === tag;
  });
}

/**
 * Serves a page from the memo, rendering it once per key. Sends an ETag; answers 304 when the client
 * already holds this version. A 304 carries no Content-Security-Policy: the client keeps the policy
 * stored with its copy, whose nonce matches that copy's script tags (RFC 9111 §4.3.4 updates stored
 * headers from a 304).
 *
 * @example return memoPage(c, memo, `${id}|${version}|${lang}|${path}`, notFound, async (nonce) => <Layout nonce={nonce} …/>)
 */
export async function memoPage(
  c: Context<AppEnv>,
  memo: PageMemo,
  key: string,
  /** The answer when the page's subject is gone by the time it is rendered. */
  missing: () => Response | Promise<Response>,
  /** Renders the page with the given nonce; null when its subject is gone. */
  render: (nonce: string) => Promise<JSX.Element | null>,
): Promise<Response> {
  const etag = etagFor(key);
  c.header('ETag', etag);
  c.header('Vary', 'Accept-Language, Cookie', { append: true });
  if (matchesEtag(c.req.header('if-none-match'), etag)) {
    c.header('Content-Security-Policy', undefined);
    return c.body(null, 304);
  }
  let parts = memo.get(key);
  if (!parts) {
    const page = await render(NONCE_SLOT);
    if (!page) {
      c.header('ETag', undefined);
      return missing();
    }
    const html = `<!doctype html>${await page.toString()}`;
    parts = html.split(NONCE_ATTR);
    memo.set(key, parts);
  }
  return c.html(parts.join(`nonce="${c.get('nonce') ?? ''}"`));
}
