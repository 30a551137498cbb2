/**
 * A port of shared/corpus/score.py (the reference scorer). Same rules: organisation names compared
 * after NFKC, legal-form words and separators removed, lower-cased, matching when equal, when one
 * contains the other, or when they share a distinctive ASCII word (words()); other exact fields by
 * equality; a null gold value only counts (as spurious) when the prediction fills it; sets by micro
 * precision/recall/F1. Counts are kept so that agreement with score.py can be checked exactly.
 */

export const EXACT = [
  'organization',
  'report_stage',
  'published',
  'incident_start',
  'incident_end',
  'detected',
  'affected.count',
  'leak_status',
] as const;
export const SETS = ['data_classes', 'causes', 'measures'] as const;

// Python's \b and \w are Unicode-aware; (?<![\p{L}\p{N}_]) … (?![\p{L}\p{N}_]) reproduces them.
const LEGAL =
  /(株式会社|有限会社|合同会社|一般社団法人|公益財団法人|一般財団法人|\(株\)|（株）|(?<![\p{L}\p{N}_])(inc|incorporated|co|ltd|llc|corp|corporation|company|limited|plc|gmbh)(?![\p{L}\p{N}_])\.?)/giu;

const STOP = new Set([
  'the',
  'and',
  'company',
  'corporation',
  'group',
  'services',
  'service',
  'holdings',
  'international',
  'university',
  'college',
  'school',
  'district',
  'department',
  'state',
  'city',
  'county',
  'hospital',
  'health',
  'healthcare',
  'medical',
  'center',
  'bank',
  'trust',
  'associates',
  'systems',
  'technologies',
  'solutions',
  'national',
  'american',
  'california',
  'japan',
]);

export type Rec = Record<string, unknown>;

export function normOrg(s: unknown): string | null {
  if (typeof s !== 'string' || s === '') return null;
  let t = s.normalize('NFKC');
  t = t.replace(LEGAL, '');
  t = t.replace(/[\s,.・･]/gu, '').toLowerCase();
  return t === '' ? null : t;
}

