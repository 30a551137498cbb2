import { sql } from 'kysely';
import { crossScriptKey, crossScriptKeyOf, foldSearch, normalizeOrgName } from '../incidents/match.js';
import { hasWholeWords, nameWords } from '../incidents/name-words.js';
import type { IncidentSummary } from '../incidents/types.js';
import type { Db } from './db.js';
import { nameBodies } from './names.js';
import { summariesByIds } from './summaries.js';

/**
 * The names of every organisation and service (all their aliases: kana, romaji, English, domains)
 * and the whole words of every incident title, held in memory: a search answers from here first,
 * with no database round trip, and goes to the full-text indexes (FTS5 trigram, pg_trgm) only for
 * what names cannot answer (substrings, notice text).
 *
 * Built from the store on the first search (at 1,000,000 incidents: see `npm run bench -- search`);
 * kept current by `refresh()`, which compares two marks (the newest search document id and the
 * newest incident update) and reloads only the incidents changed since — writes by this process,
 * by another worker or by `leakwatch ingest` alike. Aliases are only ever added, never removed, in
 * the store, so the index only adds them too.
 */

export type TargetKind = 'organization' | 'service';

/** A name that matched: the target (organisation or service), the alias and how well. */
export interface TargetHit {
  target: number;
  alias: string;
  score: number;
}

/** Scores of the name tiers (search.ts adds prefix 3, substring 2, notice text 1 below them). */
export const SCORE = {
  /** The query is the service's name or one of its aliases: what people type for what they use. */
  serviceExact: 5.5,
  exact: 5,
  /** A kana alias for a romaji query or the other way round (ネットオフ ↔ netoff). */
  romaji: 4.5,
  /** Every word of the query is a whole word of an alias ("LINE" in "LINE Pay"). */
  aliasWord: 4,
  /** … or of an incident's title. */
  titleWord: 3.5,
} as const;

/** Every organisation and service, as targets. */
const TARGETS_SQL = `select 'organization' as kind, id, slug, name from organizations
  union all select 'service' as kind, id, slug, name from services`;

/** Summaries kept in memory (about 1 KB each). */
const SUMMARIES_KEPT = 20_000;

/** Above this many changed incidents, refresh() rebuilds instead. */
const REBUILD_ABOVE = 20_000;

/**
 * A query in every form the name index looks it up by, made once per search (each form costs a
 * pass of Unicode folding; made per lookup they were a tenth of an uncached search API request).
 */
export interface NameQuery {
  /** As typed. */
  text: string;
  /** foldSearch: as search documents are folded. */
  folded: string;
  /** normalizeOrgName: as alias keys are (legal forms stripped). */
  key: string;
  /** crossScriptKey: its kana ↔ romaji key, or null. */
  cross: { script: 'kana' | 'latin'; key: string } | null;
  /** Its whole words (nameWords), each once. */
  words: string[];
  /** hasWholeWords(words): the query can be matched by whole words. */
  wholeWords: boolean;
}

/** @example nameQuery('らいん') // => { text: 'らいん', folded: 'ライン', key: 'ライン', cross: { script: 'kana', key: 'rn a' }, … } */
export function nameQuery(text: string): NameQuery {
  const key = normalizeOrgName(text);
  const words = [...new Set(nameWords(text))];
  return {
    text,
    folded: foldSearch(text),
    key,
    cross: crossScriptKeyOf(key),
    words,
    wholeWords: hasWholeWords(words),
  };
}

export class NameIndex {
  // Incidents, by a dense number; built newest first so that long lists are roughly newest first.
  private incIds: string[] = [];
  private incAt = new Map<string, number>();
  private incPub: string[] = [];
  private incJa: boolean[] = [];
  private incTitle: string[] = [];
  private incOrg: number[] = [];
  private incSvcs = new Map<number, number[]>();
  /** Incidents whose title changed after the build: their title-word hits are checked again. */
  private titleChanged = new Set<number>();
  private gone = new Set<number>();
  // Organisations and services.
  private tIds: string[] = [];
  private tAt = new Map<string, number>();
  private tKind: TargetKind[] = [];
  private tSlug: string[] = [];
  private tName: string[] = [];
  private tIncidents: number[][] = [];
  // Aliases and keys.
  private aText: string[] = [];
  private aTarget: number[] = [];
  private exact: Postings = new Map();
  private aliasWords: Postings = new Map();
  private romaji: Postings = new Map();
  private titleWords: Postings = new Map();
  private marks = { doc: 0, updated: '' };
  /**
   * Summaries of incidents recently shown, so that a search page costs no query at all: an entry is
   * dropped when its incident is reloaded (it changed), and the oldest go past SUMMARIES_KEPT.
   */
  private readonly summaries = new Map<string, IncidentSummary>();

