import { sql } from 'kysely';
import { foldedScript } from '../incidents/name-words.js';
import type { Page, SearchHit, Suggestion } from '../incidents/types.js';
import type { Db } from './db.js';
import { type NameIndex, nameIndex, nameQuery, SCORE } from './name-index.js';
import type { Tx } from './tx.js';

/**
 * Japanese-aware search. Queries and documents are folded the same way (NFKC, lower case, hiragana
 * → katakana, separators removed), so ｻﾝﾌﾟﾙ, さんぷる and サンプル meet. Names and title words are
 * answered from the in-memory name index (name-index.ts); what it cannot answer — names starting
 * with or containing the query, notice text — from the database: prefixes on a B-tree of folded
 * name bodies, substrings with FTS5 `trigram` on SQLite and pg_trgm GIN indexes on PostgreSQL
 * (trigrams need three characters, so two-character queries expand to the names' trigrams).
 * At most CANDIDATES incidents per name and tier are considered, so `total` is a lower bound for
 * very broad queries.
 */
export const CANDIDATES = 500;

/**
 * At most this many incidents are ranked for one query: a word as broad as "University" or "The"
 * names thousands of organisations at 1,000,000 incidents, and ranking every incident of each cost
 * a quarter of a second. Names are taken best first (score, services, most incidents), so the cut
 * drops only names of the lowest tier reached; `total` is then a lower bound, as above.
 */
export const MAX_RANKED = 2000;

/**
 * Substring candidates per tier on SQLite, newest search documents first: reading 500 through the
 * join cost twice as much as 200 (1M incidents, warm: about 1 ms against 0.5 ms a query), and a page
 * of 20 never needs more of one tier than the newest 200.
 */
const SUBSTRING_CANDIDATES = 200;

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

/**
 * The FTS5 query for documents that may contain the folded query (three characters or more): its
 * trigrams every third character, and the last one — each document holding the query holds them
 * all, and the caller checks the whole query with instr(). A phrase of every trigram read every
 * trigram's document list: at 1,000,000 incidents a 30-character name cost 7 ms of CPU, these
 * 2.6 ms.
 *
 * @example ftsMatch('abcdefg') // => '"abc" AND "def" AND "efg"'
 */
export function ftsMatch(qf: string): string {
  const chars = [...qf];
  const trigrams: string[] = [];
  for (let i = 0; i + 3 <= chars.length; i += 3) trigrams.push(chars.slice(i, i + 3).join(''));
  if (chars.length % 3 !== 0) trigrams.push(chars.slice(-3).join(''));
  return trigrams.map(ftsPhrase).join(' AND ');
}

