import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import SQLite from 'better-sqlite3';
import { newId } from '../src/ids.js';
import {
  foldSearch,
  kanaToRomaji,
  nameScript,
  normalizeOrgName,
  romajiKey,
  slugPart,
  stripLegalForm,
} from '../src/incidents/match.js';
import { emptyIncidentFacts } from '../src/incidents/merge.js';
import { bulkLoadRecords } from '../src/store/bulk-load.js';
import { openDatabase } from '../src/store/db.js';
import { migrations } from '../src/store/migrations/index.js';
import { aliasType, nameDocs } from '../src/store/names.js';
import { readStarterFile } from '../src/store/starter.js';

/**
 * The search benchmark's data set: the starter dataset (real organisation and service names, loaded
 * with the app's own bulk loader) and, up to SIZE incidents, incidents of organisations named after
 * them — a starter name with a region or division in Japanese and English (ニトリ関西 / Nitori
 * Kansai, Aetna Holdings) — plus more incidents of the starter's own organisations and services, so
 * that a popular name has many incidents, as at scale it would.
 *
 * Built fast: one connection, prepared single-row statements reused in transactions of 20,000
 * incidents, the secondary indexes and FTS insert triggers dropped during the load and recreated
 * after it (one sort per index; the names FTS index filled by one INSERT … SELECT with the same
 * expression as its trigger). The file is kept under the temp folder, keyed by the migrations, the
 * generator's version and the size, so that a re-run reuses it (`reused` says so; the data is the
 * same, only the build is skipped). BENCH_SEARCH_FRESH=1 builds anew.
 */

/** Bump when the generator changes what it writes. */
const GENERATOR_VERSION = 1;

/** Incidents per transaction. */
const TX_ROWS = 20_000;

export interface SearchData {
  file: string;
  /** True when an earlier run's file was reused (the build was skipped). */
  reused: boolean;
  /** Seconds to build it (0 when reused). */
  buildS: number;
}

/** Region or division words, Japanese and the English a subsidiary would use. */
const PARTS: readonly (readonly [string, string])[] = [
  ['西日本', 'West Japan'],
  ['東日本', 'East Japan'],
  ['関西', 'Kansai'],
  ['九州', 'Kyushu'],
  ['北海道', 'Hokkaido'],
  ['東北', 'Tohoku'],
  ['中部', 'Chubu'],
  ['ホールディングス', 'Holdings'],
  ['サービス', 'Services'],
  ['販売', 'Sales'],
  ['システムズ', 'Systems'],
  ['ネットワークス', 'Networks'],
  ['ストア', 'Store'],
  ['フィナンシャル', 'Financial'],
  ['トラベル', 'Travel'],
  ['カード', 'Card'],
  ['モバイル', 'Mobile'],
  ['ロジスティクス', 'Logistics'],
  ['テクノロジー', 'Technology'],
  ['ヘルスケア', 'Healthcare'],
  ['不動産', 'Realty'],
  ['保険', 'Insurance'],
  ['エンタテインメント', 'Entertainment'],
  ['リテール', 'Retail'],
];

/** Title endings written for this benchmark (short, our own words). */
const JA_TITLES = [
  'における不正アクセスについて',
  'の顧客情報漏えいに関するお知らせ',
  'ランサムウェア被害のご報告',
  'の会員情報流出の可能性について',
  'におけるメール誤送信について',
];
const EN_TITLES = [
  (n: string, y: number) => `${n} breach (${y})`,
  (n: string, y: number) => `${n} data security incident (${y})`,
  (n: string) => `Unauthorized access at ${n}`,
];

/** A deterministic pseudo-random generator (xorshift32), so runs are comparable. */
export function rng(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 4294967296;
  };
}

/** Where the data set of `size` incidents is kept for this schema and generator. */
export function searchDataFile(size: number): string {
  const key = createHash('sha256')
    .update(`${migrations.map((m) => m.name).join(',')}|${GENERATOR_VERSION}|${size}`)
    .digest('hex')
    .slice(0, 12);
  const dir = process.env.BENCH_SEARCH_DIR ?? join(tmpdir(), 'leakwatch-search-bench');
  return join(dir, `search-${size}-${key}.db`);
}

/** The data set of `size` incidents: reused when an earlier run built it, built otherwise. */
export async function searchData(size: number, log: (s: string) => void): Promise<SearchData> {
  const file = searchDataFile(size);
  if (existsSync(file) && process.env.BENCH_SEARCH_FRESH !== '1') return { file, reused: true, buildS: 0 };
  mkdirSync(dirname(file), { recursive: true });
  const partial = `${file}.building`;
  for (const f of [partial, `${partial}-wal`, `${partial}-shm`]) rmSync(f, { force: true });
  const t0 = performance.now();
  await buildSearchData(partial, size, log);
  renameSync(partial, file);
  return { file, reused: false, buildS: (performance.now() - t0) / 1000 };
}

interface Target {
  id: string;
  aliases: string[];
  ja: boolean;
  services: { id: string; aliases: string[] }[];
}