  /** Incidents in the index. */
  get size(): number {
    return this.incIds.length - this.gone.size;
  }

  /** Loads everything from the store. */
  async build(db: Db): Promise<void> {
    const marks = await readMarks(db);
    if (db.hotRead) this.buildFromSqlite(db.hotRead);
    else {
      const k = db.kysely;
      const [incidents, targets, aliases, links] = await Promise.all([
        k
          .selectFrom('incidents')
          .select(['id', 'organization_id', 'published', 'lang', 'title'])
          .orderBy(sql`published is null`)
          .orderBy('published', 'desc')
          .execute(),
        sql<{ kind: TargetKind; id: string; slug: string; name: string }>`${sql.raw(TARGETS_SQL)}`.execute(k),
        k.selectFrom('aliases').select(['target_id', 'alias']).execute(),
        k.selectFrom('incident_services').select(['incident_id', 'service_id']).execute(),
      ]);
      for (const t of targets.rows) this.addTarget(t.kind, t.id, t.slug, t.name);
      for (const a of aliases) this.addAlias(a.target_id, a.alias);
      for (const r of incidents) this.putIncident(r.id, r.organization_id, r.published, r.lang, r.title);
      for (const l of links) this.link(l.incident_id, l.service_id);
    }
    this.marks = marks;
  }

  /**
   * The same load on SQLite, row by row as arrays from the read connection: at 1,000,000 incidents
   * Kysely's array of row objects cost more CPU than the index itself (measured with
   * `npm run bench -- search`) and held every row in memory at once.
   */
  private buildFromSqlite(read: NonNullable<Db['hotRead']>): void {
    type Row = [string, string, string, string];
    for (const [kind, id, slug, name] of read(TARGETS_SQL).raw(true).iterate() as Iterable<Row>)
      this.addTarget(kind as TargetKind, id, slug, name);
    for (const [targetId, alias] of read('select target_id, alias from aliases')
      .raw(true)
      .iterate() as Iterable<[string, string]>)
      this.addAlias(targetId, alias);
    // NULLs sort first in SQLite: newest first, undated last.
    const incidents = read(
      'select id, organization_id, published, lang, title from incidents order by published is null, published desc',
    );
    for (const [id, org, published, lang, title] of incidents.raw(true).iterate() as Iterable<
      [string, string | null, string | null, string | null, string]
    >)
      this.putIncident(id, org, published, lang, title);
    for (const [incidentId, serviceId] of read('select incident_id, service_id from incident_services')
      .raw(true)
      .iterate() as Iterable<[string, string]>)
      this.link(incidentId, serviceId);
  }

  /**
   * Brings the index up to date with the store when its marks moved: reloads the incidents written
   * since (their names, services, title, date), or rebuilds after a bulk load.
   */
  async refresh(db: Db): Promise<void> {
    const marks = await readMarks(db);
    if (marks.doc === this.marks.doc && marks.updated === this.marks.updated) return;
    const k = db.kysely;
    const [docs, updated] = await Promise.all([
      k
        .selectFrom('search_docs')
        .select('incident_id')
        .distinct()
        .where('id', '>', this.marks.doc)
        .limit(REBUILD_ABOVE + 1)
        .execute(),
      k
        .selectFrom('incidents')
        .select('id')
        .where('updated_at', '>=', this.marks.updated)
        .limit(REBUILD_ABOVE + 1)
        .execute(),
    ]);
    const ids = [...new Set([...docs.map((d) => d.incident_id), ...updated.map((u) => u.id)])];
    if (ids.length > REBUILD_ABOVE) {
      this.summaries.clear();
      Object.assign(this, new NameIndex());
      await this.build(db);
      return;
    }
    for (let i = 0; i < ids.length; i += 500) await this.reload(db, ids.slice(i, i + 500));
    this.marks = marks;
  }