/** Name documents starting with the folded query (longer than it). */
async function prefixTier(k: Tx, qf: string): Promise<Candidate[]> {
  // A literal (not a bound parameter) so that the partial index on names applies.
  return k
    .selectFrom('search_docs')
    .select(['incident_id', 'label'])
    .where(sql<boolean>`kind <> 'text'`)
    .where('body', '>', qf)
    .where('body', '<', `${qf}\uffff`)
    .limit(CANDIDATES)
    .execute();
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
    // The trigrams one at a time, the most frequent first, until shortCap names are found: an OR of
    // every trigram (hundreds at 1,000,000 incidents) read every one's document list first.
    const terms = await sql<{ term: string }>`select term from search_names_vocab
      where term >= ${qf} and term < ${`${qf}\uffff`} order by doc desc limit 400`.execute(k);
    const out: Candidate[] = [];
    for (const t of terms.rows) {
      const r = await sql<Candidate>`select d.incident_id, d.label from search_names_fts f
        join search_docs d on d.id = f.rowid where search_names_fts match ${ftsPhrase(t.term)}
        limit ${shortCap - out.length}`.execute(k);
      out.push(...r.rows);
      if (out.length >= shortCap) break;
    }
    return out;
  }
  if (db.dialect === 'sqlite' && !short) {
    const fts = isText ? sql.raw('search_text_fts') : sql.raw('search_names_fts');
    const r =
      await sql<Candidate>`select d.incident_id, d.label from ${fts} f join search_docs d on d.id = f.rowid
      where ${fts} match ${ftsMatch(qf)} and instr(d.body, ${qf}) > 0
      order by f.rowid desc limit ${SUBSTRING_CANDIDATES}`.execute(k);
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

/** Kana or kanji: the query was typed in Japanese. */
const JAPANESE_SCRIPT = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;

/** Latin queries shorter than this match whole words only, never inside a word ("line" ≠ Linens). */
const MIN_LATIN_INSIDE = 5;

/** The best hit of each incident found so far, by its number in the name index. */
type Best = Map<number, { score: number; matched: string }>;

/**
 * Keeps the hit unless the incident has a better one. A function of the module, not a closure made
 * per search: hundreds of calls a search, and a closure per search was measurable (the web bench
 * runs under tsx, which names each one).
 */
function keepBest(best: Best, n: number, score: number, matched: string): void {
  const cur = best.get(n);
  if (!cur || cur.score < score) best.set(n, { score, matched });
}

/** Keeps the database tiers' rows (incidents the name index knows) with their score. */
function addRows(best: Best, index: NameIndex, rows: Candidate[], score: number): void {
  for (const r of rows) {
    const n = index.incidentAt(r.incident_id);
    if (n !== undefined) keepBest(best, n, score, r.label);
  }
}

/**
 * Searches incidents by organisation, service, alias, title and notice text, best first.
 *
 * Ranking, from the in-memory name index (name-index.ts) first: the query is a service's name or
 * alias (5.5) or an organisation's (5); a kana ↔ romaji spelling of one (4.5); every query word a
 * whole word of an alias (4) or of the title (3.5). Then, from the database: a name starting with
 * the query (3), a name containing it (2), notice text containing it (1). Matches inside a word
 * follow Japanese writing: a query with kanji has no word boundaries to respect and gets them
 * whenever the names leave the page short; a kana query gets them only when nothing better was
 * found (ライン is not オンラインショップ while the service LINE exists); a Latin query only when
 * nothing better was found and it has at least five letters ("LINE" never finds "Linens").
 * Within a score: Japanese incidents first for a query in Japanese script, then newest first.
 *
 * @example await searchIncidents(db, 'らいん', { limit: 20, offset: 0 }) // the service LINE's incidents
 */
export async function searchIncidents(
  db: Db,
  query: string,
  opts: { limit: number; offset: number },
): Promise<Page<SearchHit>> {
  const { limit, offset } = opts;
  const q = nameQuery(query.slice(0, 200)); // a search box query, not a document
  const qf = q.folded;
  if (!qf) return { items: [], total: 0, limit, offset };
  const index = await nameIndex(db);
  const want = offset + limit;
  const best: Best = new Map();
  for (const t of index.targets(q)) {
    if (best.size >= MAX_RANKED) break;
    for (const n of index.incidentsOf(t.target, CANDIDATES)) keepBest(best, n, t.score, t.alias);
  }
  for (const n of index.titleHits(q, CANDIDATES)) keepBest(best, n, SCORE.titleWord, index.title(n));

  const script = foldedScript(qf);
  const shortLatin = script === 'latin' && [...qf].length < MIN_LATIN_INSIDE;
  const inside = script === 'kanji' ? best.size < want : best.size === 0 && !shortLatin;
  if (inside) {
    addRows(best, index, await prefixTier(db.kysely, qf), 3);
    // A short query whose page is already full of better matches skips the substring expansion.
    if (best.size < want) addRows(best, index, await substringTier(db, qf, 'names', Math.max(want, 50)), 2);
  }
  if (inside && best.size < want) addRows(best, index, await substringTier(db, qf, 'text', 0), 1);
  if (best.size === 0) return { items: [], total: 0, limit, offset };

  const jaFirst = JAPANESE_SCRIPT.test(q.text);
  // Sorted as [incident, hit] pairs: a comparison then reads no map (up to MAX_RANKED incidents).
  const ordered = [...best].sort(([a, ha], [b, hb]) => hb.score - ha.score || index.compare(a, b, jaFirst));
  const page = ordered.slice(offset, offset + limit);
  const summaries = await index.summariesOf(
    db,
    page.map(([n]) => index.incidentId(n)),
  );
  const items: SearchHit[] = [];
  for (const [n, hit] of page) {
    const incident = summaries.get(index.incidentId(n));
    if (incident) items.push({ incident, matched: hit.matched, score: hit.score });
  }
  return { items, total: ordered.length, limit, offset };
}

/**
 * The one resolver of names: organisations and services for a name in any spelling, best first —
 * used by the search box, /watch (which follows services) and /exposure (whose candidates are the
 * services people use). Tiers: exact name or alias, kana ↔ romaji spelling, whole words (the
 * name index, services before organisations within a tier), then names starting with the query,
 * then names containing it.
 *
 * @example await suggest(db, 'ライン', 5) // => [{ kind: 'service', name: 'LINE', matched: 'ライン', … }, …]
 */
export async function suggest(db: Db, query: string, limit: number): Promise<Suggestion[]> {
  const q = nameQuery(query);
  const key = q.key;
  if (!key) return [];
  const index = await nameIndex(db);
  const out: Suggestion[] = [];
  const seen = new Set<string>();
  const push = (s: Suggestion) => {
    if (seen.has(s.id) || out.length >= limit) return;
    seen.add(s.id);
    out.push(s);
  };
  const fq = q.folded;
  for (const h of index.targets(q)) push({ ...index.target(h.target), matched: h.alias });
  const k = db.kysely;
  type Row = { kind: 'organization' | 'service'; target_id: string; alias: string };
  const later: Row[] = [];
  if (out.length < limit) {
    const rows = await k
      .selectFrom('aliases')
      .select(['kind', 'target_id', 'alias'])
      .where('alias_key', '>', key)
      .where('alias_key', '<', `${key}\uffff`)
      .orderBy('alias_key')
      .limit(limit * 2)
      .execute();
    // Services first: they are what people use and type.
    later.push(...rows.filter((r) => r.kind === 'service'), ...rows.filter((r) => r.kind !== 'service'));
  }
  if (out.length + later.length < limit && [...fq].length >= 3) {
    if (db.dialect === 'sqlite') {
      // Substrings through the names index (a LIKE scan of every alias is too slow for a search
      // box): the organisations of the incidents whose names contain the query.
      const r = await sql<{
        organization_id: string;
        name: string;
      }>`select distinct o.id as organization_id, o.name
        from search_names_fts f join search_docs d on d.id = f.rowid
        join incidents i on i.id = d.incident_id join organizations o on o.id = i.organization_id
        where search_names_fts match ${ftsPhrase(fq)} limit ${limit * 2}`.execute(k);
      later.push(
        ...r.rows.map((row) => ({
          kind: 'organization' as const,
          target_id: row.organization_id,
          alias: row.name,
        })),
      );
    } else {
      // PostgreSQL: the pg_trgm index on aliases.alias_key serves this LIKE.
      later.push(
        ...(await k
          .selectFrom('aliases')
          .select(['kind', 'target_id', 'alias'])
          .where(sql<boolean>`alias_key like ${`%${escapeLike(key)}%`} escape '\\'`)
          .limit(limit * 2)
          .execute()),
      );
    }
  }
  for (const r of later) {
    const t = index.targetAt(r.target_id);
    if (t !== undefined) push({ ...index.target(t), matched: r.alias });
  }
  return out;
}
