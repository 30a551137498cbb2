import type { LookupAddress } from 'node:dns';
import { lookup as dnsLookup } from 'node:dns/promises';
import { promisify } from 'node:util';
import { brotliDecompress, gunzip, inflate, inflateRaw } from 'node:zlib';
import { Agent, request } from 'undici';
import { AppError, isAppError } from '../errors.js';
import { logger } from '../log.js';
import { AllowList, checkAddress, hostileName, parseAddress } from './address.js';

const log = logger('fetch');

/** Content types a notice, a listing page or a feed can come as. */
export const DEFAULT_ACCEPT = [
  'text/html',
  'application/xhtml+xml',
  'text/plain',
  'application/pdf',
  'application/atom+xml',
  'application/rss+xml',
  'application/rdf+xml',
  'application/xml',
  'text/xml',
] as const;

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
export const DEFAULT_TIMEOUT_MS = 30_000;
export const DEFAULT_MAX_REDIRECTS = 5;

/** Resolves a host name to every address it has (injectable so tests can play a rebinding DNS). */
export type Resolver = (hostname: string) => Promise<{ address: string; family: number }[]>;

/** The system resolver: every address of the name, as the OS answers. */
export const systemResolver: Resolver = async (hostname) =>
  (await dnsLookup(hostname, { all: true, verbatim: true })).map((a: LookupAddress) => ({
    address: a.address,
    family: a.family,
  }));

export interface SafeFetchOptions {
  /** IPs/CIDRs that may be reached although private (config.fetchAllow). Tests only; default none. */
  allow?: readonly string[];
  maxBytes?: number;
  /** Total time for every hop, DNS and body together. */
  timeoutMs?: number;
  maxRedirects?: number;
  /** Accepted media types (without parameters). */
  accept?: readonly string[];
  /** Extra request headers (e.g. If-None-Match for polling). */
  headers?: Record<string, string>;
  resolve?: Resolver;
  signal?: AbortSignal;
}

export interface FetchResult {
  /** The URL after redirects. */
  finalUrl: string;
  status: number;
  /** Media type without parameters, lower-case ('' when the server sent none). */
  contentType: string;
  /** The full Content-Type header (keeps charset=…). */
  contentTypeHeader: string;
  etag: string | null;
  lastModified: string | null;
  bytes: Uint8Array;
}

export interface Vetted {
  address: string;
  family: 4 | 6;
}

/**
 * Fetches a URL from the public internet only (SSRF-safe). Every hop's host is resolved, EVERY
 * answer is checked against the address table in address.ts, and the connection is pinned to the
 * checked address, so a DNS answer that changes between the check and the connect (rebinding)
 * cannot reach a private address. Redirects are followed by hand and re-checked.
 *
 * @example await safeFetch('https://example.jp/news/notice.html') // => { status: 200, contentType: 'text/html', bytes, … }
 * @example await safeFetch('http://169.254.169.254/') // throws AppError fetch_refused "link-local address 169.254.169.254"
 */
