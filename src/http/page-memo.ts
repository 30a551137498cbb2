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

/**
 * A rendered page cut at its nonce attributes, kept as UTF-8 bytes with its ETag: a view joins the
 * pieces with its own nonce (a copy of bytes) instead of encoding ~10 KB of mostly Japanese text and
 * hashing the key again (issue 17).
 */
export interface MemoEntry {
  readonly parts: readonly Buffer[];
  readonly etag: string;
  readonly bytes: number;
}

/**
 * Rendered pages kept whole, least recently used first out, bounded by total size. Keys carry
 * everything the page depends on (an incident's id and version, the site's revision, the language,
 * the path): a write changes the version, so the old key is never asked for again and ages out.
 * Nothing expires by time.
 */
export class PageMemo {
  private readonly entries = new Map<string, MemoEntry>();
  private bytes = 0;

  constructor(private readonly maxBytes: number) {}

  get(key: string): MemoEntry | null {
    const e = this.entries.get(key);
    if (!e) return null;
    // Re-insert: a Map iterates in insertion order, so the first key is the least recently used.
    this.entries.delete(key);
    this.entries.set(key, e);
    return e;
  }

  /** Keeps a page rendered with NONCE_SLOT for `key`; returns what was kept (also when too large to keep). */
  set(key: string, html: string): MemoEntry {
    const parts = html.split(NONCE_ATTR).map((p) => Buffer.from(p, 'utf8'));
    const entry: MemoEntry = { parts, etag: etagFor(key), bytes: parts.reduce((n, p) => n + p.length, 0) };
    if (entry.bytes > this.maxBytes) return entry;
    const old = this.entries.get(key);
    if (old) {
      this.bytes -= old.bytes;
      this.entries.delete(key);
    }
    this.entries.set(key, entry);
    this.bytes += entry.bytes;
    for (const [k, e] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(k);
      this.bytes -= e.bytes;
    }
    return entry;
  }

  get size(): number {
    return this.entries.size;
  }
}

/** A kept page's bytes with `nonce` on every script tag. */
export function pageBytes(entry: MemoEntry, nonce: string): Buffer {
  const { parts } = entry;
  if (parts.length === 1) return parts[0]!;
  const attr = Buffer.from(`nonce="${nonce}"`, 'latin1');
  const out: Buffer[] = [parts[0]!];
  for (let i = 1; i < parts.length; i++) out.push(attr, parts[i]!);
  return Buffer.concat(out);
}

/** The Content-Type of a page, as Hono's c.html sets it. */
export const HTML_CONTENT_TYPE = 'text/html; charset=UTF-8';

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
  let entry = memo.get(key);
  const etag = entry?.etag ?? etagFor(key);
  c.header('ETag', etag);
  c.header('Vary', 'Accept-Language, Cookie', { append: true });
  if (matchesEtag(c.req.header('if-none-match'), etag)) {
    c.header('Content-Security-Policy', undefined);
    return c.body(null, 304);
  }
  if (!entry) {
    const page = await render(NONCE_SLOT);
    if (!page) {
      c.header('ETag', undefined);
      return missing();
    }
    entry = memo.set(key, `<!doctype html>${await page.toString()}`);
  }
  // Bytes, not a string: @hono/node-server writes a Uint8Array body to the socket as it is.
  c.header('Content-Type', HTML_CONTENT_TYPE);
  return c.body(pageBytes(entry, c.get('nonce') ?? '') as Uint8Array<ArrayBuffer>, 200);
}
