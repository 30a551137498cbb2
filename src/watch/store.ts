import { AppError } from '../errors.js';
import type { DataClass } from '../extract/vocab.js';
import { newId } from '../ids.js';
import type { IncidentReader, IncidentSummary } from '../incidents/types.js';
import type { Db } from '../store/db.js';
import { nowIso } from '../store/tx.js';
import { newToken, TOKEN_RE, tokenHash } from './tokens.js';

/** A watchlist follows at most this many services, organisations and data classes together (keeps feeds cheap). */
export const MAX_TARGETS = 50;

export interface WatchTargets {
  serviceIds: string[];
  /** Organisations followed for every incident of theirs, with or without a service in the record. */
  organizationIds?: string[];
  dataClasses: DataClass[];
}

export interface Watchlist extends WatchTargets {
  organizationIds: string[];
  id: string;
  lang: 'ja' | 'en';
  created_at: string;
}

/**
 * Creates a watchlist and returns its id and its token — the only time the token exists outside
 * the feed URL the person keeps: the database stores its SHA-256.
 *
 * @example await createWatchlist(db, { serviceIds: [id], dataClasses: ['Passwords'], lang: 'ja' })
 *          // => { id: '019b…', token: 'q2vX…' (22 characters) }
 */
export async function createWatchlist(
  db: Db,
  w: WatchTargets & { lang: 'ja' | 'en' },
): Promise<{ id: string; token: string }> {
  const services = [...new Set(w.serviceIds)];
  const organizations = [...new Set(w.organizationIds ?? [])];
  const classes = [...new Set(w.dataClasses)];
  const count = services.length + organizations.length + classes.length;
  if (count === 0) {
    throw new AppError(
      'validation_failed',
      'サービス・会社かデータの種類を1つ以上選んでください / Choose at least one service, company or data class',
    );
  }
  if (count > MAX_TARGETS) {
    throw new AppError(
      'validation_failed',
      `最大${MAX_TARGETS}件までです / At most ${MAX_TARGETS} services, companies and data classes`,
    );
  }
  const id = newId();
  const token = newToken();
  await db.kysely.transaction().execute(async (tx) => {
    await tx
      .insertInto('watchlists')
      .values({ id, token_hash: tokenHash(token), lang: w.lang, created_at: nowIso() })
      .execute();
    await tx
      .insertInto('watch_targets')
      .values([
        ...services.map((value) => ({ watch_id: id, kind: 'service' as const, value })),
        ...organizations.map((value) => ({ watch_id: id, kind: 'organization' as const, value })),
        ...classes.map((value) => ({ watch_id: id, kind: 'data_class' as const, value })),
      ])
      .execute();
  });
  return { id, token };
}

/** The watchlist a feed token opens, or null (unknown or malformed token). */
export async function findWatchlistByToken(db: Db, token: string): Promise<Watchlist | null> {
  if (!TOKEN_RE.test(token)) return null;
  const w = await db.kysely
    .selectFrom('watchlists')
    .selectAll()
    .where('token_hash', '=', tokenHash(token))
    .executeTakeFirst();
  return w ? loadWatchlist(db, w) : null;
}

export async function getWatchlist(db: Db, id: string): Promise<Watchlist | null> {
  const w = await db.kysely.selectFrom('watchlists').selectAll().where('id', '=', id).executeTakeFirst();
  return w ? loadWatchlist(db, w) : null;
}

async function loadWatchlist(
  db: Db,
  w: { id: string; lang: 'ja' | 'en'; created_at: string },
): Promise<Watchlist> {
  const targets = await db.kysely
    .selectFrom('watch_targets')
    .select(['kind', 'value'])
    .where('watch_id', '=', w.id)
    .orderBy('value')
    .execute();
  return {
    id: w.id,
    lang: w.lang,
    created_at: w.created_at,
    serviceIds: targets.filter((t) => t.kind === 'service').map((t) => t.value),
    organizationIds: targets.filter((t) => t.kind === 'organization').map((t) => t.value),
    dataClasses: targets.filter((t) => t.kind === 'data_class').map((t) => t.value as DataClass),
  };
}

/**
 * The incidents a watchlist follows — of its organisations, touching its services or data classes — most recently
 * updated first, at most `limit`. One reader query per target, merged: targets are few (≤ 50).
 */
