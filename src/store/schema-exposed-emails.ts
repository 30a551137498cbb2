import type { Generated } from 'kysely';

/**
 * Tables of affected-account hashes, watchlists and alerts (migration 0003). No table here holds an
 * email address of an affected person: lists are SHA-256 hashes of normalised addresses. The only
 * addresses stored are those of people who asked for alerts (needed to send them), and only
 * webhook secrets needed to sign. Watchlist tokens are stored as their SHA-256.
 */

/** One organisation's list of affected accounts, attached to an incident (UNIQUE per incident). */
export interface AccountListsTable {
  /** An integer, not a UUID: 10 million hash rows each carry it, and 4 bytes beat 36. */
  id: Generated<number>;
  incident_id: string;
  /** Hashes stored for this incident (kept up to date by imports). */
  hash_count: number;
  created_at: string;
  updated_at: string;
}

/**
 * One SHA-256 of a normalised address, split for k-anonymity range queries. PRIMARY KEY
 * (prefix, suffix, list_id): a hash is stored once per incident, and the key itself is the prefix
 * index (SQLite: WITHOUT ROWID, so a range is one contiguous b-tree scan).
 */
export interface AccountHashesTable {
  /** First 5 hex digits of the hash as an integer (0 … 0xfffff). */
  prefix: number;
  /** The remaining 59 hex digits, lower-case. */
  suffix: string;
  list_id: number;
}

/** A set of followed services and data classes, reachable only through its secret token. */
export interface WatchlistsTable {
  id: string;
  /** SHA-256 (hex) of the 128-bit token in the feed URL; the token itself is never stored. */
  token_hash: string;
  lang: 'ja' | 'en';
  created_at: string;
}

/** What a watchlist follows. PRIMARY KEY (watch_id, kind, value). */
export interface WatchTargetsTable {
  watch_id: string;
  kind: 'service' | 'organization' | 'data_class';
  /** A service id, an organisation id (0006), or a data class name from the HIBP vocabulary. */
  value: string;
}

/** Where a watchlist's alerts go: an email address (double opt-in) or a webhook URL. */
export interface WatchChannelsTable {
  id: string;
  watch_id: string;
  kind: 'email' | 'webhook';
  /** The email address or webhook URL (needed to deliver; deleted on unsubscribe). */
  target: string;
  /** Webhook HMAC key (hex), shown once at creation; null for email. */
  secret: string | null;
  /** SHA-256 of the confirmation token mailed to the address; null once confirmed. */
  confirm_token_hash: string | null;
  confirmed_at: string | null;
  unsubscribed_at: string | null;
  created_at: string;
}

/** One alert for one channel about one state of one incident. UNIQUE (channel_id, incident_id, revision). */
export interface WatchAlertsTable {
  id: string;
  watch_id: string;
  channel_id: string;
  incident_id: string;
  /** The incident's updated_at when the alert was made: a later change is a new alert. */
  revision: string;
  /** JSON array of the changed fields ('new' for a new incident). */
  changed: string;
  status: 'queued' | 'sent' | 'failed';
  attempts: number;
  sent_at: string | null;
  created_at: string;
}

export interface AccountTables {
  account_lists: AccountListsTable;
  account_hashes: AccountHashesTable;
  watchlists: WatchlistsTable;
  watch_targets: WatchTargetsTable;
  watch_channels: WatchChannelsTable;
  watch_alerts: WatchAlertsTable;
}
