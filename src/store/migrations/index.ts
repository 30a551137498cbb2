import type { Kysely } from 'kysely';
import type { DialectName } from '../db.js';
import { coreMigration } from './0001_core.js';
import { m0002Auth } from './0002_auth.js';
import { m0003Accounts } from './0003_accounts.js';
import { m0004SourceEntryAttempts } from './0004_source_entry_attempts.js';
import { m0005NoticeSite } from './0005_notice_site.js';
import { m0006WatchOrganizations } from './0006_watch_organizations.js';
import { m0007IncidentFactsTag } from './0007_incident_facts_tag.js';
import { m0008NoticeUrl } from './0008_notice_url.js';
import { m0009NoticeSender } from './0009_notice_sender.js';
import { m0010NoticeSubject } from './0010_notice_subject.js';
import { m0011NoticeSubjects } from './0011_notice_subjects.js';

/**
 * A versioned migration. `up` receives the dialect because full-text search differs: SQLite uses an
 * FTS5 `trigram` table, PostgreSQL a pg_trgm index. Names sort in the order they must run.
 */
export interface LwMigration {
  name: string;
  // biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was, not as typed now
  up(db: Kysely<any>, dialect: DialectName): Promise<void>;
}

/**
 * Every migration, in order. Numbers are given out per feature so that work on different features
 * cannot collide: 0001 store core, 0002 accounts/auth/audit, 0003 email-hash ranges and watchlists,
 * 0004 feed-entry attempts (sources), 0005 notices' site domain (ingest), 0006 watchlists following
 * organisations, 0007 incidents' facts tag (ingest), 0008 notices' address (ingest), 0009 notices' sender key (ingest), 0010 notices' subject key (ingest), 0011 notices' every subject key (ingest). Add a migration by appending a new file with the next number;
 * never edit one that has shipped.
 */
export const migrations: LwMigration[] = [
  coreMigration,
  m0002Auth,
  m0003Accounts,
  m0004SourceEntryAttempts,
  m0005NoticeSite,
  m0006WatchOrganizations,
  m0007IncidentFactsTag,
  m0008NoticeUrl,
  m0009NoticeSender,
  m0010NoticeSubject,
  m0011NoticeSubjects,
];
