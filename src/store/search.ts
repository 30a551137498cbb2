import { sql } from 'kysely';
import { crossScriptMatch, foldSearch, normalizeOrgName, romajiKey } from '../incidents/match.js';
import type { Page, SearchHit, Suggestion } from '../incidents/types.js';
import type { Db } from './db.js';
import { SUMMARY_COLUMNS, toSummaries } from './summaries.js';
import type { Tx } from './tx.js';

/**
 * Japanese-aware search. Queries and documents are folded the same way (NFKC, lower case, hiragana
 * → katakana, separators removed), so ｻﾝﾌﾟﾙ, さんぷる and サンプル meet. Names (organisation and
 * service aliases in kana, romaji, English; incident titles) are matched exactly, by prefix (B-tree
 * on the folded body) and as substrings; notice text as substrings. Substrings use FTS5 `trigram`
 * on SQLite and a pg_trgm GIN index on PostgreSQL; trigrams need three characters, so one- and
 * two-character queries scan names with LIKE instead. Kana names match romaji queries through
 * their romanised body (ニコン ↔ nikon) and a romaji skeleton (ネットオフ ↔ netoff).
 *
 * Ranking: exact name 4 > name prefix 3 > romaji-equivalent name 2.5 > name substring 2 > text 1;
 * ties by first published date, newest first. At most CANDIDATES incidents per tier are
 * considered (for 1–2 character queries, the substring tier stops at max(offset + limit, 50)), so
 * `total` is a lower bound for very broad queries.
 */
export const CANDIDATES = 500;

interface Candidate {
  incident_id: string;
  label: string;
}

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** An FTS5 phrase: the whole folded query as one quoted string (trigram = substring match). */
export function ftsPhrase(q: string): string {
  return `"${q.replace(/"/g, '""')}"`;
}

/** Name documents equal to / starting with the folded query. */
async function nameTier(k: Tx, qf: string, mode: 'exact' | 'prefix'): Promise<Candidate[]> {
  // A literal (not a bound parameter) so that the partial index on names applies.
  let q = k.selectFrom('search_docs').select(['incident_id', 'label']).where(sql<boolean>`kind <> 'text'`);
  q =
    mode === 'exact' ? q.where('body', '=', qf) : q.where('body', '>', qf).where('body', '<', `${qf}\uffff`);
  return q.limit(CANDIDATES).execute();
}

/**
 * Names or notice text containing the folded query. One- and two-character queries cannot use the
 * trigram indexes: they scan names with LIKE, stopping at `shortCap` matches.
 */
async function substringTier(
  db: Db,
  qf: string,
  kind: 'names' | 'text',
  shortCap: number,
): Promise<Candidate[]> {
  const k = db.kysely;
  const isText = kind === 'text';
  const short = [...qf].length < 3;
  if (isText && short) return []; // a 1–2 character scan of every notice is not a search
  if (db.dialect === 'sqlite' && short && !isText) {
    // Two characters: every name trigram that starts with them (names are indexed with an end
    // marker, so this finds the query anywhere in a name), OR-ed in one MATCH. One character: the
    // exact and prefix tiers only — a scan of every name is not a search.
    if ([...qf].length < 2) return [];
    const terms = await sql<{ term: string }>`select term from search_names_vocab
      where term >= ${qf} and term < ${`${qf}\uffff`} limit 400`.execute(k);
    if (terms.rows.length === 0) return [];
    const match = terms.rows.map((t) => ftsPhrase(t.term)).join(' OR ');
    const r = await sql<Candidate>`select d.incident_id, d.label from search_names_fts f
      join search_docs d on d.id = f.rowid where search_names_fts match ${match} limit ${shortCap}`.execute(
      k,
    );
    return r.rows;
  }
  if (db.dialect === 'sqlite' && !short) {
    const fts = isText ? sql.raw('search_text_fts') : sql.raw('search_names_fts');
    const r =
      await sql<Candidate>`select d.incident_id, d.label from ${fts} f join search_docs d on d.id = f.rowid
      where ${fts} match ${ftsPhrase(qf)} limit ${CANDIDATES}`.execute(k);
    return r.rows;
  }
  // PostgreSQL: the partial pg_trgm GIN indexes match these kind conditions literally.
  const where = isText
    ? sql<boolean>`kind = 'text'`
    : short
      ? sql<boolean>`kind <> 'text'`
      : sql<boolean>`kind in ('alias', 'title')`;
  return k
    .selectFrom('search_docs')
    .select(['incident_id', 'label'])
    .where(where)
    .where(sql<boolean>`body like ${`%${escapeLike(qf)}%`} escape '\\'`)
    .limit(short ? shortCap : CANDIDATES)
    .execute();
}

