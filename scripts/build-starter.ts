/**
 * Builds leakwatch's starter dataset, data/starter/incidents.json.gz: real incidents as structured
 * facts (IncidentRecord), so that a fresh `npm start` shows something true.
 *
 * Sources (read from ../shared, or LEAKWATCH_SHARED, plus compiled records kept in the repository):
 * - the five seed notices, with the facts of their gold labels (corpus/gold.jsonl) plus the contact
 *   desks and addresses the notices print;
 * - the labelled corpus notices (corpus/gold.jsonl: facts labelled by hand), one record per incident
 *   (corpus/merge-groups.json joins successive reports);
 * - every structured dataset in datasets/ through its parser in src/datasets/ (PRC, HHS, the
 *   CA and WA Attorney General lists, HIBP and its supplement, the 2026 JP announcements list), and
 *   the Japanese notice excerpts read with leakwatch's own extraction;
 * - data/starter/jp-history/*.json and data/starter/world-history/*.json (compiled by hand).
 *
 * Records of one breach from several datasets are joined by src/incidents/resolve.ts. Facts only:
 * titles are written here, never copied. Output is deterministic: records sorted by key, keys unique.
 *
 * Usage: npx tsx scripts/build-starter.ts [--out data/starter/incidents.json.gz]
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { parseCaAg } from '../src/datasets/ca-ag.js';
import { breachTitle, type ParseResult, uniq } from '../src/datasets/common.js';
import { parseHhs } from '../src/datasets/hhs.js';
import { parseHibp } from '../src/datasets/hibp.js';
import { type JpRow, parseJpList } from '../src/datasets/jp-list.js';
import { parseJpNotices } from '../src/datasets/jp-notices.js';
import { dedupePrc, parsePrc } from '../src/datasets/prc.js';
import { parseWaAg } from '../src/datasets/wa-ag.js';
import { type DataClass, LEAK_STATUSES } from '../src/extract/vocab.js';
import { IncidentRecord, type IncidentRecordInput, SourceRecord } from '../src/incidents/record.js';
import { resolveRecords } from '../src/incidents/resolve.js';

export { parseJaCount, romaji, toHiragana } from '../src/datasets/jp-list.js';

type Affected = NonNullable<IncidentRecord['affected']>;

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

// ---------------------------------------------------------------------------------------------------
// Seeds: facts from the gold labels of the five seed notices, plus what the notices print about
// addresses and contact desks (read from seeds/*.txt by a person, typed here as facts).

interface GoldRecord {
  doc: string;
  lang: 'ja' | 'en';
  organization: string;
  services: string[];
  report_stage: IncidentRecord['report_stage'];
  published: string | null;
  incident_start: string | null;
  incident_end: string | null;
  detected: string | null;
  affected: Affected | null;
  data_classes: DataClass[];
  causes: IncidentRecord['causes'];
  measures: IncidentRecord['measures'];
  leak_status: IncidentRecord['leak_status'];
}

interface SeedOverlay {
  key: string;
  title: string;
  country: string;
  source_url: string | null;
  orgAliases: string[];
  orgDomains: string[];
  serviceAliases: Record<string, string[]>;
  serviceDomains?: Record<string, string[]>;
  contact: IncidentRecordInput['contact'];
}

const SEEDS: Record<string, SeedOverlay> = {
  'seeds/000_751dc83737c80e67.txt': {
    key: 'starter:seed-nikon-image-space-2013',
    title: 'NIKON IMAGE SPACE account mix-up exposed member data',
    country: 'JP',
    source_url: 'http://info.nikonimagespace.com/trouble_info/00027/?lang=en_US',
    orgAliases: ['ニコン', 'にこん', 'nikon', 'Nikon Corporation', '株式会社ニコン'],
    orgDomains: ['nikon.com', 'nikon.co.jp'],
    serviceAliases: {
      'NIKON IMAGE SPACE': [
        'Nikon Image Space',
        'ニコンイメージスペース',
        'にこんいめーじすぺーす',
        'nikon image space',
      ],
    },
    serviceDomains: { 'NIKON IMAGE SPACE': ['nikonimagespace.com'] },
    contact: null,
  },
  'seeds/001_442579f998b2f6de.txt': {
    key: 'starter:seed-naver-2013',
    title: 'NAVERアカウントへの不正アクセス (2013)',
    country: 'JP',
    source_url: 'http://linecorp.com/press/2013/0719581',
    orgAliases: ['LINE Corporation', 'LINE', 'ライン', 'らいん', 'line'],
    orgDomains: ['linecorp.com'],
    serviceAliases: {
      NAVER: ['ネイバー', 'ねいばー', 'naver'],
      NAVERまとめ: ['ネイバーまとめ', 'ねいばーまとめ', 'naver matome'],
      Nドライブ: ['N Drive', 'えぬどらいぶ'],
    },
    serviceDomains: { NAVER: ['naver.jp'] },
    contact: { name: 'お客様お問い合わせ窓口', urls: ['http://help.naver.jp/faq?itemNo=1287'] },
  },
  'seeds/002_3adf02d171623a16.txt': {
    key: 'starter:seed-photocreate',
    title: 'Photocreate顧客情報への不正アクセス',
    country: 'JP',
    // The seed is a third-party write-up whose reference list cannot be verified; no address taken.
    source_url: null,
    orgAliases: ['フォトクリエイト', 'ふぉとくりえいと', 'photocreate', 'Photocreate Co., Ltd.'],
    orgDomains: ['photocreate.co.jp'],
    serviceAliases: { Photocreate: ['フォトクリエイト', 'ふぉとくりえいと', 'photocreate'] },
    contact: null,
  },
  'seeds/003_f5e2bd118094ba70.txt': {
    key: 'starter:seed-iodata-narsus-2020',
    title: 'I-O DATA「NarSuS」登録者情報の流出 (2020)',
    country: 'JP',
    source_url: null,
    orgAliases: [
      'アイ・オー・データ機器',
      'アイ・オー・データ',
      'アイオーデータ',
      'あいおーでーた',
      'I-O DATA',
      'I-O DATA DEVICE, INC.',
      'iodata',
    ],
    orgDomains: ['iodata.jp'],
    serviceAliases: { NarSuS: ['narsus', 'ナーサス', 'なーさす'] },
    contact: {
      name: 'お客様相談窓口',
      phones: ['0120-977-345'],
      hours: '月〜金 9:30〜12:00, 13:00〜17:00',
    },
  },
  'seeds/004_ec08b679674beb58.txt': {
    key: 'starter:seed-netoff-2012',
    title: 'ネットオフ携帯サイトのカード決済情報への不正アクセス (2012)',
    country: 'JP',
    source_url: null,
    orgAliases: ['ネットオフ', 'ねっとおふ', 'netoff', 'NetOff', 'NetOff Co., Ltd.'],
    orgDomains: ['netoff.co.jp'],
    serviceAliases: { ネットオフ: ['ねっとおふ', 'netoff', 'NetOff'] },
    contact: {
      name: 'お客様特設ダイヤル',
      phones: ['0120-02-0215'],
      emails: ['privacy@netoff.co.jp'],
      hours: '10:00〜18:00',
    },
  },
};

function buildSeeds(shared: string, skipped: Skip[]): IncidentRecordInput[] {
  const gold = readFileSync(join(shared, 'corpus/gold.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as GoldRecord);
  const out: IncidentRecordInput[] = [];
  for (const [doc, o] of Object.entries(SEEDS)) {
    const g = gold.find((r) => r.doc === doc);
    if (!g) {
      skipped.push({ source: 'seed', row: doc, reason: 'no gold label for this seed' });
      continue;
    }
    out.push({
      key: o.key,
      source: 'starter',
      source_url: o.source_url,
      lang: g.lang,
      country: o.country,
      title: o.title,
      organization: {
        name: g.organization,
        aliases: uniq(o.orgAliases, [g.organization]),
        domains: o.orgDomains,
      },
      services: g.services.map((name) => ({
        name,
        aliases: uniq(o.serviceAliases[name] ?? [], [name]),
        domains: o.serviceDomains?.[name] ?? [],
      })),
      report_stage: g.report_stage,
      published: g.published,
      incident_start: g.incident_start,
      incident_end: g.incident_end,
      detected: g.detected,
      affected: g.affected,
      data_classes: g.data_classes,
      causes: g.causes,
      measures: g.measures,
      leak_status: g.leak_status,
      contact: o.contact,
    });
  }
  return out;
}

/**
 * The labelled corpus (corpus/gold.jsonl): each real notice's facts as labelled by hand under
 * GUIDE.md (facts only; titles written here). Reports of one incident (corpus/merge-groups.json) are
 * one record: the latest report's value of each field, else an earlier one's; sets joined. Notices
 * without a labelled organisation are skipped (nothing to search them by).
 */
