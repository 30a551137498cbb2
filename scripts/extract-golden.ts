/**
 * Golden-output check for speed work: run extract() over every text the evaluation reads (corpus
 * docs, seeds, the Japanese notice excerpts as notices, the CA AG abstracts both as the excerpt sets
 * and as the cause check read them, HIBP descriptions) and write one JSON line per text with its
 * whole output (facts, values, evidence quotes and offsets).
 *
 *   tsx scripts/extract-golden.ts OUT.jsonl                 write the digest
 *   tsx scripts/extract-golden.ts OUT.jsonl --compare A.jsonl   write, then diff with A (exit 1 on any difference)
 *
 * Only outputs are compared; no text is printed (some sets are held out: their texts are never read).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract, normalizeText } from '../src/extract/index.js';
import type { ExtractOptions } from '../src/extract/types.js';
import { excerptAsNotice, readJsonl } from './eval/excerpts.js';
import { sharedDir } from './eval/paths.js';

interface Input {
  key: string;
  text: string;
  opts: ExtractOptions;
}

function inputs(shared: string): Input[] {
  const out: Input[] = [];
  for (const dir of ['seeds', 'corpus/docs/ja', 'corpus/docs/en']) {
    for (const f of readdirSync(join(shared, dir)).sort()) {
      if (f.endsWith('.txt'))
        out.push({ key: `${dir}/${f}`, text: readFileSync(join(shared, dir, f), 'utf8'), opts: {} });
    }
  }
  const excerpts = readJsonl<{ url: string; title: string; text: string }>(
    join(shared, 'datasets', 'jp_notice_excerpts.jsonl'),
  );
  for (const [i, e] of excerpts.entries())
    out.push({ key: `excerpts/${i}`, text: excerptAsNotice(e), opts: {} });
  const abstracts = readJsonl<{ abstract?: string }>(
    join(shared, 'datasets', 'ca_ag_notice_abstracts.jsonl'),
  );
  for (const [i, a] of abstracts.entries()) {
    if (!a.abstract) continue;
    out.push({ key: `ca_ag/${i}`, text: a.abstract, opts: {} });
    out.push({ key: `ca_ag_en/${i}`, text: a.abstract, opts: { lang: 'en' } });
  }
  const hibp = JSON.parse(readFileSync(join(shared, 'datasets', 'hibp_breaches.json'), 'utf8')) as {
    Name: string;
    Description?: string;
  }[];
  for (const [i, b] of hibp.entries()) {
    out.push({ key: `hibp/${i}`, text: normalizeText(b.Description ?? ''), opts: { lang: 'en' } });
  }
  return out;
}

function digest(shared: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const { key, text, opts } of inputs(shared)) out.set(key, JSON.stringify(extract(text, opts)));
  return out;
}

function load(path: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const { key, out: facts } = JSON.parse(line) as { key: string; out: unknown };
    out.set(key, JSON.stringify(facts));
  }
  return out;
}

/** The top-level fields of two outputs that differ (names only: no text is printed). */
function fieldsDiffering(a: string, b: string): string[] {
  const x = JSON.parse(a) as Record<string, unknown>;
  const y = JSON.parse(b) as Record<string, unknown>;
  const keys = new Set([...Object.keys(x), ...Object.keys(y)]);
  return [...keys].filter((k) => JSON.stringify(x[k]) !== JSON.stringify(y[k]));
}

const args = process.argv.slice(2);
const outPath = args.find((a) => !a.startsWith('--') && args[args.indexOf(a) - 1] !== '--compare');
const cmpIdx = args.indexOf('--compare');
const comparePath = cmpIdx >= 0 ? args[cmpIdx + 1] : undefined;
if (!outPath) {
  process.stderr.write('usage: tsx scripts/extract-golden.ts OUT.jsonl [--compare BASE.jsonl]\n');
  process.exit(2);
}
const t0 = performance.now();
const now = digest(sharedDir());
writeFileSync(
  outPath,
  `${[...now].map(([key, json]) => `{"key":${JSON.stringify(key)},"out":${json}}`).join('\n')}\n`,
);
console.log(`${now.size} texts → ${outPath} (${Math.round(performance.now() - t0)} ms)`);
if (comparePath) {
  const base = load(comparePath);
  let diffs = 0;
  for (const key of new Set([...base.keys(), ...now.keys()])) {
    const a = base.get(key);
    const b = now.get(key);
    if (a === b) continue;
    diffs++;
    if (diffs <= 40) {
      const where = a && b ? fieldsDiffering(a, b).join(', ') : a ? 'missing now' : 'new';
      console.log(`DIFF ${key}: ${where}`);
    }
  }
  console.log(diffs === 0 ? `identical to ${comparePath}` : `${diffs} texts differ from ${comparePath}`);
  if (diffs > 0) process.exitCode = 1;
}