/** Incidents of organisations/services whose kana or Latin alias has the query's romaji skeleton. */
async function romajiTier(k: Tx, q: string): Promise<Candidate[]> {
  const rk = romajiKey(q);
  if (!rk) return [];
  const aliases = (
    await k
      .selectFrom('aliases')
      .select(['target_id', 'alias', 'kind'])
      .where('romaji_key', '=', rk)
      .limit(50)
      .execute()
  ).filter((a) => crossScriptMatch(a.alias, q));
  if (aliases.length === 0) return [];
  const orgIds = aliases.filter((a) => a.kind === 'organization').map((a) => a.target_id);
  const svcIds = aliases.filter((a) => a.kind === 'service').map((a) => a.target_id);
  const label = new Map(aliases.map((a) => [a.target_id, a.alias]));
  const out: Candidate[] = [];
  if (orgIds.length) {
    const rows = await k
      .selectFrom('incidents')
      .select(['id', 'organization_id'])
      .where('organization_id', 'in', orgIds)
      .limit(CANDIDATES)
      .execute();
    for (const r of rows) out.push({ incident_id: r.id, label: label.get(r.organization_id!) ?? '' });
  }
  if (svcIds.length) {
    const rows = await k
      .selectFrom('incident_services')
      .select(['incident_id', 'service_id'])
      .where('service_id', 'in', svcIds)
      .limit(CANDIDATES)
      .execute();
    for (const r of rows) out.push({ incident_id: r.incident_id, label: label.get(r.service_id) ?? '' });
  }
  return out;
}

/** Kana or kanji: the query was typed in Japanese. */
const JAPANESE_SCRIPT = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;

/**
 * Searches incidents by organisation, service, alias and notice text.
 *
 * @example await searchIncidents(db, 'さんぷる', { limit: 20, offset: 0 }) // finds 株式会社サンプル's incidents
 */
export async function searchIncidents(
  db: Db,
  query: string,
  opts: { limit: number; offset: number },
): Promise<Page<SearchHit>> {
  const { limit, offset } = opts;
  query = query.slice(0, 200); // a search box query, not a document
  const qf = foldSearch(query);
  if (!qf) return { items: [], total: 0, limit, offset };
  const k = db.kysely;
  const best = new Map<string, { score: number; matched: string }>();
  const add = (rows: Candidate[], score: number) => {
    for (const r of rows) {
      const cur = best.get(r.incident_id);
      if (!cur || cur.score < score) best.set(r.incident_id, { score, matched: r.label });
    }
  };
  const orgKey = normalizeOrgName(query);
  add(await nameTier(k, qf, 'exact'), 4);
  if (orgKey && orgKey !== qf) add(await nameTier(k, orgKey, 'exact'), 4);
  add(await nameTier(k, qf, 'prefix'), 3);
  add(await romajiTier(k, query), 2.5);
  // A two-character query whose page is already full of exact and prefix matches skips the
  // substring expansion (hundreds of trigrams): it could only add lower-ranked hits past this page.
  const short = [...qf].length < 3;
  if (!short || best.size < offset + limit)
    add(await substringTier(db, qf, 'names', Math.max(offset + limit, 50)), 2);
  if (best.size < offset + limit) add(await substringTier(db, qf, 'text', 0), 1);
  if (best.size === 0) return { items: [], total: 0, limit, offset };

  // Order by score; within a score, a query written in Japanese script puts Japanese incidents first
  // (ヤフー means Yahoo! JAPAN before the US Yahoo that also carries the alias); then newest first.
  // Fetch the dates and languages of the candidates (at most a few thousand).
  const ids = [...best.keys()];
  const dates = new Map<string, string>();
  const langFirst = new Set<string>();
  const jaQuery = JAPANESE_SCRIPT.test(query);
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await k
      .selectFrom('incidents')
      .select(['id', 'published', 'lang'])
      .where('id', 'in', ids.slice(i, i + 500))
      .execute();
    for (const r of rows) {
      dates.set(r.id, r.published ?? '');
      if (jaQuery && r.lang === 'ja') langFirst.add(r.id);
    }
  }
  const ordered = ids
    .filter((id) => dates.has(id))
    .sort((a, b) => {
      const d = best.get(b)!.score - best.get(a)!.score;
      if (d !== 0) return d;
      const l = Number(langFirst.has(b)) - Number(langFirst.has(a));
      if (l !== 0) return l;
      const pa = dates.get(a)!;
      const pb = dates.get(b)!;
      return pa === pb ? (a < b ? 1 : -1) : pa < pb ? 1 : -1;
    });
  const pageIds = ordered.slice(offset, offset + limit);
  const rows = pageIds.length
    ? await k
        .selectFrom('incidents')
        .select([...SUMMARY_COLUMNS])
        .where('id', 'in', pageIds)
        .execute()
    : [];
  const summaries = new Map((await toSummaries(k, rows)).map((s) => [s.id, s]));
  return {
    items: pageIds.map((id) => ({
      incident: summaries.get(id)!,
      matched: best.get(id)!.matched,
      score: best.get(id)!.score,
    })),
    total: ordered.length,
    limit,
    offset,
  };
}