export async function watchedIncidents(
  reader: IncidentReader,
  w: WatchTargets,
  limit = 50,
): Promise<IncidentSummary[]> {
  const pages = await Promise.all([
    ...w.serviceIds.map((serviceId) => reader.listIncidents({ serviceId, limit })),
    ...(w.organizationIds ?? []).map((organizationId) => reader.listIncidents({ organizationId, limit })),
    ...w.dataClasses.map((dataClass) => reader.listIncidents({ dataClass, limit })),
  ]);
  const byId = new Map<string, IncidentSummary>();
  for (const p of pages) for (const i of p.items) byId.set(i.id, i);
  return [...byId.values()]
    .sort((a, b) =>
      a.updated_at < b.updated_at ? 1 : a.updated_at > b.updated_at ? -1 : a.id < b.id ? 1 : -1,
    )
    .slice(0, limit);
}

export interface Channel {
  id: string;
  watch_id: string;
  kind: 'email' | 'webhook';
  target: string;
  secret: string | null;
  confirmed_at: string | null;
  unsubscribed_at: string | null;
}

/**
 * Adds an alert channel. An email address waits for its confirmation link (double opt-in: the
 * returned `confirmToken` goes into the mail, only its hash is stored); a webhook is active at once
 * and gets a signing secret (returned once, shown once).
 */
export async function addChannel(
  db: Db,
  watchId: string,
  c: { kind: 'email'; address: string } | { kind: 'webhook'; url: string },
): Promise<{ channel: Channel; confirmToken: string | null }> {
  const id = newId();
  const ts = nowIso();
  const confirmToken = c.kind === 'email' ? newToken() : null;
  const channel: Channel = {
    id,
    watch_id: watchId,
    kind: c.kind,
    target: c.kind === 'email' ? c.address : c.url,
    secret: c.kind === 'webhook' ? newToken() + newToken() : null,
    confirmed_at: c.kind === 'webhook' ? ts : null,
    unsubscribed_at: null,
  };
  await db.kysely
    .insertInto('watch_channels')
    .values({ ...channel, confirm_token_hash: confirmToken ? tokenHash(confirmToken) : null, created_at: ts })
    .execute();
  return { channel, confirmToken };
}

const CHANNEL_COLUMNS = [
  'id',
  'watch_id',
  'kind',
  'target',
  'secret',
  'confirmed_at',
  'unsubscribed_at',
] as const;

export async function getChannel(db: Db, id: string): Promise<Channel | null> {
  return (
    (await db.kysely
      .selectFrom('watch_channels')
      .select(CHANNEL_COLUMNS)
      .where('id', '=', id)
      .executeTakeFirst()) ?? null
  );
}

/**
 * Days an e-mail address may wait for its confirmation: after that its link no longer works and
 * purgeUnconfirmedChannels forgets it (an address nobody confirmed is not ours to keep; issue 18).
 */
export const UNCONFIRMED_TTL_DAYS = 7;

function unconfirmedCutoff(now: Date): string {
  return new Date(now.getTime() - UNCONFIRMED_TTL_DAYS * 86_400_000).toISOString();
}

/**
 * Confirms the email channel whose confirmation token this is; null when the token is unknown, used
 * or older than UNCONFIRMED_TTL_DAYS.
 */
export async function confirmChannel(db: Db, token: string, now = new Date()): Promise<Channel | null> {
  if (!TOKEN_RE.test(token)) return null;
  const row = await db.kysely
    .updateTable('watch_channels')
    .set({ confirmed_at: nowIso(), confirm_token_hash: null })
    .where('confirm_token_hash', '=', tokenHash(token))
    .where('unsubscribed_at', 'is', null)
    .where('created_at', '>=', unconfirmedCutoff(now))
    .returning(CHANNEL_COLUMNS)
    .executeTakeFirst();
  return row ?? null;
}

/**
 * Stops a channel and forgets its address or URL and secret (kept only to deliver). Idempotent.
 */
export async function unsubscribeChannel(db: Db, id: string): Promise<boolean> {
  const r = await db.kysely
    .updateTable('watch_channels')
    .set({ unsubscribed_at: nowIso(), target: `unsubscribed:${id}`, secret: null, confirm_token_hash: null })
    .where('id', '=', id)
    .where('unsubscribed_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

/**
 * Deletes e-mail channels left unconfirmed for more than UNCONFIRMED_TTL_DAYS (the address with
 * them); returns how many. Run at server start and with every alert run.
 *
 * @example await purgeUnconfirmedChannels(db) // => 2
 */
export async function purgeUnconfirmedChannels(db: Db, now = new Date()): Promise<number> {
  const r = await db.kysely
    .deleteFrom('watch_channels')
    .where('kind', '=', 'email')
    .where('confirmed_at', 'is', null)
    .where('created_at', '<', unconfirmedCutoff(now))
    .executeTakeFirst();
  return Number(r.numDeletedRows);
}
