import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../../src/extract/index.js';
import type { Cause } from '../../src/extract/types.js';
import { REPO_ROOT } from './paths.js';
import { orgMatches } from './score.js';

/**
 * The California Attorney General's breach list as a held-out test of English cause extraction:
 * each row's abstract (the opening of a notice) is the text, and its cause category, where it names
 * one of our causes without doubt, is the label. Categories such as "Website Compromise", "Email
 * Compromise" or "User Error" name no single cause and are left out. A row has one category, while a
 * notice may state several causes, so only recall is measured: is the labelled cause among ours?
 */
const CATEGORY_CAUSE: Record<string, Cause> = {
  Ransomware: 'ransomware',
  Malware: 'malware',
  'Malicious Code': 'malware',
  Phishing: 'phishing',
  'Third Party': 'third_party',
  'Laptop Stolen': 'loss_or_theft',
  'Computer Stolen': 'loss_or_theft',
  'Server Stolen': 'loss_or_theft',
  'Device Lost': 'loss_or_theft',
  'Files Lost': 'loss_or_theft',
  'Insider Threat': 'insider',
  Misconfiguration: 'misconfiguration',
  'Programming Error': 'software_bug',
  Vulnerability: 'vulnerability_exploit',
  'Unauthorized Access': 'unauthorized_access',
};

export interface CaAgResult {
  /** Rows whose category names a cause. */
  n: number;
  /** Share of those rows whose labelled cause we extract. */
  recall: number;
  /** Per cause: rows, recall. */
  perCause: { cause: Cause; n: number; recall: number }[];
  ms: number;
}

export function runCaAg(shared: string): CaAgResult {
  const rows = readFileSync(join(shared, 'datasets', 'ca_ag_notice_abstracts.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as { category?: string; abstract?: string });
  const per = new Map<Cause, { n: number; found: number }>();
  const t0 = performance.now();
  for (const row of rows) {
    const gold = CATEGORY_CAUSE[row.category ?? ''];
    if (!gold || !row.abstract) continue;
    const found = extract(row.abstract, { lang: 'en' }).causes.some((c) => c.value === gold);
    const s = per.get(gold) ?? { n: 0, found: 0 };
    s.n++;
    if (found) s.found++;
    per.set(gold, s);
  }
  let n = 0;
  let found = 0;
  for (const s of per.values()) {
    n += s.n;
    found += s.found;
  }
  return {
    n,
    recall: n ? found / n : 0,
    perCause: [...per]
      .map(([cause, s]) => ({ cause, n: s.n, recall: s.found / s.n }))
      .sort((a, b) => b.n - a.n),
    ms: performance.now() - t0,
  };
}

/**
 * The listing's organisation name as a label for the organisation we extract from the abstract. Rows
 * labelled in data/eval/excerpts-gold.jsonl and the held-out lines are left out; of the rest, even
 * line indices (0-based) are for development (their errors may be listed and read), odd ones are
 * held out (only their figures are printed). An abstract often never names its organisation (it
 * says "we" throughout), so "none" is sometimes the right answer and agreement stays well below 1.
 */
export interface CaOrgHalf {
  n: number;
  right: number;
  wrong: number;
  none: number;
}
export interface CaOrgError {
  index: number;
  gold: string;
  pred: string | null;
  abstract: string;
}
export interface CaOrgResult {
  dev: CaOrgHalf;
  held: CaOrgHalf;
  /** Development rows only: every wrong or missing organisation. */
  devErrors: CaOrgError[];
  ms: number;
}

/** Held-out line numbers (1-based): $LEAKWATCH_HELDOUT_LINES, else coord/ beside shared/, else the copy in data/eval. */
function heldOutIndices(shared: string): Set<number> {
  const candidates = [
    process.env.LEAKWATCH_HELDOUT_LINES,
    join(shared, '..', 'coord', 'en-heldout-lines.txt'),
    join(REPO_ROOT, 'data', 'eval', 'en-heldout-lines.txt'),
  ];
  const out = new Set<number>();
  for (const path of candidates) {
    if (!path || !existsSync(path)) continue;
    for (const w of readFileSync(path, 'utf8').split(/\s+/)) if (/^\d+$/.test(w)) out.add(Number(w) - 1);
  }
  return out;
}

function labelledIndices(): Set<number> {
  const out = new Set<number>();
  const path = join(REPO_ROOT, 'data', 'eval', 'excerpts-gold.jsonl');
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const m = /"doc"\s*:\s*"ca_ag\/(\d+)"/.exec(line);
    if (m) out.add(Number(m[1]));
  }
  return out;
}

export function runCaAgOrg(shared: string): CaOrgResult {
  const rows = readFileSync(join(shared, 'datasets', 'ca_ag_notice_abstracts.jsonl'), 'utf8').split('\n');
  const skip = new Set([...heldOutIndices(shared), ...labelledIndices()]);
  const dev: CaOrgHalf = { n: 0, right: 0, wrong: 0, none: 0 };
  const held: CaOrgHalf = { n: 0, right: 0, wrong: 0, none: 0 };
  const devErrors: CaOrgError[] = [];
  const t0 = performance.now();
  for (let i = 0; i < rows.length; i++) {
    if (skip.has(i) || rows[i]!.trim() === '') continue;
    const row = JSON.parse(rows[i]!) as { organization?: string; abstract?: string };
    if (!row.organization || !row.abstract) continue;
    const pred = extract(row.abstract, { lang: 'en' }).organization?.value ?? null;
    const half = i % 2 === 0 ? dev : held;
    half.n++;
    if (pred === null) half.none++;
    else if (orgMatches(row.organization, pred)) half.right++;
    else half.wrong++;
    if (half === dev && !(pred !== null && orgMatches(row.organization, pred)))
      devErrors.push({ index: i, gold: row.organization, pred, abstract: row.abstract });
  }
  return { dev, held, devErrors, ms: performance.now() - t0 };
}
