import type { Generated } from 'kysely';

/**
 * Core tables: organisations, services, aliases, notices, incidents, fact history, sources, jobs.
 * Created by migration 0001. JSON is stored as text on both dialects (portable, and filters use
 * LIKE on the JSON arrays); timestamps are ISO 8601 text in UTC, dates `YYYY-MM-DD` text.
 */
export interface OrganizationsTable {
  id: string;
  slug: string;
  name: string;
  /** normalizeOrgName(name): what spellings of the same organisation share. UNIQUE. */
  name_key: string;
  created_at: string;
  updated_at: string;
}

export interface ServicesTable {
  id: string;
  slug: string;
  organization_id: string | null;
  name: string;
  name_key: string;
  created_at: string;
  updated_at: string;
}

export type AliasKind = 'organization' | 'service';
export type AliasType = 'name' | 'ja' | 'kana' | 'romaji' | 'en' | 'domain' | 'other';

/** A name an organisation or service is known by; UNIQUE (kind, alias_key, target_id). */
export interface AliasesTable {
  id: string;
  kind: AliasKind;
  /** The organisation's or service's id (the same value as organization_id / service_id). */
  target_id: string;
  organization_id: string | null;
  service_id: string | null;
  alias: string;
  alias_type: AliasType;
  /** normalizeOrgName(alias). */
  alias_key: string;
  /** Consonant skeleton of the name's romaji (kana ↔ romaji ↔ English matching); '' when unusable. */
  romaji_key: string;
  created_at: string;
}

export interface NoticesTable {
  id: string;
  url: string | null;
  via: string;
  fetched_at: string;
  /** sha256 of the normalised text. UNIQUE: the same notice is stored once. */
  content_hash: string;
  lang: 'ja' | 'en';
  title: string | null;
  text: string;
  /** NoticeFacts as JSON, with evidence. */
  facts: string;
  report_stage: 'first' | 'update' | 'final' | null;
  published: string | null;
  /** The registered domain of the notice's own web site (src/incidents/site.ts), or null; indexed. */
  site_domain: string | null;
  /** Who the notice says it is from (src/incidents/sender.ts: its letterhead, else its organisation), or null; indexed. */
  sender_key: string | null;
  /** Whom the notice's title names (src/incidents/subject.ts subjectKey), or null; indexed. */
  subject_key: string | null;
  /** Ingestion time; with the UUIDv7 id it gives ingestion order (the last tie-break of report order). */
  created_at: string;
}

/** Every key a notice is found by for subject lookups (src/incidents/subject.ts subjectKeys); indexed by key. */
export interface NoticeSubjectsTable {
  notice_id: string;
  key: string;
}

export interface IncidentsTable {
  id: string;
  slug: string;
  /** Key of an imported record ("hibp:Adobe"); UNIQUE, null for incidents built from notices. */
  external_key: string | null;
  /** The imported record as JSON (kept to re-merge with notices later). */
  import_record: string | null;
  /** 'notice' or the name of the dataset the incident was imported from. */
  source: string;
  source_url: string | null;
  lang: 'ja' | 'en' | null;
  title: string;
  status: 'open' | 'closed';
  organization_id: string | null;
  /** IncidentFacts as JSON. */
  facts: string;
  /** Names this version of `facts`: new on every write, NULL when untagged (see migration 0007). */
  facts_tag: string | null;
  published: string | null;
  incident_start: string | null;
  detected: string | null;
  year: number | null;
  report_stage: 'first' | 'update' | 'final' | null;
  affected_count: number | null;
  affected_unit: string | null;
  leak_status: 'confirmed' | 'possible' | 'not_found' | null;
  /** JSON arrays, for listing and filtering (LIKE '%"Passwords"%'). */
  data_classes: string;
  causes: string;
  measures: string;
  notice_count: number;
  created_at: string;
  updated_at: string;
}

export interface IncidentServicesTable {
  incident_id: string;
  service_id: string;
}

export interface IncidentNoticesTable {
  incident_id: string;
  notice_id: string;
}

export interface FactHistoryTable {
  id: string;
  incident_id: string;
  field: string;
  from_value: string | null;
  to_value: string | null;
  kind: 'set' | 'changed' | 'corrected';
  /** The notice that made this change (null for imports and corrections). */
  notice_id: string | null;
  /** The notice that had set the value this change replaced. */
  from_notice_id: string | null;
  origin: 'notice' | 'import' | 'correction';
  by: string | null;
  reason: string | null;
  /** Replay order within the incident. */
  seq: number;
  at: string;
}

/** Editors' corrections; applied last in every merge so that they survive re-ingestion. */
export interface IncidentCorrectionsTable {
  id: string;
  incident_id: string;
  field: string;
  value: string;
  quote: string | null;
  by: string;
  reason: string;
  created_at: string;
}

/** Related incidents (one upstream breach). Stored once per pair, incident_a < incident_b. */
export interface IncidentLinksTable {
  incident_a: string;
  incident_b: string;
  reason: string;
  via: string;
  created_at: string;
}

/** Third-party names an incident's notices blame (vendor, payment provider, cloud service). */
export interface IncidentUpstreamsTable {
  incident_id: string;
  name_key: string;
  name: string;
}

/** Searchable text per incident: names and aliases (folded) and notice text. FTS5 / pg_trgm index it. */
export interface SearchDocsTable {
  id: Generated<number>;
  incident_id: string;
  notice_id: string | null;
  /** 'key': a name form only for exact/prefix matching (contained in another name of the incident). */
  kind: 'alias' | 'key' | 'title' | 'text';
  /** What to show as matched (the alias as written). */
  label: string;
  /** foldSearch(label) — the searched column. */
  body: string;
}

export interface SourcesTable {
  id: string;
  url: string;
  name: string;
  kind: string;
  etag: string | null;
  last_modified: string | null;
  last_polled_at: string | null;
  last_error: string | null;
  created_at: string;
}

export interface SourceEntriesTable {
  source_id: string;
  url: string;
  seen_at: string;
  /** Times the entry was read (counted before reading it, so a crash counts too). Migration 0005. */
  attempts: Generated<number>;
  /** 1 while the entry is still to be ingested (tried, failed for now); 0 once done or given up. */
  pending: Generated<number>;
  /** Why the last attempt failed ("[code] message"), null after a success. */
  last_error: string | null;
}

export type JobStatus = 'queued' | 'running' | 'done' | 'failed';

export interface JobsTable {
  id: string;
  kind: string;
  payload: string;
  status: JobStatus;
  attempts: number;
  run_at: string;
  locked_until: string | null;
  last_error: string | null;
  dedupe_key: string | null;
  created_at: string;
  updated_at: string;
}

export interface CoreTables {
  organizations: OrganizationsTable;
  services: ServicesTable;
  aliases: AliasesTable;
  notices: NoticesTable;
  notice_subjects: NoticeSubjectsTable;
  incidents: IncidentsTable;
  incident_services: IncidentServicesTable;
  incident_notices: IncidentNoticesTable;
  fact_history: FactHistoryTable;
  incident_corrections: IncidentCorrectionsTable;
  incident_links: IncidentLinksTable;
  incident_upstreams: IncidentUpstreamsTable;
  search_docs: SearchDocsTable;
  sources: SourcesTable;
  source_entries: SourceEntriesTable;
  jobs: JobsTable;
}
