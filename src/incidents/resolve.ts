import { stripLegalForm } from './match.js';
import type { IncidentRecord, SourceRecord } from './record.js';

/**
 * One incident per breach across datasets. The same breach appears in several lists (Premera 2015:
 * the PRC chronology, HHS, the Washington and California Attorney General lists); the resolver joins
 * such records into one record whose `also` holds the others, so the store merges them into one
 * incident with several sources. Pure.
 *
 * Two records are one breach when (1) their names agree — the shared words carry at least half the
 * weight of the shorter name, words weighted by rarity across all records (so "Excellus Health Plan"
 * and "Excellus BlueCross BlueShield" agree on the rare "excellus", while two universities do not
 * agree on "university") — (2) their dates agree: disclosure dates within 90 days when both give one;
 * otherwise breach dates within 60 days, or a breach date up to two years before the other's
 * disclosure — and (3) their countries do not differ. A cluster holds
 * two records of one dataset file only when they look like a repeated row (disclosed within 45 days,
 * at most one of them with a count, or the same count), so two breaches of one organisation stay apart.
 */

/** Words that name a legal form or join words: no weight. */
const STOP = new Set(
  'the of and for at in on a an inc llc llp ltd lp pc pa pllc plc corp corporation co company dba d b a na n'.split(
    ' ',
  ),
);

/** Words naming a kind of organisation (or a plan family), not one organisation. */
const GENERIC = new Set(
  (
    'blue cross shield bluecross blueshield bcbs health healthcare medical medicine center centers ' +
    'hospital hospitals clinic clinics care university college school schools district county city ' +
    'state department dept office bank services service group systems system insurance plan plans ' +
    'national american united first community regional general international holdings partners ' +
    'associates physicians family affiliates affiliated entity covered north south east west new'
  ).split(' '),
);

/** Name words of a record: NFKC, lower case, legal form stripped, split on anything not a letter or digit. */
export function nameTokens(name: string): string[] {
  const s = stripLegalForm(name).toLowerCase().replace(/&/g, ' and ');
  return [...new Set(s.split(/[^\p{L}\p{N}]+/u).filter((t) => t && !STOP.has(t)))];
}

/** Rarity weights of name words over a set of records (inverse document frequency). */
export function tokenWeights(records: readonly Pick<SourceRecord, 'organization'>[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const r of records) for (const t of nameTokens(r.organization.name)) df.set(t, (df.get(t) ?? 0) + 1);
  const n = records.length + 1;
  const w = new Map<string, number>();
  for (const [t, d] of df) w.set(t, Math.log(n / d));
  return w;
}

/** Share of the shorter name's weight that both names carry (0…1). */
export function nameAgreement(a: string, b: string, weights: Map<string, number>): number {
  const ta = nameTokens(a);
  const tb = new Set(nameTokens(b));
  if (ta.length === 0 || tb.size === 0) return 0;
  const wt = (t: string) => weights.get(t) ?? Math.log(weights.size + 2);
  const sa = ta.reduce((s, t) => s + wt(t), 0);
  const sb = [...tb].reduce((s, t) => s + wt(t), 0);
  const sharedTokens = ta.filter((t) => tb.has(t));
  // Names must share a word of their own, not only words of a kind of organisation: "Blue Cross
  // Blue Shield of North Carolina" and "Excellus Blue Cross Blue Shield" share three words but no name.
  const own = (t: string) => !GENERIC.has(t) && !/^\d+$/.test(t);
  if (!sharedTokens.some(own) && (ta.some(own) || [...tb].some(own))) return 0;
  // Japanese names are written without spaces, so a space-separated word they share is a parent
  // body (「国立大学法人X機構 A大学」 and 「…機構 B大学」): when each name goes on with a Japanese word
  // of its own, they are two members of one body, not one organisation.
  const cjk = (t: string) => /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(t);
  if (ta.some((t) => cjk(t) && !tb.has(t)) && [...tb].some((t) => cjk(t) && !ta.includes(t))) return 0;
  const shared = sharedTokens.reduce((s, t) => s + wt(t), 0);
  return shared / Math.min(sa, sb);
}

const DAY = 86_400_000;

function days(a: string, b: string): number {
  return (Date.parse(b) - Date.parse(a)) / DAY;
}

/**
 * Whether two records' dates allow one breach, and how far apart they are (days; smaller is closer),
 * or null when they do not.
 */
export function dateAgreement(
  a: Pick<SourceRecord, 'published' | 'incident_start' | 'detected'>,
  b: Pick<SourceRecord, 'published' | 'incident_start' | 'detected'>,
): number | null {
  // Two disclosure dates decide alone: more than 90 days apart, they are two disclosures.
  if (a.published && b.published) {
    const d = Math.abs(days(a.published, b.published));
    return d <= 90 ? d : null;
  }
  const fits: number[] = [];
  const sa = a.incident_start ?? a.detected;
  const sb = b.incident_start ?? b.detected;
  if (sa && sb) {
    const d = Math.abs(days(sa, sb));
    if (d <= 60) fits.push(d);
  }
  // A list that gives only a breach date (CA, HIBP): up to two years before the other's disclosure.
  for (const [start, pub] of [
    [sa, b.published],
    [sb, a.published],
  ] as const) {
    if (start && pub) {
      const d = days(start, pub);
      if (d >= -30 && d <= 730) fits.push(Math.abs(d));
    }
  }
  return fits.length ? Math.min(...fits) : null;
}

/** Words carried by this many records or more are too common to find candidates by. */
const BLOCK_MAX = 200;

/** Name agreement needed for one breach. */
export const NAME_THRESHOLD = 0.5;