export function words(s: unknown): Set<string> {
  if (typeof s !== 'string') return new Set();
  const found =
    s
      .normalize('NFKC')
      .toLowerCase()
      .match(/[a-z0-9']{4,}/g) ?? [];
  return new Set(found.filter((w) => !STOP.has(w)));
}

/**
 * Whether a predicted organisation name matches a gold one as score.py judges it: equal after
 * normOrg, one containing the other, or sharing a distinctive word.
 */
export function orgMatches(gold: unknown, pred: unknown): boolean {
  const gv = normOrg(gold);
  const pv = normOrg(pred);
  if (gv === null || pv === null) return false;
  if (gv === pv || gv.includes(pv) || pv.includes(gv)) return true;
  const pw = words(pred);
  return [...words(gold)].some((w) => pw.has(w));
}

export function get(rec: unknown, field: string): unknown {
  let cur: unknown = rec;
  for (const part of field.split('.')) {
    if (cur === null || typeof cur !== 'object' || Array.isArray(cur)) return null;
    cur = (cur as Rec)[part];
    if (cur === undefined) return null;
  }
  if (cur !== null && typeof cur === 'object' && !Array.isArray(cur) && 'value' in (cur as Rec))
    cur = (cur as Rec).value;
  return cur ?? null;
}

function asSet(v: unknown): Set<string> {
  if (!Array.isArray(v) || v.length === 0) return new Set();
  return new Set(
    v.map((x) =>
      x !== null && typeof x === 'object' && 'value' in x ? String((x as Rec).value) : String(x),
    ),
  );
}

/** Path key as score.py builds it: the last two segments. */
export function docKey(path: string): string {
  const parts = path.replace(/\\/g, '/').split('/');
  return parts.slice(-2).join('/');
}

export interface ExactRow {
  accuracy: number;
  precision: number;
  n: number;
  right: number;
  wrong: number;
  missed: number;
  spurious: number;
}
/** Micro precision, recall and F1 of a set field, with the counts they come from. */
export interface SetRow {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
}

/**
 * The row for these counts, as score.py computes it: nothing predicted is precision 1, nothing to
 * find is recall 1.
 * @example setRow(3, 1, 2) // => { precision: 0.75, recall: 0.6, f1: 0.666…, tp: 3, fp: 1, fn: 2 }
 */
export function setRow(tp: number, fp: number, fn: number): SetRow {
  const p = tp + fp ? tp / (tp + fp) : 1;
  const r = tp + fn ? tp / (tp + fn) : 1;
  return { precision: p, recall: r, f1: p + r ? (2 * p * r) / (p + r) : 0, tp, fp, fn };
}
export interface Outcome {
  key: string;
  field: string;
  kind: 'wrong' | 'missed' | 'spurious' | 'fp' | 'fn';
  gold: unknown;
  pred: unknown;
}
export interface ScoreResult {
  exact: Record<string, ExactRow>;
  sets: Record<string, SetRow>;
  coverage: { gold: number; predicted: number };
  outcomes: Outcome[];
}

function pyEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Score predictions against gold exactly as score.py does (plus a list of every error). */
export function score(gold: Map<string, Rec>, pred: Map<string, Rec>): ScoreResult {
  const exact: Record<string, ExactRow> = {};
  const sets: Record<string, SetRow> = {};
  const outcomes: Outcome[] = [];
  for (const field of EXACT) {
    let right = 0;
    let wrong = 0;
    let missed = 0;
    let spurious = 0;
    for (const [k, g] of gold) {
      const p = pred.get(k) ?? {};
      let gv = get(g, field);
      let pv = get(p, field);
      let ok: boolean;
      if (field === 'organization') {
        ok = orgMatches(gv, pv);
        gv = normOrg(gv);
        pv = normOrg(pv);
      } else ok = pyEqual(gv, pv);
      if (gv === null && pv === null) continue;
      if (gv === null) {
        spurious++;
        outcomes.push({ key: k, field, kind: 'spurious', gold: null, pred: get(p, field) });
      } else if (ok) right++;
      else if (pv === null) {
        missed++;
        outcomes.push({ key: k, field, kind: 'missed', gold: get(g, field), pred: null });
      } else {
        wrong++;
        outcomes.push({ key: k, field, kind: 'wrong', gold: get(g, field), pred: get(p, field) });
      }
    }
    const n = right + wrong + missed;
    const acc = n ? right / n : 1;
    const prec = right + wrong + spurious ? right / (right + wrong + spurious) : 1;
    exact[field] = { accuracy: acc, precision: prec, n, right, wrong, missed, spurious };
  }
  for (const field of SETS) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const [k, g] of gold) {
      const gs = asSet(g[field]);
      const ps = asSet(get(pred.get(k) ?? {}, field));
      for (const x of ps) {
        if (gs.has(x)) tp++;
        else {
          fp++;
          outcomes.push({ key: k, field, kind: 'fp', gold: null, pred: x });
        }
      }
      for (const x of gs) {
        if (!ps.has(x)) {
          fn++;
          outcomes.push({ key: k, field, kind: 'fn', gold: x, pred: null });
        }
      }
    }
    sets[field] = setRow(tp, fp, fn);
  }
  let predicted = 0;
  for (const k of gold.keys()) if (pred.has(k)) predicted++;
  return { exact, sets, coverage: { gold: gold.size, predicted }, outcomes };
}

/** Python's round(x, 3) for the values score.py prints (half-to-even on the binary value). */
export function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** One exact field's counts, as score() keeps them: a null gold value counts only when filled (spurious). */
export interface Tally {
  right: number;
  wrong: number;
  missed: number;
  spurious: number;
}
export const tally = (): Tally => ({ right: 0, wrong: 0, missed: 0, spurious: 0 });
export function count(t: Tally, gold: string | null, pred: string | null): void {
  if (gold === null) {
    if (pred !== null) t.spurious++;
  } else if (pred === gold) t.right++;
  else if (pred === null) t.missed++;
  else t.wrong++;
}
