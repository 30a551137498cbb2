import { z } from 'zod';
import type { Config } from '../config.js';
import { newId } from '../ids.js';
import { logger } from '../log.js';
import { keyedHash, serverKey } from '../security/keys.js';
import type { Db } from '../store/db.js';

/** Every action the audit log records. */
export const AUDIT_ACTIONS = [
  'login.success',
  'login.failure',
  'login.locked',
  'logout',
  'user.add',
  'user.disable',
  'user.reset_password',
  'correction.add',
  'backup.create',
  'restore.apply',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** Details are flat and small: ids, counts, field names, reasons codes — never names, emails or IPs. */
export type AuditDetails = Record<string, string | number | boolean | null>;

export interface AuditInput {
  actor: string | null;
  action: AuditAction;
  target?: string | null;
  /** Raw client address; only its HMAC is stored. */
  ip?: string | null;
  details?: AuditDetails;
}

export interface AuditEntry {
  id: string;
  at: string;
  actor: string | null;
  /** The actor's account name when the actor is a user. */
  actor_name: string | null;
  action: string;
  target: string | null;
  ip_hash: string | null;
  details: AuditDetails;
}

const log = logger('audit');

const Details = z.record(
  z.string().max(64),
  z.union([z.string().max(500), z.number(), z.boolean(), z.null()]),
);

/**
 * Appends one entry to the audit log. The table refuses UPDATE and DELETE (migration 0002).
 *
 * @example await audit(db, config, { actor: user.id, action: 'logout', ip: '203.0.113.7' })
 */
export async function audit(db: Db, config: Pick<Config, 'secret'>, input: AuditInput): Promise<void> {
  const details = Details.parse(input.details ?? {});
  const ip_hash = input.ip ? keyedHash(await serverKey(db, config.secret, 'ip-hash'), input.ip) : null;
  await db.kysely
    .insertInto('audit_log')
    .values({
      id: newId(),
      at: new Date().toISOString(),
      actor: input.actor,
      action: input.action,
      target: input.target ?? null,
      ip_hash,
      details: JSON.stringify(details),
    })
    .execute();
  // Operators watch lock-outs and failures in the logs; ids and the action only, as in the table.
  const level = input.action === 'login.locked' || input.action === 'login.failure' ? 'warn' : 'info';
  log[level]({ action: input.action, actor: input.actor, target: input.target ?? null, details }, 'audit');
}

/** Newest first; `before` is the id of the last entry of the previous page (ids sort by time). */
export async function listAudit(
  db: Db,
  opts: { limit?: number; before?: string; action?: string } = {},
): Promise<AuditEntry[]> {
  let q = db.kysely
    .selectFrom('audit_log')
    .leftJoin('users', 'users.id', 'audit_log.actor')
    .select([
      'audit_log.id',
      'audit_log.at',
      'audit_log.actor',
      'users.name as actor_name',
      'audit_log.action',
      'audit_log.target',
      'audit_log.ip_hash',
      'audit_log.details',
    ])
    .orderBy('audit_log.id', 'desc')
    .limit(Math.min(Math.max(opts.limit ?? 100, 1), 1000));
  if (opts.before) q = q.where('audit_log.id', '<', opts.before);
  if (opts.action) q = q.where('audit_log.action', '=', opts.action);
  const rows = await q.execute();
  return rows.map((r) => ({ ...r, details: JSON.parse(r.details) as AuditDetails }));
}