/**
 * Organisations and services for the search box, by alias: exact, prefix, romaji-equivalent
 * (kana ↔ romaji ↔ English), then substring.
 *
 * @example await suggest(db, 'netoff') // => [{ kind: 'organization', name: 'ネットオフ株式会社', matched: 'ネットオフ', … }]
 */
export async function suggest(db: Db, query: string, limit: number): Promise<Suggestion[]> {
  const key = normalizeOrgName(query);
  if (!key) return [];
  const k = db.kysely;
  const hits: { kind: 'organization' | 'service'; target_id: string; alias: string }[] = [];
  const seen = new Set<string>();
  const push = (rows: { kind: 'organization' | 'service'; target_id: string; alias: string }[]) => {
    for (const r of rows) {
      if (seen.has(r.target_id) || hits.length >= limit) continue;
      seen.add(r.target_id);
      hits.push(r);
    }
  };
  const sel = () => k.selectFrom('aliases').select(['kind', 'target_id', 'alias']);
  push(await sel().where('alias_key', '=', key).limit(limit).execute());
  if (hits.length < limit) {
    push(
      await sel()
        .where('alias_key', '>', key)
        .where('alias_key', '<', `${key}\uffff`)
        .orderBy('alias_key')
        .limit(limit * 2)
        .execute(),
    );
  }
  if (hits.length < limit) {
    const rk = romajiKey(query);
    if (rk) {
      const rows = await sel().where('romaji_key', '=', rk).limit(50).execute();
      push(rows.filter((r) => crossScriptMatch(r.alias, query)));
    }
  }
  if (hits.length < limit && db.dialect === 'sqlite') {
    // Substrings through the names index (a LIKE scan of every alias is too slow for a search box):
    // the organisations of the incidents whose names contain the query.
    const fq = foldSearch(query);
    if ([...fq].length >= 3) {
      const r = await sql<{
        organization_id: string;
        name: string;
      }>`select distinct o.id as organization_id, o.name
        from search_names_fts f join search_docs d on d.id = f.rowid
        join incidents i on i.id = d.incident_id join organizations o on o.id = i.organization_id
        where search_names_fts match ${ftsPhrase(fq)} limit ${limit * 2}`.execute(k);
      push(
        r.rows.map((row) => ({
          kind: 'organization' as const,
          target_id: row.organization_id,
          alias: row.name,
        })),
      );
    }
  } else if (hits.length < limit) {
    // PostgreSQL: the pg_trgm index on aliases.alias_key serves this LIKE.
    push(
      await sel()
        .where(sql<boolean>`alias_key like ${`%${escapeLike(key)}%`} escape '\\'`)
        .limit(limit * 2)
        .execute(),
    );
  }
  const orgIds = hits.filter((h) => h.kind === 'organization').map((h) => h.target_id);
  const svcIds = hits.filter((h) => h.kind === 'service').map((h) => h.target_id);
  const [orgs, svcs] = await Promise.all([
    orgIds.length
      ? k.selectFrom('organizations').select(['id', 'slug', 'name']).where('id', 'in', orgIds).execute()
      : [],
    svcIds.length
      ? k.selectFrom('services').select(['id', 'slug', 'name']).where('id', 'in', svcIds).execute()
      : [],
  ]);
  const byId = new Map([...orgs, ...svcs].map((r) => [r.id, r]));
  return hits.flatMap((h) => {
    const t = byId.get(h.target_id);
    return t ? [{ kind: h.kind, id: t.id, slug: t.slug, name: t.name, matched: h.alias }] : [];
  });
}
