import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

/** A transaction (or the database itself): every write function of the store runs inside the caller's. */
export type Tx = Kysely<Database>;

/** The store's timestamps: ISO 8601 in UTC, e.g. 2026-12-05T01:42:16.000Z. */
export function nowIso(): string {
  return new Date().toISOString();
}

/** Last 6 hex digits of a UUIDv7 (its random part): the slug suffix that keeps slugs unique. */
export function idSuffix(id: string): string {
  return id.replace(/-/g, '').slice(-6);
}

/** True for a unique-constraint violation on either dialect. */
export function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: string; message?: string };
  return (
    e?.code === '23505' ||
    e?.code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    e?.code === 'SQLITE_CONSTRAINT_PRIMARYKEY'
  );
}

/** True for errors a retry of the whole transaction can cure (PostgreSQL deadlock, serialisation, races). */
export function isRetryable(err: unknown): boolean {
  const code = (err as { code?: string })?.code;
  return code === '40P01' || code === '40001' || isUniqueViolation(err);
}