function buildCorpus(shared: string, skipped: Skip[]): IncidentRecordInput[] {
  const lines = readFileSync(join(shared, 'corpus/gold.jsonl'), 'utf8').split('\n');
  const gold: { g: GoldRecord; row: number }[] = [];
  lines.forEach((l, i) => {
    if (!l.trim()) return;
    const g = JSON.parse(l) as GoldRecord & { not_a_notice?: boolean };
    if (g.doc.startsWith('corpus/') && !g.not_a_notice) gold.push({ g, row: i + 1 });
  });
  const groupsFile = join(shared, 'corpus/merge-groups.json');
  const groups: string[][] = existsSync(groupsFile)
    ? (JSON.parse(readFileSync(groupsFile, 'utf8')) as { groups: string[][] }).groups
    : [];
  const leader = new Map<string, string>();
  for (const grp of groups) for (const d of grp) leader.set(d, grp[grp.length - 1]!);
  const byLeader = new Map<string, { g: GoldRecord; row: number }[]>();
  for (const x of gold) {
    const k = leader.get(x.g.doc) ?? x.g.doc;
    byLeader.set(k, [...(byLeader.get(k) ?? []), x]);
  }
  const out: IncidentRecordInput[] = [];
  for (const [doc, reports] of byLeader) {
    reports.sort((a, b) => a.g.doc.localeCompare(b.g.doc));
    const latest = <K extends keyof GoldRecord>(k: K): GoldRecord[K] | null => {
      for (let i = reports.length - 1; i >= 0; i--) {
        const v = reports[i]!.g[k];
        if (v !== null && v !== undefined) return v;
      }
      return null;
    };
    const joined = <T>(k: 'data_classes' | 'causes' | 'measures' | 'services'): T[] =>
      uniq(reports.flatMap((r) => (r.g[k] ?? []) as string[])) as T[];
    const org = latest('organization');
    if (!org) {
      skipped.push({ source: 'corpus', row: doc, reason: 'no labelled organisation' });
      continue;
    }
    const lang = latest('lang') ?? 'ja';
    const firstLine = readFileSync(join(shared, doc), 'utf8').split('\n', 1)[0]?.trim() ?? '';
    const url = /^https?:\/\/\S+$/.test(firstLine) ? firstLine : null;
    const published = latest('published');
    const year = published ?? latest('detected') ?? latest('incident_start');
    const num = basename(doc, '.txt');
    out.push({
      key: `corpus:${lang}-${num}`,
      source: 'corpus',
      source_url: url,
      lang,
      country: lang === 'ja' ? 'JP' : null,
      title:
        lang === 'ja'
          ? `${org}の個人情報に関する事案${year ? ` (${year.slice(0, 4)})` : ''}`
          : breachTitle(org, year),
      organization: { name: org },
      services: joined<string>('services').map((name) => ({ name })),
      report_stage: latest('report_stage'),
      published,
      incident_start: latest('incident_start'),
      incident_end: latest('incident_end'),
      detected: latest('detected'),
      affected: latest('affected'),
      data_classes: joined('data_classes'),
      causes: joined('causes'),
      measures: joined('measures'),
      leak_status: latest('leak_status'),
      provenance: 'compiled',
      origin: { dataset: 'corpus/gold.jsonl', row: reports[reports.length - 1]!.row, url },
    });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------

interface Skip {
  source: string;
  row: string;
  reason: string;
}

/** Japanese names of HIBP breaches of Japanese services, so kana and romaji searches find them. */
const HIBP_JA: Record<string, { country: string; aliases: string[] }> = {
  'hibp:Lifebear': { country: 'JP', aliases: ['ライフベア', 'らいふべあ', 'raifubea'] },
  'hibp:Zurich': {
    country: 'JP',
    aliases: ['チューリッヒ保険', 'チューリッヒ', 'ちゅーりっひ', 'Zurich Insurance Japan'],
  },
};

function withJapaneseNames(r: IncidentRecordInput): IncidentRecordInput {
  const ja = HIBP_JA[r.key];
  if (!ja) return r;
  return {
    ...r,
    country: ja.country,
    organization: { ...r.organization, aliases: uniq([...(r.organization.aliases ?? []), ...ja.aliases]) },
  };
}

/** Records of every structured dataset in `shared/datasets` (before resolution), with skips. */
export function datasetRecords(
  shared: string,
  skipped: Skip[],
  countNotParsed: string[],
): IncidentRecordInput[] {
  const read = (f: string) => readFileSync(join(shared, 'datasets', f), 'utf8');
  const take = (source: string, r: ParseResult): IncidentRecordInput[] => {
    for (const s of r.skipped) skipped.push({ source, row: String(s.row), reason: s.reason });
    return r.records;
  };
  const older = take(
    'prc',
    parsePrc(read('prc_chronology_2005_2016.csv'), { file: '2005', dataset: 'prc_chronology_2005_2016.csv' }),
  );
  const newer = take(
    'prc',
    parsePrc(read('prc_chronology_2016.csv'), { file: '2016', dataset: 'prc_chronology_2016.csv' }),
  );
  // Both chronologies hold 2015–2016: a row of the older file that the newer one repeats is dropped.
  const { kept, dropped } = dedupePrc(older, newer);
  for (const d of dropped) skipped.push({ source: 'prc', row: d.key, reason: `repeated by ${d.by}` });
  const jp = parseJpList(JSON.parse(read('jp_security_announcements.json')) as JpRow[]);
  countNotParsed.push(...jp.countNotParsed);
  const catalogue = take('hibp', parseHibp(JSON.parse(read('hibp_breaches.json')) as unknown[])).map(
    withJapaneseNames,
  );
  const known = new Set(catalogue.map((r) => r.key));
  const supplement = take(
    'hibp',
    parseHibp(JSON.parse(read('hibp_breaches_supplement.json')) as unknown[], {
      dataset: 'hibp_breaches_supplement.json',
    }),
  ).filter((r) => {
    if (!known.has(r.key)) return true;
    skipped.push({ source: 'hibp', row: r.key, reason: 'supplement row named like a catalogue breach' });
    return false;
  });
  return [
    ...kept,
    ...newer,
    ...take('hhs', parseHhs(read('hhs_ocr_breaches_2009_2016_wolfram.csv'))),
    ...take('wa-ag', parseWaAg(read('wa_ag_breaches.csv'))),
    ...take('ca-ag', parseCaAg(read('ca_ag_notice_abstracts.jsonl'))),
    ...take('jpsa', jp),
    // Japanese notices as published, read with leakwatch's own extraction (facts only).
    ...take('jp-notice', parseJpNotices(read('jp_notice_excerpts.jsonl'))),
    ...catalogue,
    ...supplement,
  ];
}

/**
 * Compiled records (data/starter/jp-history/*.json, data/starter/world-history/*.json: facts compiled
 * by hand from public pages, each with its source address). Invalid entries are reported and skipped.
 */
function compiledRecords(dir: string, skipped: Skip[]): IncidentRecordInput[] {
  if (!existsSync(dir)) return [];
  const out: IncidentRecordInput[] = [];
  for (const f of readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .sort()) {
    let rows: unknown;
    try {
      rows = JSON.parse(readFileSync(join(dir, f), 'utf8'));
    } catch (err) {
      skipped.push({ source: 'compiled', row: f, reason: `not JSON: ${(err as Error).message}` });
      continue;
    }
    if (!Array.isArray(rows)) {
      skipped.push({ source: 'compiled', row: f, reason: 'not a JSON array' });
      continue;
    }
    rows.forEach((row, i) => {
      const parsed = SourceRecord.safeParse(row);
      const key = (row as { key?: unknown })?.key;
      const where = `${f}#${i + 1}${typeof key === 'string' ? ` ${key}` : ''}`;
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        skipped.push({ source: 'compiled', row: where, reason: `${issue.path.join('.')}: ${issue.message}` });
        return;
      }
      if (!parsed.data.source_url) {
        skipped.push({ source: 'compiled', row: where, reason: 'no source address' });
        return;
      }
      out.push({
        ...parsed.data,
        provenance: 'compiled',
        origin: parsed.data.origin ?? {
          dataset: `${basename(dir)}/${f}`,
          row: i + 1,
          url: parsed.data.source_url,
        },
      });
    });
  }
  return out;
}

const COMPILED_DIRS = [join(ROOT, 'data/starter/jp-history'), join(ROOT, 'data/starter/world-history')];

/** Builds, validates, resolves and sorts every record. Throws listing the keys of invalid or duplicate records. */
export function buildStarter(
  shared: string,
  opts: { compiledDirs?: string[] } = {},
): {
  records: IncidentRecord[];
  skipped: Skip[];
  countNotParsed: string[];
  sourceRecords: number;
} {
  const skipped: Skip[] = [];
  const countNotParsed: string[] = [];
  const inputs = [
    ...buildSeeds(shared, skipped),
    ...buildCorpus(shared, skipped),
    ...datasetRecords(shared, skipped, countNotParsed),
    ...(opts.compiledDirs ?? COMPILED_DIRS).flatMap((d) => compiledRecords(d, skipped)),
  ];
  const sources: SourceRecord[] = [];
  const problems: string[] = [];
  const keys = new Set<string>();
  for (const input of inputs) {
    if (keys.has(input.key)) {
      // A compiled record repeating a key is the helper's error, not the build's: skip it.
      if (input.provenance === 'compiled') {
        skipped.push({ source: 'compiled', row: input.key, reason: 'duplicate key' });
        continue;
      }
      problems.push(`${input.key}: duplicate key`);
    }
    keys.add(input.key);
    const parsed = SourceRecord.safeParse(input);
    if (!parsed.success) {
      problems.push(
        `${input.key}: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`,
      );
      continue;
    }
    if (parsed.data.leak_status !== null && !LEAK_STATUSES.includes(parsed.data.leak_status)) {
      problems.push(`${input.key}: leak status`);
    }
    sources.push(parsed.data);
  }
  if (problems.length) throw new Error(`invalid starter records:\n${problems.join('\n')}`);
  const records = resolveRecords(sources).incidents.map((r) => IncidentRecord.parse(r));
  return { records, skipped, countNotParsed, sourceRecords: sources.length };
}

function main(): void {
  const shared = resolve(process.env.LEAKWATCH_SHARED ?? join(ROOT, '../shared'));
  const outArg = process.argv.indexOf('--out');
  const outFile = resolve(
    outArg > 0 && process.argv[outArg + 1]
      ? process.argv[outArg + 1]!
      : join(ROOT, 'data/starter/incidents.json.gz'),
  );
  if (!existsSync(join(shared, 'datasets')) || !existsSync(join(shared, 'corpus'))) {
    console.error(
      `shared material not found in ${shared}: set LEAKWATCH_SHARED to the folder holding datasets/ and corpus/`,
    );
    process.exit(1);
  }
  const { records, skipped, countNotParsed: counts, sourceRecords } = buildStarter(shared);
  const json = `${JSON.stringify(records)}\n`;
  // mtime 0 in the gzip header: the same records give the same bytes.
  writeFileSync(outFile, outFile.endsWith('.gz') ? gzipSync(json, { level: 9 }) : json);
  const per = new Map<string, number>();
  const country = new Map<string, number>();
  for (const r of records) {
    for (const x of [r, ...r.also]) per.set(x.source, (per.get(x.source) ?? 0) + 1);
    country.set(r.country ?? '??', (country.get(r.country ?? '??') ?? 0) + 1);
  }
  const multi = records.filter((r) => r.also.length > 0).length;
  console.log(
    `wrote ${records.length} incidents (${sourceRecords} source records; ${multi} with several sources) to ${outFile}`,
  );
  console.log('source records per source:');
  for (const [source, n] of [...per].sort()) console.log(`  ${source}: ${n}`);
  console.log('incidents per country:');
  for (const [c, n] of [...country].sort((a, b) => b[1] - a[1])) console.log(`  ${c}: ${n}`);
  console.log(`skipped or partly mapped (${skipped.length}):`);
  for (const s of skipped) console.log(`  [${s.source}] ${s.row}: ${s.reason}`);
  console.log(`count text kept as null affected (${counts.length}) — not one plain figure:`);
  for (const c of counts) console.log(`  ${c}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