/** The dataset a record was read from: two records of one file are never one breach. */
function datasetOf(r: SourceRecord): string {
  return r.origin?.dataset ?? r.source;
}

/** Whether two rows of one dataset look like one breach entered twice (see the module's rule). */
function repeatedRow(a: SourceRecord, b: SourceRecord): boolean {
  if (!a.published || !b.published || Math.abs(days(a.published, b.published)) > 45) return false;
  return !a.affected || !b.affected || a.affected.count === b.affected.count;
}

/** Whether two records are one breach (the pairwise rule, for measuring against labels). */
export function sameBreach(a: SourceRecord, b: SourceRecord, weights: Map<string, number>): boolean {
  if (datasetOf(a) === datasetOf(b) && !repeatedRow(a, b)) return false;
  if (a.country && b.country && a.country !== b.country) return false;
  return (
    nameAgreement(a.organization.name, b.organization.name, weights) >= NAME_THRESHOLD &&
    dateAgreement(a, b) !== null
  );
}

/**
 * Source order inside an incident: the merge lets a later source's value stand, so the most
 * authoritative figure comes last (WA counts Washington residents only; HHS counts the people it was
 * notified of). Records of other sources keep their key order after these.
 */
const SOURCE_RANK: Record<string, number> = { 'wa-ag': 0, 'ca-ag': 1, prc: 2, hibp: 3, hhs: 4 };

export function sourceRank(source: string): number {
  return SOURCE_RANK[source] ?? 5;
}

export interface Resolution {
  incidents: IncidentRecord[];
  /** Pairs of keys joined, with their name agreement and date distance (for review). */
  joins: { a: string; b: string; name: number; days: number }[];
}

/**
 * Groups records of one breach: candidate pairs share a name word; pairs that pass `sameBreach` are
 * joined best-named first, then closest dates first, unless that would put two records of one dataset in one incident. The
 * primary record of a group is its most authoritative (last by source rank); the others go to `also`.
 * Deterministic: the result depends only on the records, not on their order.
 *
 * @example resolveRecords([premeraPrc, premeraHhs]).incidents.length // => 1
 */
export function resolveRecords(input: readonly SourceRecord[]): Resolution {
  const records = [...input].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const weights = tokenWeights(records);
  // Index records by name word: candidates share one.
  const byToken = new Map<string, number[]>();
  records.forEach((r, i) => {
    const toks = nameTokens(r.organization.name);
    for (const t of toks) {
      const list = byToken.get(t) ?? [];
      list.push(i);
      byToken.set(t, list);
    }
  });
  const pairs = new Map<string, { i: number; j: number; name: number; days: number }>();
  for (const [i, r] of records.entries()) {
    const toks = nameTokens(r.organization.name).sort(
      (x, y) => (weights.get(y) ?? 0) - (weights.get(x) ?? 0) || (x < y ? -1 : 1),
    );
    // Candidates share the rarest word, or any own word that fewer than BLOCK_MAX records carry.
    const blocks = toks.filter(
      (t, k) => k === 0 || (!GENERIC.has(t) && (byToken.get(t)?.length ?? 0) < BLOCK_MAX),
    );
    for (const t of blocks) {
      for (const j of byToken.get(t) ?? []) {
        if (j === i) continue;
        const [lo, hi] = i < j ? [i, j] : [j, i];
        const id = `${lo}:${hi}`;
        if (pairs.has(id)) continue;
        const a = records[lo]!;
        const b = records[hi]!;
        if (datasetOf(a) === datasetOf(b) && !repeatedRow(a, b)) continue;
        if (a.country && b.country && a.country !== b.country) continue;
        const name = nameAgreement(a.organization.name, b.organization.name, weights);
        if (name < NAME_THRESHOLD) continue;
        const d = dateAgreement(a, b);
        if (d === null) continue;
        pairs.set(id, { i: lo, j: hi, name, days: Math.abs(d) });
      }
    }
  }
  // Best-named pairs first (an exact name before a shared place name), then the closest dates.
  const ordered = [...pairs.values()].sort(
    (x, y) => y.name - x.name || x.days - y.days || x.i - y.i || x.j - y.j,
  );
  // Union-find with each group's datasets.
  const parent = records.map((_, i) => i);
  const members = records.map((_, i) => [i]);
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]!]!;
      x = parent[x]!;
    }
    return x;
  };
  const joins: Resolution['joins'] = [];
  for (const p of ordered) {
    const ra = find(p.i);
    const rb = find(p.j);
    if (ra === rb) continue;
    // Two records of one dataset may share an incident only as a repeated row.
    const clash = members[ra]!.some((x) =>
      members[rb]!.some(
        (y) => datasetOf(records[x]!) === datasetOf(records[y]!) && !repeatedRow(records[x]!, records[y]!),
      ),
    );
    if (clash) continue;
    parent[rb] = ra;
    members[ra] = [...members[ra]!, ...members[rb]!];
    joins.push({ a: records[p.i]!.key, b: records[p.j]!.key, name: p.name, days: p.days });
  }
  const groups = new Map<number, SourceRecord[]>();
  records.forEach((r, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), r]);
  });
  const incidents: IncidentRecord[] = [];
  for (const members of groups.values()) {
    const byRank = [...members].sort(
      (a, b) => sourceRank(a.source) - sourceRank(b.source) || (a.key < b.key ? -1 : 1),
    );
    const primary = byRank[byRank.length - 1]!;
    incidents.push({ ...primary, also: byRank.slice(0, -1) });
  }
  incidents.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { incidents, joins };
}