export async function safeFetch(url: string, opts: SafeFetchOptions = {}): Promise<FetchResult> {
  let allow: AllowList;
  try {
    allow = new AllowList(opts.allow ?? []);
  } catch (err) {
    throw new AppError('validation_failed', `LEAKWATCH_FETCH_ALLOW: ${(err as Error).message}`);
  }
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxRedirects = opts.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  const accept = (opts.accept ?? DEFAULT_ACCEPT).map((t) => t.toLowerCase());
  const resolve = opts.resolve ?? systemResolver;
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = opts.signal ? AbortSignal.any([opts.signal, timeout]) : timeout;

  let current = parseHttpUrl(url);
  for (let hop = 0; ; hop++) {
    const vetted = await vetHost(current, allow, resolve, signal, timeoutMs);
    const agent = pinnedAgent(vetted);
    try {
      const res = await request(current, {
        method: 'GET',
        dispatcher: agent,
        signal,
        headers: {
          'user-agent': 'leakwatch/0.1 (+breach-notice indexer)',
          accept: accept.join(', '),
          'accept-encoding': 'identity',
          ...opts.headers,
        },
      }).catch((err: unknown) => {
        throw failure(err, current, timeoutMs, signal);
      });
      const status = res.statusCode;
      if (status >= 300 && status < 400 && status !== 304) {
        discard(res.body);
        const location = header(res.headers, 'location');
        if (!location)
          throw new AppError('fetch_failed', `HTTP ${status} without a Location from ${current.host}`);
        if (hop >= maxRedirects) {
          throw new AppError('fetch_refused', `too many redirects (more than ${maxRedirects}) from ${url}`);
        }
        let next: URL;
        try {
          next = new URL(location, current);
        } catch {
          throw new AppError('fetch_failed', `bad redirect Location from ${current.host}`);
        }
        log.debug({ from: current.host, to: next.host, status }, 'redirect');
        current = parseHttpUrl(next.href);
        continue;
      }
      if (status === 304) {
        discard(res.body);
        return result(current, status, res.headers, new Uint8Array(0));
      }
      if (status < 200 || status >= 300) {
        discard(res.body);
        throw new AppError('fetch_failed', `HTTP ${status} from ${current.href}`);
      }
      const ctHeader = header(res.headers, 'content-type') ?? '';
      const mediaType = ctHeader.split(';')[0]!.trim().toLowerCase();
      if (!accept.includes(mediaType)) {
        discard(res.body);
        throw new AppError(
          'fetch_refused',
          `content type ${mediaType || '(none)'} not accepted from ${current.host}`,
        );
      }
      const declared = Number(header(res.headers, 'content-length') ?? Number.NaN);
      if (Number.isFinite(declared) && declared > maxBytes) {
        discard(res.body);
        throw tooLarge(current, maxBytes);
      }
      const chunks: Uint8Array[] = [];
      let total = 0;
      try {
        for await (const chunk of res.body) {
          const buf = chunk as Uint8Array;
          total += buf.byteLength;
          if (total > maxBytes) {
            discard(res.body);
            throw tooLarge(current, maxBytes);
          }
          chunks.push(buf);
        }
      } catch (err) {
        if (isAppError(err)) throw err;
        throw failure(err, current, timeoutMs, signal);
      }
      const body = await decodeBody(
        header(res.headers, 'content-encoding'),
        concat(chunks, total),
        current,
        maxBytes,
      );
      return result(current, status, res.headers, body);
    } finally {
      agent.close().catch(() => {});
    }
  }
}

/**
 * An http(s) URL without credentials or fragment; throws AppError fetch_refused otherwise.
 *
 * @example parseHttpUrl('https://example.jp/a#b').href // => 'https://example.jp/a'
 */
export function parseHttpUrl(raw: string): URL {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    throw new AppError('fetch_refused', `not a valid URL: ${String(raw).slice(0, 200)}`);
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') {
    throw new AppError(
      'fetch_refused',
      `scheme ${u.protocol.replace(/:$/, '')} not allowed (http and https only)`,
    );
  }
  if (u.username || u.password) throw new AppError('fetch_refused', 'URLs with credentials are not allowed');
  u.hash = '';
  return u;
}

/**
 * Resolves the URL's host and checks every answer; returns the address the connection is pinned to.
 * The one address check of leakwatch's outgoing requests (notice fetches and webhooks alike).
 */
export async function vetHost(
  u: URL,
  allow: AllowList,
  resolve: Resolver,
  signal: AbortSignal,
  timeoutMs: number,
): Promise<Vetted> {
  const host = u.hostname;
  const named = hostileName(host);
  if (named) throw new AppError('fetch_refused', named);
  if (parseAddress(host)) {
    const v = checkAddress(host, allow);
    if (!v.ok) throw new AppError('fetch_refused', v.reason);
    return { address: v.address, family: v.family };
  }
  let answers: { address: string; family: number }[];
  try {
    answers = await raceSignal(resolve(host), signal);
  } catch (err) {
    if (signal.aborted)
      throw new AppError('fetch_failed', `timed out after ${timeoutMs} ms resolving ${host}`);
    throw new AppError('fetch_failed', `cannot resolve ${host}: ${(err as Error).message}`, { cause: err });
  }
  if (answers.length === 0) throw new AppError('fetch_failed', `no address for ${host}`);
  let first: Vetted | null = null;
  for (const a of answers) {
    const v = checkAddress(a.address, allow);
    // One bad answer refuses the host: a resolver that mixes public and private answers is an attack.
    if (!v.ok) throw new AppError('fetch_refused', `${host} resolves to ${v.reason}`);
    first ??= { address: v.address, family: v.family };
  }
  return first!;
}