  private async reload(db: Db, ids: string[]): Promise<void> {
    const k = db.kysely;
    const [rows, links] = await Promise.all([
      k
        .selectFrom('incidents')
        .select(['id', 'organization_id', 'published', 'lang', 'title'])
        .where('id', 'in', ids)
        .execute(),
      k
        .selectFrom('incident_services')
        .select(['incident_id', 'service_id'])
        .where('incident_id', 'in', ids)
        .execute(),
    ]);
    const targetIds = [
      ...new Set([
        ...rows.map((r) => r.organization_id).filter((x): x is string => x !== null),
        ...links.map((l) => l.service_id),
      ]),
    ];
    if (targetIds.length > 0) {
      const [targets, aliases] = await Promise.all([
        sql<{ kind: TargetKind; id: string; slug: string; name: string }>`
          select 'organization' as kind, id, slug, name from organizations where id in (${sql.join(targetIds)})
          union all select 'service' as kind, id, slug, name from services where id in (${sql.join(targetIds)})`.execute(
          k,
        ),
        k.selectFrom('aliases').select(['target_id', 'alias']).where('target_id', 'in', targetIds).execute(),
      ]);
      for (const t of targets.rows) this.addTarget(t.kind, t.id, t.slug, t.name);
      for (const a of aliases) this.addAlias(a.target_id, a.alias);
    }
    for (const id of ids) this.summaries.delete(id);
    const found = new Set(rows.map((r) => r.id));
    for (const id of ids) {
      const at = this.incAt.get(id);
      if (at !== undefined && !found.has(id)) this.gone.add(at);
    }
    for (const r of rows) {
      const at = this.putIncident(r.id, r.organization_id, r.published, r.lang, r.title);
      for (const t of this.incSvcs.get(at) ?? []) removeFrom(this.tIncidents[t]!, at);
      this.incSvcs.delete(at);
    }
    for (const l of links) this.link(l.incident_id, l.service_id);
  }

  private addTarget(kind: TargetKind, id: string, slug: string, name: string): number {
    const at = this.tAt.get(id);
    if (at !== undefined) {
      this.tSlug[at] = slug;
      this.tName[at] = name;
      return at;
    }
    const t = this.tIds.length;
    this.tIds.push(id);
    this.tAt.set(id, t);
    this.tKind.push(kind);
    this.tSlug.push(slug);
    this.tName.push(name);
    this.tIncidents.push([]);
    return t;
  }

  private addAlias(targetId: string, alias: string): void {
    const t = this.tAt.get(targetId);
    if (t === undefined) return;
    // Known already when an alias of the same target and text holds its first body (a set of
    // aliases per target cost about a hundred bytes each at 1,000,000 incidents).
    const bodies = nameBodies(alias);
    if (bodies.length > 0) {
      for (const b of postings(this.exact, bodies[0]!)) {
        if (this.aTarget[b] === t && this.aText[b] === alias) return;
      }
    }
    const a = this.aText.length;
    this.aText.push(alias);
    this.aTarget.push(t);
    for (const body of bodies) push(this.exact, body, a);
    for (const w of new Set(nameWords(alias))) push(this.aliasWords, w, a);
    const cross = crossScriptKey(alias);
    if (cross) push(this.romaji, `${cross.script} ${cross.key}`, a);
  }

  /** Adds or updates an incident; returns its number. */
  private putIncident(
    id: string,
    organizationId: string | null,
    published: string | null,
    lang: string | null,
    title: string,
  ): number {
    let at = this.incAt.get(id);
    const org = organizationId ? (this.tAt.get(organizationId) ?? -1) : -1;
    if (at === undefined) {
      at = this.incIds.length;
      this.incIds.push(id);
      this.incAt.set(id, at);
      this.incPub.push(published ?? '');
      this.incJa.push(lang === 'ja');
      this.incTitle.push(title);
      this.incOrg.push(org);
      for (const w of new Set(nameWords(title))) push(this.titleWords, w, at);
      if (org >= 0) this.tIncidents[org]!.push(at);
      return at;
    }
    this.gone.delete(at);
    this.incPub[at] = published ?? '';
    this.incJa[at] = lang === 'ja';
    if (this.incTitle[at] !== title) {
      this.incTitle[at] = title;
      this.titleChanged.add(at);
      for (const w of new Set(nameWords(title))) {
        const list = this.titleWords.get(w);
        if (list === undefined) this.titleWords.set(w, at);
        else if (typeof list !== 'number') insertSorted(list, at);
        else if (list !== at) this.titleWords.set(w, list < at ? [list, at] : [at, list]);
      }
    }
    const old = this.incOrg[at]!;
    if (old !== org) {
      if (old >= 0) removeFrom(this.tIncidents[old]!, at);
      if (org >= 0) this.tIncidents[org]!.push(at);
      this.incOrg[at] = org;
    }
    return at;
  }

  private link(incidentId: string, serviceId: string): void {
    const at = this.incAt.get(incidentId);
    const t = this.tAt.get(serviceId);
    if (at === undefined || t === undefined) return;
    const svcs = this.incSvcs.get(at) ?? [];
    if (svcs.includes(t)) return;
    svcs.push(t);
    this.incSvcs.set(at, svcs);
    this.tIncidents[t]!.push(at);
  }

