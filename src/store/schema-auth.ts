/**
 * Tables of accounts, sessions and the audit log (migration 0002). Timestamps are ISO 8601 text (UTC),
 * like the core tables. No table here holds a secret in the clear: passwords are argon2id hashes,
 * session tokens are stored as their SHA-256, client addresses as an HMAC.
 */

export type Role = 'editor' | 'admin';

export interface UsersTable {
  id: string;
  /** The login name as typed at creation (shown in the audit log and admin pages). */
  name: string;
  /** NFKC + lower-case name; UNIQUE, so "Alice" and "ａｌｉｃｅ" are the same account. */
  name_key: string;
  role: Role;
  /** argon2id PHC string. */
  password_hash: string;
  disabled_at: string | null;
  password_changed_at: string;
  created_at: string;
  updated_at: string;
}

export interface SessionsTable {
  /** SHA-256 (hex) of the 256-bit cookie token; the token itself is never stored. */
  id: string;
  user_id: string;
  created_at: string;
  /** Updated at most once a minute; the idle expiry counts from here. */
  last_seen_at: string;
  /** Absolute expiry, fixed at login. */
  expires_at: string;
}

/** Append-only (triggers refuse UPDATE and DELETE). */
export interface AuditLogTable {
  id: string;
  at: string;
  /** User id, 'cli' for command-line actions, or null (failed login: nobody is authenticated). */
  actor: string | null;
  action: string;
  /** What the action was about: a user id, an incident id, a backup file name … */
  target: string | null;
  /** HMAC-SHA256(server secret, client IP), hex; null for CLI actions. */
  ip_hash: string | null;
  /** JSON object without personal data. */
  details: string;
}

/** Server-side secrets generated on first use when LEAKWATCH_SECRET is unset (shared by all processes). */
export interface ServerSecretsTable {
  name: string;
  value: string;
  created_at: string;
}

export interface AuthTables {
  users: UsersTable;
  sessions: SessionsTable;
  audit_log: AuditLogTable;
  server_secrets: ServerSecretsTable;
}
