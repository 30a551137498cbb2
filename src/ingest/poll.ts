import { AppError, isAppError } from '../errors.js';
import { logger } from '../log.js';
import { type SafeFetchOptions, safeFetch } from '../net/fetch.js';
import type { Db } from '../store/db.js';
import {
  beginEntry,
  finishEntry,
  listSources,
  recordPoll,
  type Source,
  type SourceKind,
  seenEntries,
} from '../store/sources.js';
import { decodeHtml } from '../text/charset.js';
import { type FeedItem, linksFromListingPage, parseFeed } from '../text/feed.js';
import { type IngestBatchFn, ingestNotices } from './pipeline.js';
import { fetchNotice, type ItemResult, type ItemStatus, itemResult } from './run.js';

const log = logger('poll');

const FEED_TYPES = new Set([
  'application/atom+xml',
  'application/rss+xml',
  'application/rdf+xml',
  'application/xml',
  'text/xml',
]);
const SOURCE_ACCEPT = [...FEED_TYPES, 'text/html', 'application/xhtml+xml'];

/** Failures that will not go away by trying again: the entry is remembered as seen anyway. */
const PERMANENT = new Set([
  'unsupported_media_type',
  'unprocessable_document',
  'unsupported_language',
  'validation_failed',
  'fetch_refused',
]);

export interface PollOptions {
  db: Db;
  /** The pipeline (default: ingestNotices of ./pipeline.ts). */
  ingest?: IngestBatchFn;
  /** Options for every fetch (allow-list, timeouts, size). */
  fetch?: SafeFetchOptions;
  /** New entries ingested per source and poll at most (a first poll of a big feed is spread out). */
  maxEntriesPerSource?: number;
  onEntry?: (source: Source, result: ItemResult) => void;
}

export interface SourcePollResult {
  sourceId: string;
  url: string;
  name: string;
  status: 'ok' | 'not_modified' | 'failed';
  kind: SourceKind;
  /** Entries the feed or page lists now. */
  entries: number;
  /** Entries not seen before (ingested or tried this time). */
  newEntries: number;
  counts: Record<ItemStatus, number>;
  failures: ItemResult[];
  error?: { code: string; message: string };
}

/**
 * Polls every registered source once: fetch it (conditionally, with the stored ETag and
 * Last-Modified), read its entries (feed or listing page), and ingest the entries not seen before.
 * One failing source or entry never stops the others.
 *
 * @example await pollAll({ db }) // => [{ url: 'https://example.jp/rss.xml', status: 'ok', newEntries: 2, … }]
 */
export async function pollAll(opts: PollOptions): Promise<SourcePollResult[]> {
  const out: SourcePollResult[] = [];
  for (const s of await listSources(opts.db)) out.push(await pollSource(s, opts));
  return out;
}

/** Polls one source; never throws (a failure is a result and is stored as the source's last error). */
export async function pollSource(source: Source, opts: PollOptions): Promise<SourcePollResult> {
  const { db } = opts;
  const result: SourcePollResult = {
    sourceId: source.id,
    url: source.url,
    name: source.name,
    status: 'ok',
    kind: source.kind,
    entries: 0,
    newEntries: 0,
    counts: { new: 0, updated: 0, unchanged: 0, failed: 0 },
    failures: [],
  };
  const ingest: IngestBatchFn = opts.ingest ?? ((d, inputs, o) => ingestNotices(d, inputs, o));
  try {
    const headers: Record<string, string> = {};
    if (source.etag) headers['if-none-match'] = source.etag;
    if (source.lastModified) headers['if-modified-since'] = source.lastModified;
    const res = await safeFetch(source.url, { ...opts.fetch, accept: SOURCE_ACCEPT, headers });
    if (res.status === 304) {
      result.status = 'not_modified';
      await recordPoll(db, source.id, { error: null });
      return result;
    }
    const body = decodeHtml(res.bytes, res.contentTypeHeader);
    const kind = detectKind(source.kind, res.contentType, body);
    const items: FeedItem[] =
      kind === 'feed' ? parseFeed(body, res.finalUrl).items : linksFromListingPage(body, res.finalUrl);
    result.kind = kind;
    result.entries = items.length;
    const seen = await seenEntries(db, source.id);
    const unseen = items.filter((i) => !seen.has(i.url));
    const fresh = unseen.slice(0, opts.maxEntriesPerSource ?? 50);
    result.newEntries = fresh.length;
    let retryLater = unseen.length > fresh.length;
    for (const item of fresh) {
      // Counted before it is read: an entry that kills the process is not retried forever. Each
      // entry goes through the pipeline on its own, so an attempt is charged to that entry alone.
      await beginEntry(db, source.id, item.url);
      const r = await ingestEntry(item, ingest, opts);
      result.counts[r.status]++;
      if (r.status === 'failed') result.failures.push(r);
      const final = r.status !== 'failed' || PERMANENT.has(r.code ?? '');
      await finishEntry(db, source.id, item.url, {
        error: r.status === 'failed' ? `[${r.code}] ${r.message}` : null,
        final,
      });
      if (!final) retryLater = true;
      opts.onEntry?.(source, r);
    }
    await recordPoll(db, source.id, {
      kind,
      // Entries left for later must not be hidden behind a 304 on the next poll.
      etag: retryLater ? null : res.etag,
      lastModified: retryLater ? null : res.lastModified,
      error: result.failures.length ? `${result.failures.length} entries failed` : null,
    });
  } catch (err) {
    const e = isAppError(err) ? err : new AppError('internal', (err as Error)?.message ?? String(err));
    result.status = 'failed';
    result.error = { code: e.code, message: e.message };
    log.warn({ source: source.id, code: e.code }, 'poll failed');
    await recordPoll(db, source.id, { error: `${e.message} [${e.code}]` }).catch(() => {});
  }
  return result;
}

/** Fetches one feed entry (the feed's title and date as hints) and ingests it; never throws. */
async function ingestEntry(item: FeedItem, ingest: IngestBatchFn, opts: PollOptions): Promise<ItemResult> {
  try {
    const input = await fetchNotice(item.url, opts.fetch, {
      title: item.title,
      via: 'feed',
      ...(item.published ? { published: item.published } : {}),
    });
    const [outcome] = await ingest(opts.db, [input]);
    return itemResult(item.url, outcome ?? { status: 'failed', error: new Error('no outcome') });
  } catch (err) {
    return itemResult(item.url, { status: 'failed', error: err as Error });
  }
}

/** A source's kind: as registered, else by content type, else by what the body looks like. */
export function detectKind(kind: SourceKind, contentType: string, body: string): 'feed' | 'listing' {
  if (kind !== 'auto') return kind;
  if (FEED_TYPES.has(contentType)) return 'feed';
  const head = body.slice(0, 2048).trimStart();
  if (/^<\?xml/i.test(head) && /<(rss|feed|rdf:RDF)[\s>]/i.test(body.slice(0, 8192))) return 'feed';
  return 'listing';
}