  /**
   * Organisations and services named by the query, best first: exact alias (a service before an
   * organisation), kana ↔ romaji spelling, then every query word a whole word of an alias.
   *
   * @example index.targets(nameQuery('らいん')) // the service LINE (alias ライン) before organisations
   */
  targets(q: NameQuery): TargetHit[] {
    const best = new Map<number, TargetHit>();
    this.addTargets(best, postings(this.exact, q.folded), 'exact');
    if (q.key && q.key !== q.folded) this.addTargets(best, postings(this.exact, q.key), 'exact');
    // A kana spelling of a Latin name or the other way round: one lookup by the other script's key
    // (crossScriptMatch, computed when the alias was added), not a test of every similar name.
    if (q.cross) {
      const other = q.cross.script === 'kana' ? 'latin' : 'kana';
      this.addTargets(best, postings(this.romaji, `${other} ${q.cross.key}`), 'romaji');
    }
    if (q.wholeWords) this.addTargets(best, this.withAllWords(this.aliasWords, q.words), 'aliasWord');
    return [...best.values()].sort(
      (x, y) =>
        y.score - x.score ||
        Number(this.tKind[y.target] === 'service') - Number(this.tKind[x.target] === 'service') ||
        this.tIncidents[y.target]!.length - this.tIncidents[x.target]!.length,
    );
  }

  /** Keeps the targets of these aliases at the tier's score, unless a target has a better hit. */
  private addTargets(
    best: Map<number, TargetHit>,
    aliases: readonly number[],
    tier: 'exact' | 'romaji' | 'aliasWord',
  ): void {
    for (const a of aliases) {
      const t = this.aTarget[a]!;
      // An exact name: a service's scores above an organisation's (what people type for what they use).
      const s =
        tier !== 'exact' ? SCORE[tier] : this.tKind[t] === 'service' ? SCORE.serviceExact : SCORE.exact;
      const cur = best.get(t);
      if (!cur || cur.score < s) best.set(t, { target: t, alias: this.aText[a]!, score: s });
    }
  }

  /** Incidents whose title has every query word as a whole word (at most `cap`, roughly newest first). */
  titleHits(q: NameQuery, cap: number): number[] {
    if (!q.wholeWords) return [];
    const hits = this.withAllWords(this.titleWords, q.words, cap);
    return hits.filter(
      (i) => !this.gone.has(i) && (!this.titleChanged.has(i) || hasWords(this.incTitle[i]!, q.words)),
    );
  }

  /**
   * Members of the posting list of the rarest word that are in every other word's list too: an
   * intersection of sorted lists by binary search, so a two-word query costs the rarest list's
   * length times a few steps, not a re-reading of every title it names (at 1,000,000 incidents a
   * common word's list holds tens of thousands).
   */
  private withAllWords(index: Postings, words: string[], cap = Number.POSITIVE_INFINITY): readonly number[] {
    const lists = words.map((w) => postings(index, w));
    const rarest = lists.reduce((a, b) => (b.length < a.length ? b : a));
    if (words.length === 1) return rarest.length > cap ? rarest.slice(0, cap) : rarest;
    const others = lists.filter((l) => l !== rarest);
    const out: number[] = [];
    for (const n of rarest) {
      if (others.every((l) => sortedHas(l, n))) out.push(n);
      if (out.length >= cap) break;
    }
    return out;
  }

  /** The incidents of a target (at most `cap`). */
  incidentsOf(t: number, cap: number): number[] {
    const list = this.tIncidents[t]!;
    const out: number[] = [];
    for (const i of list) {
      if (!this.gone.has(i)) out.push(i);
      if (out.length >= cap) break;
    }
    return out;
  }

  target(t: number): { kind: TargetKind; id: string; slug: string; name: string } {
    return { kind: this.tKind[t]!, id: this.tIds[t]!, slug: this.tSlug[t]!, name: this.tName[t]! };
  }

  /** Summaries by incident id, from memory where kept, the rest from the store (then kept). */
  async summariesOf(db: Db, ids: string[]): Promise<Map<string, IncidentSummary>> {
    const out = new Map<string, IncidentSummary>();
    const missing: string[] = [];
    for (const id of ids) {
      const s = this.summaries.get(id);
      if (s) out.set(id, s);
      else missing.push(id);
    }
    if (missing.length === 0) return out;
    for (const s of await summariesByIds(db, missing)) {
      out.set(s.id, s);
      this.summaries.set(s.id, s);
    }
    for (const oldest of this.summaries.keys()) {
      if (this.summaries.size <= SUMMARIES_KEPT) break;
      this.summaries.delete(oldest);
    }
    return out;
  }

