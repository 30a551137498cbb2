import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../../src/extract/index.js';
import type { Cause } from '../../src/extract/types.js';

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
