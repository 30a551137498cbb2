import { type Kysely, sql } from 'kysely';
import { LEAK_STATUSES, REPORT_STAGES } from '../../extract/vocab.js';
import type { LwMigration } from './index.js';

/** SQL list of quoted literals for CHECK (… IN (…)) constraints. */
function inList(values: readonly string[]): string {
  return values.map((v) => `'${v.replace(/'/g, "''")}'`).join(', ');
}

/**
 * Store core: organisations, services, aliases, notices, incidents and their history, search
 * documents, feed sources and jobs. Plain portable SQL (text ids, ISO text timestamps, JSON as
 * text); the only dialect differences are integer widths, the identity column of search_docs and
 * the substring index (FTS5 trigram on SQLite, pg_trgm GIN on PostgreSQL).
 */
export const coreMigration: LwMigration = {
  name: '0001_core',
  // biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was
  async up(db: Kysely<any>, dialect) {
    const big = dialect === 'postgres' ? 'bigint' : 'integer';
    const serial = dialect === 'postgres' ? 'bigserial PRIMARY KEY' : 'integer PRIMARY KEY AUTOINCREMENT';
    const stages = inList(REPORT_STAGES);
    const statements = [
      `CREATE TABLE organizations (
        id text PRIMARY KEY,
        slug text NOT NULL UNIQUE,
        name text NOT NULL CHECK (length(name) > 0),
        name_key text NOT NULL UNIQUE,
        created_at text NOT NULL,
        updated_at text NOT NULL
      )`,
      `CREATE TABLE services (
        id text PRIMARY KEY,
        slug text NOT NULL UNIQUE,
        organization_id text REFERENCES organizations(id) ON DELETE CASCADE,
        name text NOT NULL CHECK (length(name) > 0),
        name_key text NOT NULL,
        created_at text NOT NULL,
        updated_at text NOT NULL
      )`,
      'CREATE UNIQUE INDEX services_org_key ON services (organization_id, name_key)',
      `CREATE TABLE aliases (
        id text PRIMARY KEY,
        kind text NOT NULL CHECK (kind IN ('organization', 'service')),
        target_id text NOT NULL,
        organization_id text REFERENCES organizations(id) ON DELETE CASCADE,
        service_id text REFERENCES services(id) ON DELETE CASCADE,
        alias text NOT NULL CHECK (length(alias) > 0),
        alias_type text NOT NULL CHECK (alias_type IN ('name', 'ja', 'kana', 'romaji', 'en', 'domain', 'other')),
        alias_key text NOT NULL,
        romaji_key text NOT NULL,
        created_at text NOT NULL,
        CHECK ((kind = 'organization' AND organization_id = target_id AND service_id IS NULL)
            OR (kind = 'service' AND service_id = target_id AND organization_id IS NULL)),
        UNIQUE (kind, alias_key, target_id)
      )`,
      'CREATE INDEX aliases_key ON aliases (alias_key)',
      'CREATE INDEX aliases_romaji ON aliases (romaji_key)',
      'CREATE INDEX aliases_target ON aliases (target_id)',
      `CREATE TABLE notices (
        id text PRIMARY KEY,
        url text,
        via text NOT NULL,
        fetched_at text NOT NULL,
        content_hash text NOT NULL UNIQUE CHECK (length(content_hash) = 64),
        lang text NOT NULL CHECK (lang IN ('ja', 'en')),
        title text,
        text text NOT NULL,
        facts text NOT NULL,
        report_stage text CHECK (report_stage IN (${stages})),
        published text,
        created_at text NOT NULL
      )`,
      `CREATE TABLE incidents (
        id text PRIMARY KEY,
        slug text NOT NULL UNIQUE,
        external_key text UNIQUE,
        import_record text,
        source text NOT NULL,
        source_url text,
        lang text CHECK (lang IN ('ja', 'en')),
        title text NOT NULL,
        status text NOT NULL CHECK (status IN ('open', 'closed')),
        organization_id text REFERENCES organizations(id),
        facts text NOT NULL,
        published text,
        incident_start text,
        detected text,
        year integer,
        report_stage text CHECK (report_stage IN (${stages})),
        affected_count ${big} CHECK (affected_count >= 0),
        affected_unit text,
        leak_status text CHECK (leak_status IN (${inList(LEAK_STATUSES)})),
        data_classes text NOT NULL,
        causes text NOT NULL,
        measures text NOT NULL,
        notice_count integer NOT NULL DEFAULT 0,
        created_at text NOT NULL,
        updated_at text NOT NULL
      )`,
      'CREATE INDEX incidents_recent ON incidents (published, id)',
      'CREATE INDEX incidents_updated ON incidents (updated_at)',
      'CREATE INDEX incidents_org ON incidents (organization_id, published)',
      'CREATE INDEX incidents_year ON incidents (year)',
      `CREATE TABLE incident_services (
        incident_id text NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
        service_id text NOT NULL REFERENCES services(id) ON DELETE CASCADE,
        PRIMARY KEY (incident_id, service_id)
      )`,
      'CREATE INDEX incident_services_service ON incident_services (service_id)',
      `CREATE TABLE incident_notices (
        incident_id text NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
        notice_id text NOT NULL UNIQUE REFERENCES notices(id) ON DELETE CASCADE,
        PRIMARY KEY (incident_id, notice_id)
      )`,
      `CREATE TABLE fact_history (
        id text PRIMARY KEY,
        incident_id text NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
        field text NOT NULL,
        from_value text,
        to_value text,
        kind text NOT NULL CHECK (kind IN ('set', 'changed', 'corrected')),
        notice_id text REFERENCES notices(id),
        from_notice_id text REFERENCES notices(id),
        origin text NOT NULL CHECK (origin IN ('notice', 'import', 'correction')),
        by text,
        reason text,
        seq integer NOT NULL,
        at text NOT NULL,
        UNIQUE (incident_id, seq)
      )`,
      `CREATE TABLE incident_corrections (
        id text PRIMARY KEY,
        incident_id text NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
        field text NOT NULL,
        value text NOT NULL,
        quote text,
        by text NOT NULL,
        reason text NOT NULL CHECK (length(reason) > 0),
        created_at text NOT NULL
      )`,
      'CREATE INDEX incident_corrections_incident ON incident_corrections (incident_id, created_at)',
      `CREATE TABLE incident_links (
        incident_a text NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
        incident_b text NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
        reason text NOT NULL CHECK (reason IN ('shared_upstream', 'shared_service', 'editor')),
        via text NOT NULL,
        created_at text NOT NULL,
        PRIMARY KEY (incident_a, incident_b),
        CHECK (incident_a < incident_b)
      )`,
      'CREATE INDEX incident_links_b ON incident_links (incident_b)',
      `CREATE TABLE incident_upstreams (
        incident_id text NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
        name_key text NOT NULL,
        name text NOT NULL,
        PRIMARY KEY (incident_id, name_key)
      )`,
      'CREATE INDEX incident_upstreams_key ON incident_upstreams (name_key)',
      `CREATE TABLE search_docs (
        id ${serial},
        incident_id text NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
        notice_id text REFERENCES notices(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('alias', 'key', 'title', 'text')),
        label text NOT NULL,
        body text NOT NULL
      )`,
      'CREATE INDEX search_docs_incident ON search_docs (incident_id)',
      // Exact and prefix matches on names; notice text (kind 'text') is too long for a B-tree entry.
      dialect === 'postgres'
        ? "CREATE INDEX search_docs_body ON search_docs (body text_pattern_ops) WHERE kind <> 'text'"
        : "CREATE INDEX search_docs_body ON search_docs (body) WHERE kind <> 'text'",
      `CREATE TABLE sources (
        id text PRIMARY KEY,
        url text NOT NULL UNIQUE,
        name text NOT NULL,
        kind text NOT NULL,
        etag text,
        last_modified text,
        last_polled_at text,
        last_error text,
        created_at text NOT NULL
      )`,
      `CREATE TABLE source_entries (
        source_id text NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
        url text NOT NULL,
        seen_at text NOT NULL,
        PRIMARY KEY (source_id, url)
      )`,
      `CREATE TABLE jobs (
        id text PRIMARY KEY,
        kind text NOT NULL,
        payload text NOT NULL,
        status text NOT NULL CHECK (status IN ('queued', 'running', 'done', 'failed')),
        attempts integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
        run_at text NOT NULL,
        locked_until text,
        last_error text,
        dedupe_key text UNIQUE,
        created_at text NOT NULL,
        updated_at text NOT NULL
      )`,
      'CREATE INDEX jobs_due ON jobs (status, run_at)',
    ];
    // Cause, measure and data-class keys are checked in code (zod), not by CHECK: the vocabularies
    // grow, and a CHECK would need a migration per new key. Report stage and leak status are closed.
    for (const s of statements) await sql.raw(s).execute(db);

    if (dialect === 'sqlite') {
      // Two external-content FTS5 indexes over search_docs.body — names (aliases, titles) and notice
      // text — so that name matches are never crowded out by text matches. Kind 'key' rows (a name
      // form contained in another of the incident's names, e.g. サンプル in 株式会社サンプル) are
      // only for exact and prefix matching, so they stay out of the substring index. The trigram tokenizer
      // gives substring search for Japanese, which has no spaces between words. Triggers keep them
      // in step with search_docs.
      for (const [fts, cond] of [
        ['search_names_fts', "kind IN ('alias', 'title')"],
        ['search_text_fts', "kind = 'text'"],
      ] as const) {
        await sql
          .raw(
            `CREATE VIRTUAL TABLE ${fts} USING fts5(body, content='search_docs', content_rowid='id', tokenize='trigram')`,
          )
          .execute(db);
        const isNew = cond.replace('kind', 'new.kind');
        const isOld = cond.replace('kind', 'old.kind');
        // Names are indexed with an end marker (U+001F): then every two-character substring of a
        // name begins some trigram, and two-character queries can use the index (see search.ts).
        const body =
          fts === 'search_names_fts' ? (v: string) => `${v}.body || char(31)` : (v: string) => `${v}.body`;
        await sql
          .raw(`CREATE TRIGGER ${fts}_ai AFTER INSERT ON search_docs WHEN ${isNew} BEGIN
            INSERT INTO ${fts}(rowid, body) VALUES (new.id, ${body('new')}); END`)
          .execute(db);
        await sql
          .raw(`CREATE TRIGGER ${fts}_ad AFTER DELETE ON search_docs WHEN ${isOld} BEGIN
            INSERT INTO ${fts}(${fts}, rowid, body) VALUES ('delete', old.id, ${body('old')}); END`)
          .execute(db);
      }
      // The names index's vocabulary (its trigrams), to expand a two-character query.
      await sql
        .raw(`CREATE VIRTUAL TABLE search_names_vocab USING fts5vocab(search_names_fts, 'row')`)
        .execute(db);
      // search_docs rows are never updated in place (rebuilds delete and insert); forbid it so that
      // the FTS indexes cannot drift.
      await sql
        .raw(`CREATE TRIGGER search_docs_no_update BEFORE UPDATE ON search_docs BEGIN
          SELECT RAISE(ABORT, 'search_docs rows are replaced, not updated'); END`)
        .execute(db);
    } else {
      try {
        await sql.raw('CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public').execute(db);
      } catch (err) {
        // The extension is database-wide (in public, so that dropping a test schema keeps it). Two
        // schemas migrating at once race on it: one gets a unique violation although the extension
        // now exists. Anything else is a real failure.
        const code = (err as { code?: string }).code;
        if (code !== '23505' && code !== '42710') throw err;
      }
      await sql
        .raw(
          "CREATE INDEX search_docs_names_trgm ON search_docs USING gin (body gin_trgm_ops) WHERE kind IN ('alias', 'title')",
        )
        .execute(db);
      await sql
        .raw(
          "CREATE INDEX search_docs_text_trgm ON search_docs USING gin (body gin_trgm_ops) WHERE kind = 'text'",
        )
        .execute(db);
      await sql
        .raw('CREATE INDEX aliases_key_trgm ON aliases USING gin (alias_key gin_trgm_ops)')
        .execute(db);
    }
  },
};