  /** The number of an organisation or service by its id. */
  targetAt(id: string): number | undefined {
    return this.tAt.get(id);
  }

  title(i: number): string {
    return this.incTitle[i]!;
  }

  /** The number of an incident by its id, or undefined when the index does not know it (yet). */
  incidentAt(id: string): number | undefined {
    const at = this.incAt.get(id);
    return at === undefined || this.gone.has(at) ? undefined : at;
  }

  incidentId(i: number): string {
    return this.incIds[i]!;
  }

  /** Newest first (undated last); a Japanese incident first when `jaFirst`. */
  compare(a: number, b: number, jaFirst: boolean): number {
    if (jaFirst) {
      const l = Number(this.incJa[b]) - Number(this.incJa[a]);
      if (l !== 0) return l;
    }
    const pa = this.incPub[a]!;
    const pb = this.incPub[b]!;
    if (pa !== pb) return pa < pb ? 1 : -1;
    return this.incIds[a]! < this.incIds[b]! ? 1 : -1;
  }
}

function hasWords(text: string, words: string[]): boolean {
  const have = new Set(nameWords(text));
  return words.every((w) => have.has(w));
}

/** True when the ascending list holds n. */
function sortedHas(list: readonly number[], n: number): boolean {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = list[mid]!;
    if (v === n) return true;
    if (v < n) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** Adds n to the ascending list at its place, unless it is there. */
function insertSorted(list: number[], n: number): void {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]! < n) lo = mid + 1;
    else hi = mid;
  }
  if (list[lo] !== n) list.splice(lo, 0, n);
}

/**
 * Appends n to a posting list. Lists stay ascending: aliases and new incidents are numbered in
 * the order they are added (a changed title's words are put in place by insertSorted).
 */
function push(map: Postings, key: string, n: number): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, n);
  else if (typeof list === 'number') map.set(key, [list, n]);
  else list.push(n);
}

/**
 * Posting lists by key: a key found once (most names and many title words) holds its one number,
 * not an array — at 1,000,000 incidents the index holds millions of keys, and an array each was
 * most of its memory.
 */
type Postings = Map<string, number | number[]>;

/** The ascending posting list of a key (empty when the key is unknown). */
function postings(map: Postings, key: string): readonly number[] {
  const list = map.get(key);
  return list === undefined ? NONE : typeof list === 'number' ? [list] : list;
}

const NONE: readonly number[] = [];

function removeFrom(list: number[], n: number): void {
  const i = list.indexOf(n);
  if (i >= 0) list.splice(i, 1);
}

/** The newest search document id and the newest incident update: they move on every write. */
async function readMarks(db: Db): Promise<{ doc: number; updated: string }> {
  const q =
    'select (select max(id) from search_docs) as doc, (select max(updated_at) from incidents) as updated';
  const { hotRead, readTogether } = db;
  if (hotRead && readTogether) {
    // Searches that arrive together share one read transaction (see Db.readTogether).
    const r = await readTogether(() => hotRead(q).get() as { doc: number | null; updated: string | null });
    return { doc: Number(r.doc ?? 0), updated: r.updated ?? '' };
  }
  const r = await sql<{ doc: number | string | null; updated: string | null }>`${sql.raw(q)}`.execute(
    db.kysely,
  );
  return { doc: Number(r.rows[0]?.doc ?? 0), updated: r.rows[0]?.updated ?? '' };
}

const indexes = new WeakMap<Db, Promise<NameIndex>>();

/**
 * The name index of a database, built on first use and refreshed when the store has changed. The
 * marks are compared on every call (one indexed query: on SQLite a prepared statement on the
 * read connection, a few microseconds), so a search sees what was written before it.
 */
export async function nameIndex(db: Db): Promise<NameIndex> {
  let p = indexes.get(db);
  if (!p) {
    const index = new NameIndex();
    p = index.build(db).then(() => index);
    indexes.set(db, p);
    p.catch(() => indexes.delete(db));
    return p;
  }
  const index = await p;
  let pending = refreshing.get(index);
  if (!pending) {
    pending = index.refresh(db).finally(() => refreshing.delete(index));
    refreshing.set(index, pending);
  }
  await pending;
  return index;
}

const refreshing = new WeakMap<NameIndex, Promise<void>>();