/** An undici Agent whose every connection goes to the vetted address, whatever DNS says later. */
export function pinnedAgent(v: Vetted): Agent {
  const lookup = (
    _hostname: string,
    options: { all?: boolean } | number | undefined,
    cb: (err: Error | null, address: string | LookupAddress[], family?: number) => void,
  ): void => {
    const all = typeof options === 'object' && options !== null && options.all === true;
    if (all) cb(null, [{ address: v.address, family: v.family }]);
    else cb(null, v.address, v.family);
  };
  return new Agent({
    connect: { lookup: lookup as never, timeout: 10_000 },
    connections: 1,
    pipelining: 0,
  });
}

function raceSignal<T>(p: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    p.then(
      (v) => {
        signal.removeEventListener('abort', onAbort);
        resolve(v);
      },
      (e: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(e);
      },
    );
  });
}

function failure(err: unknown, u: URL, timeoutMs: number, signal: AbortSignal): AppError {
  if (isAppError(err)) return err;
  if (signal.aborted)
    return new AppError('fetch_failed', `timed out after ${timeoutMs} ms fetching ${u.href}`);
  const e = err as Error & { code?: string };
  return new AppError('fetch_failed', `cannot fetch ${u.href}: ${e.code ?? e.message}`, { cause: err });
}

const DECODERS = {
  gzip: promisify(gunzip),
  br: promisify(brotliDecompress),
  inflate: promisify(inflate),
  inflateRaw: promisify(inflateRaw),
};

/**
 * Undoes the body's Content-Encoding (RFC 9110 §8.4): gzip, deflate and br are decoded — we ask for
 * identity, but some servers compress anyway, and a gzip body stored as text is garbage (issue 18) —
 * with the decoded size held to `maxBytes` like the raw one (a small compressed body may inflate to
 * gigabytes); any other coding is refused.
 */
async function decodeBody(
  encoding: string | undefined,
  body: Uint8Array,
  u: URL,
  maxBytes: number,
): Promise<Uint8Array> {
  const codings = (encoding ?? '')
    .toLowerCase()
    .split(',')
    .map((c) => c.trim())
    .filter((c) => c && c !== 'identity');
  let out: Uint8Array = body;
  const limit = { maxOutputLength: maxBytes };
  // Codings are listed in the order they were applied: undo them from the last.
  for (const coding of codings.reverse()) {
    try {
      if (coding === 'gzip' || coding === 'x-gzip') out = await DECODERS.gzip(out, limit);
      else if (coding === 'br') out = await DECODERS.br(out, limit);
      else if (coding === 'deflate') {
        // "deflate" is zlib-wrapped by the RFC, raw by some servers.
        out = await DECODERS.inflate(out, limit).catch((err: { code?: string }) => {
          if (err.code === 'ERR_BUFFER_TOO_LARGE') throw err;
          return DECODERS.inflateRaw(out, limit);
        });
      } else {
        throw new AppError('fetch_refused', `content encoding ${coding} from ${u.host} is not supported`);
      }
    } catch (err) {
      if (isAppError(err)) throw err;
      if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge(u, maxBytes);
      throw new AppError(
        'unprocessable_document',
        `response from ${u.host} is not valid ${coding} data: ${(err as Error).message}`,
      );
    }
  }
  return out;
}

function tooLarge(u: URL, maxBytes: number): AppError {
  return new AppError('payload_too_large', `response from ${u.host} is larger than ${maxBytes} bytes`);
}

/** Drops a response body we will not read; undici reports the destroy as an error we expect. */
function discard(body: NodeJS.ReadableStream & { destroy(): void }): void {
  body.on('error', () => {});
  body.destroy();
}

function header(h: Record<string, string | string[] | undefined>, name: string): string | undefined {
  const v = h[name];
  return Array.isArray(v) ? v[0] : v;
}

function result(
  u: URL,
  status: number,
  headers: Record<string, string | string[] | undefined>,
  bytes: Uint8Array,
): FetchResult {
  const ct = header(headers, 'content-type') ?? '';
  return {
    finalUrl: u.href,
    status,
    contentType: ct.split(';')[0]!.trim().toLowerCase(),
    contentTypeHeader: ct,
    etag: header(headers, 'etag') ?? null,
    lastModified: header(headers, 'last-modified') ?? null,
    bytes,
  };
}

function concat(chunks: Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total);
  let off = 0;
  for (const c of chunks) {
    out.set(c, off);
    off += c.byteLength;
  }
  return out;
}
