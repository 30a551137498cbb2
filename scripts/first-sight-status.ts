/**
 * `npx tsx scripts/first-sight-status.ts OUT.json` — the rules' leak status on each development
 * excerpt set as the extraction code gave it before the set was labelled (its "first sight"), for
 * `scripts/transfer-cv.ts --combos --first-sight OUT.json`. Today's rules were written while reading
 * these sets, so leave-one-set-out with today's rules tells how the model joins rules that already
 * know the set; first-sight rules are closer to what an unseen set meets.
 *
 * For each set, the code of the commit just before its labels were added (`git archive`, read-only)
 * is unpacked into a temporary folder; its extract() runs with the statistical status fallback taken
 * out (rules only). Writes {"set|doc": {value, confidence}}. Held-out sets are skipped before their
 * labels are parsed.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXCERPT_GOLD, excerptAsNotice, HELD_OUT_SETS, readJsonl } from './eval/excerpts.js';
import { REPO_ROOT, sharedDir } from './eval/paths.js';

// The parent of the commit that added each set's labels (git log -S'"set": "X"' data/eval/excerpts-gold.jsonl).
const SNAPSHOT: Record<string, string> = {
  A: '6cb4765',
  B: '6cb4765',
  D: '837a96d',
  E: '837a96d',
  F: '837a96d',
  H: '465757b',
  N: '3148345',
};
const FALLBACK = /^\s*facts\.leak_status \?\?= modelLeakStatus\(.*\);$/m;

type Extract = (text: string) => { leak_status: { value: string; confidence: number } | null };

const target = process.argv[2];
if (!target) throw new Error('usage: first-sight-status.ts OUT.json');
const dir = mkdtempSync(join(tmpdir(), 'first-sight-'));
writeFileSync(join(dir, 'package.json'), '{"type":"module"}\n');
const extractOf = new Map<string, Extract>();
for (const commit of new Set(Object.values(SNAPSHOT))) {
  const to = join(dir, commit);
  execFileSync('mkdir', ['-p', to]);
  const tar = execFileSync('git', ['-C', REPO_ROOT, 'archive', commit, 'src'], {
    maxBuffer: 1 << 28,
  });
  execFileSync('tar', ['-x', '-C', to], { input: tar });
  const index = join(to, 'src', 'extract', 'index.ts');
  writeFileSync(index, readFileSync(index, 'utf8').replace(FALLBACK, ''));
  extractOf.set(commit, ((await import(index)) as { extract: Extract }).extract);
}

const shared = sharedDir();
const excerpts = readJsonl<{ url: string; title: string; text: string }>(
  join(shared, 'datasets', 'jp_notice_excerpts.jsonl'),
);
const abstracts = readJsonl<{ abstract?: string }>(join(shared, 'datasets', 'ca_ag_notice_abstracts.jsonl'));
const out: Record<string, { value: string | null; confidence: number | null }> = {};
for (const line of readFileSync(EXCERPT_GOLD, 'utf8').split('\n')) {
  const set = /"set":\s*"([A-Z])"/.exec(line)?.[1];
  if (!set || HELD_OUT_SETS.has(set) || !SNAPSHOT[set]) continue;
  const g = JSON.parse(line) as Record<string, unknown>;
  if (g.not_a_notice) continue;
  const [kind, n] = String(g.doc).split('/') as [string, string];
  const e = excerpts[Number(n)];
  const text = kind === 'ca_ag' ? abstracts[Number(n)]?.abstract : e && excerptAsNotice(e);
  if (!text) continue;
  const f = extractOf.get(SNAPSHOT[set])!(text).leak_status;
  out[`${set}|${g.doc}`] = { value: f?.value ?? null, confidence: f?.confidence ?? null };
}
rmSync(dir, { recursive: true, force: true });
writeFileSync(target, JSON.stringify(out));
console.log(`${Object.keys(out).length} notices → ${target}`);