/** Builds the data set into `file` (which must not exist). */
export async function buildSearchData(file: string, size: number, log: (s: string) => void): Promise<void> {
  const db = await openDatabase({ dataDir: dirname(file), sqliteFile: file.slice(dirname(file).length + 1) });
  try {
    await bulkLoadRecords(db, await readStarterFile());
  } finally {
    await db.close();
  }
  const raw = new SQLite(file);
  try {
    raw.pragma('journal_mode = OFF'); // a throw-away benchmark file: no journal during the load
    raw.pragma('synchronous = OFF');
    raw.pragma('cache_size = -262144');
    raw.pragma('temp_store = MEMORY');
    raw.pragma('foreign_keys = OFF'); // every reference is made here and exists
    generate(raw, size, log);
    raw.pragma('journal_mode = WAL');
  } finally {
    raw.close();
  }
}

function generate(raw: SQLite.Database, size: number, log: (s: string) => void): void {
  const t0 = performance.now();
  const lap = (what: string) => log(`  ${what} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  const starterCount = (raw.prepare('select count(*) as n from incidents').get() as { n: number }).n;
  const aliasesOf = new Map<string, string[]>();
  for (const a of raw.prepare('select target_id, alias from aliases').all() as {
    target_id: string;
    alias: string;
  }[]) {
    const list = aliasesOf.get(a.target_id);
    if (list) list.push(a.alias);
    else aliasesOf.set(a.target_id, [a.alias]);
  }
  const servicesOf = new Map<string, { id: string; aliases: string[] }[]>();
  for (const s of raw
    .prepare('select id, organization_id from services where organization_id is not null')
    .all() as {
    id: string;
    organization_id: string;
  }[]) {
    const list = servicesOf.get(s.organization_id) ?? [];
    list.push({ id: s.id, aliases: aliasesOf.get(s.id) ?? [] });
    servicesOf.set(s.organization_id, list);
  }
  const starter: Target[] = (
    raw.prepare('select id, name from organizations order by id').all() as { id: string; name: string }[]
  ).map((o) => ({
    id: o.id,
    aliases: aliasesOf.get(o.id) ?? [o.name],
    ja: nameScript(o.name) !== 'latin',
    services: servicesOf.get(o.id) ?? [],
  }));
  const bases = (raw.prepare('select name from organizations order by id').all() as { name: string }[]).map(
    (o) => ({
      name: o.name,
      core: stripLegalForm(o.name) || o.name,
      ja: nameScript(o.name) !== 'latin',
      used: 0,
    }),
  );
  const jaBases = bases.filter((b) => b.ja);
  const enBases = bases.filter((b) => !b.ja);
  const jaStarter = starter.filter((t) => t.ja);
  const enStarter = starter.filter((t) => !t.ja);
  const takenKeys = new Set(
    (raw.prepare('select name_key from organizations').all() as { name_key: string }[]).map(
      (o) => o.name_key,
    ),
  );
  const firstDoc = (raw.prepare('select coalesce(max(id), 0) as n from search_docs').get() as { n: number })
    .n;

  // Secondary indexes and the FTS insert triggers go during the load and come back after it.
  const tables = ['organizations', 'aliases', 'incidents', 'incident_services', 'search_docs'];
  const saved = raw
    .prepare(
      `select type, name, sql from sqlite_master where sql is not null and tbl_name in (${tables.map(() => '?').join(',')})
       and (type = 'index' or (type = 'trigger' and name like '%fts_ai'))`,
    )
    .all(...tables) as { type: 'index' | 'trigger'; name: string; sql: string }[];
  for (const s of saved) raw.exec(`drop ${s.type} ${s.name}`);

  const ts = new Date().toISOString();
  const facts = JSON.stringify(emptyIncidentFacts());
  const insOrg = raw.prepare(
    'insert into organizations (id, slug, name, name_key, created_at, updated_at) values (?, ?, ?, ?, ?, ?)',
  );
  const insAlias = raw.prepare(`insert into aliases (id, kind, target_id, organization_id, service_id, alias,
    alias_type, alias_key, romaji_key, created_at) values (?, 'organization', ?, ?, null, ?, ?, ?, ?, ?)`);
  const insInc =
    raw.prepare(`insert into incidents (id, slug, source, lang, title, status, organization_id, facts,
    published, year, affected_count, affected_unit, data_classes, causes, measures, notice_count, created_at, updated_at)
    values (?, ?, 'bench', ?, ?, 'open', ?, ?, ?, ?, ?, 'people', '["name"]', '["unauthorized_access"]', '[]', 1, ?, ?)`);
  const insLink = raw.prepare('insert into incident_services (incident_id, service_id) values (?, ?)');
  const insDoc = raw.prepare('insert into search_docs (incident_id, kind, label, body) values (?, ?, ?, ?)');

  const r = rng(20251205);
  let seq = 0;
  /** A new organisation named after a starter one; returns it, or null when its key is taken. */
  const newOrg = (): Target | null => {
    // Half Japanese names, half English: the starter is mostly US notices, the service Japanese.
    const from = r() < 0.5 ? jaBases : enBases;
    const base = from[Math.floor(r() * from.length)]!;
    const v = base.used++;
    const p1 = PARTS[v % PARTS.length]!;
    const p2 = v >= PARTS.length ? PARTS[(Math.floor(v / PARTS.length) - 1) % PARTS.length] : undefined;
    const ja = `${base.core}${p1[0]}${p2?.[0] ?? ''}`;
    const enCore = base.ja ? capitalised(romajiOf(base.core)) : base.core;
    const en = enCore ? `${enCore} ${p1[1]}${p2 ? ` ${p2[1]}` : ''}` : '';
    const name = base.ja ? (r() < 0.5 ? `株式会社${ja}` : `${ja}株式会社`) : r() < 0.5 ? `${en}, Inc.` : en;
    const key = normalizeOrgName(name);
    if (!key || takenKeys.has(key)) return null;
    takenKeys.add(key);
    const id = newId();
    seq++;
    insOrg.run(id, `${slugPart(en || name) || 'org'}-${seq.toString(36)}`, name, key, ts, ts);
    // The other script's spelling as an alias: English for a Japanese name, and for a third of the
    // English names a Japanese one (an overseas company's Japanese subsidiary).
    const aliases = [name];
    if (base.ja && en) aliases.push(en);
    if (!base.ja && r() < 0.33) aliases.push(`${base.core}${p1[0]}`);
    for (const a of aliases)
      insAlias.run(newId(), id, id, a, aliasType(a), normalizeOrgName(a), romajiKey(a), ts);
    return { id, aliases, ja: base.ja, services: [] };
  };

  let made = starterCount;
  let org: Target | null = null;
  let left = 0;
  const tx = raw.transaction((n: number) => {
    for (let i = 0; i < n; i++) {
      let target: Target;
      const services: { id: string; aliases: string[] }[] = [];
      if (r() < 0.2) {
        // More incidents of a starter organisation, with one of its services when it has any.
        const from = r() < 0.5 ? jaStarter : enStarter;
        target = from[Math.floor(r() * from.length)]!;
        if (target.services.length > 0 && r() < 0.5) {
          services.push(target.services[Math.floor(r() * target.services.length)]!);
        }
      } else {
        while (!org || left <= 0) {
          org = newOrg();
          left = 1 + Math.floor(r() * 3);
        }
        target = org;
        left--;
      }
      const year = 2005 + Math.floor(r() * 21);
      const published = `${year}-${pad(1 + Math.floor(r() * 12))}-${pad(1 + Math.floor(r() * 28))}`;
      const name = target.aliases[0]!;
      const title = target.ja
        ? `${name}${JA_TITLES[Math.floor(r() * JA_TITLES.length)]}`
        : EN_TITLES[Math.floor(r() * EN_TITLES.length)]!(name, year);
      const id = newId();
      seq++;
      insInc.run(
        id,
        `${year}-${slugPart(name) || 'incident'}-${seq.toString(36)}`,
        target.ja ? 'ja' : 'en',
        title,
        target.id,
        facts,
        published,
        year,
        Math.floor(r() * 100_000),
        ts,
        ts,
      );
      for (const s of services) insLink.run(id, s.id);
      const names = [...target.aliases, ...services.flatMap((s) => s.aliases)];
      for (const d of nameDocs(title, names)) insDoc.run(id, d.kind, d.label, d.body);
    }
  });
  while (made < size) {
    const n = Math.min(TX_ROWS, size - made);
    tx(n);
    made += n;
    if (made % 100_000 < TX_ROWS) lap(`${made} incidents written`);
  }
  raw.transaction(() => {
    for (const s of saved.filter((x) => x.type === 'index')) raw.exec(s.sql);
  })();
  lap('indexes rebuilt');
  // The same expression and condition as the trigger search_names_fts_ai (migration 0001_core).
  raw.transaction(() => {
    raw
      .prepare(`insert into search_names_fts (rowid, body) select id, body || char(31) from search_docs
        where id > ? and kind in ('alias', 'title')`)
      .run(firstDoc);
    raw
      .prepare(`insert into search_text_fts (rowid, body) select id, body from search_docs
        where id > ? and kind = 'text'`)
      .run(firstDoc);
    for (const s of saved.filter((x) => x.type === 'trigger')) raw.exec(s.sql);
  })();
  lap('FTS indexes filled');
  raw.exec("insert into search_names_fts (search_names_fts) values ('optimize')");
  raw.exec('analyze');
  lap('optimised and analysed');
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function capitalised(s: string): string {
  return s ? `${s[0]!.toUpperCase()}${s.slice(1)}` : s;
}

/** The romaji of a kana name; other Japanese names (kanji) have none here. */
function romajiOf(name: string): string {
  return nameScript(name) === 'kana' ? kanaToRomaji(foldSearch(name)) : '';
}
