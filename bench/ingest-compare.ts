import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * Does a change store the same thing? Ingests the ingest bench's realistic set with two checkouts of
 * the code (each its own `bench/ingest-cpu.ts --dump`, a fresh database each) and compares every
 * table row by row — incidents, notices and their links, fact history, organisations, services,
 * search documents — with ids and times made comparable by the dump (notices by content hash,
 * incidents by their first notice's hash). `facts_tag` is left out: it is a random per-process tag.
 * Exit code 1 when anything differs (issue 17: a faster ingest must make the same incidents and merges).
 *
 *   npx tsx bench/ingest-compare.ts --old /work/old-checkout --new . [--dir /tmp/set] [--pg]
 */
const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const oldRoot = resolve(arg('--old') ?? '.');
const newRoot = resolve(arg('--new') ?? '.');
const dir = resolve(arg('--dir') ?? join(tmpdir(), 'leakwatch-ingest-set-2000'));
const pgFlag = process.argv.includes('--pg') ? ['--pg'] : [];
const out = mkdtempSync(join(tmpdir(), 'leakwatch-ingest-compare-'));

/** One checkout's dump: table name → its rows (canonical JSON, facts_tag dropped), sorted. */
function dumpOf(root: string, label: string): Map<string, string[]> {
  const file = join(out, `${label}.jsonl`);
  const stats = execFileSync('npx', ['tsx', 'bench/ingest-cpu.ts', '--dir', dir, '--dump', file, ...pgFlag], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
    maxBuffer: 64 * 1024 * 1024,
  });
  const line = stats.split('\n').find((l) => l.startsWith('{"db"'));
  console.log(`${label} (${root}): ${line ?? '(no figures)'}`);
  const tables = new Map<string, string[]>();
  let rows: string[] = [];
  for (const l of readFileSync(file, 'utf8').split('\n')) {
    if (l.startsWith('## ')) {
      rows = [];
      tables.set(l.slice(3).split(' ')[0]!, rows);
    } else if (l) {
      const o = JSON.parse(l) as Record<string, unknown>;
      delete o.facts_tag;
      rows.push(JSON.stringify(o));
    }
  }
  for (const r of tables.values()) r.sort();
  return tables;
}

/** Rows of `a` not in `b`, counted with multiplicity. */
function minus(a: readonly string[], b: readonly string[]): string[] {
  const left = new Map<string, number>();
  for (const r of b) left.set(r, (left.get(r) ?? 0) + 1);
  const extra: string[] = [];
  for (const r of a) {
    const k = left.get(r) ?? 0;
    if (k > 0) left.set(r, k - 1);
    else extra.push(r);
  }
  return extra;
}

const before = dumpOf(oldRoot, 'old');
const after = dumpOf(newRoot, 'new');
let differs = 0;
for (const t of [...new Set([...before.keys(), ...after.keys()])].sort()) {
  const a = before.get(t) ?? [];
  const b = after.get(t) ?? [];
  const gone = minus(a, b);
  const added = minus(b, a);
  if (gone.length === 0 && added.length === 0) {
    console.log(`same  ${t}: ${a.length} rows`);
    continue;
  }
  differs++;
  console.log(
    `DIFF  ${t}: ${a.length} → ${b.length} rows; ${gone.length} only before, ${added.length} only after`,
  );
  for (const r of gone.slice(0, 3)) console.log(`  - ${r.slice(0, 300)}`);
  for (const r of added.slice(0, 3)) console.log(`  + ${r.slice(0, 300)}`);
}
console.log(differs === 0 ? 'identical' : `${differs} table(s) differ (dumps in ${out})`);
process.exit(differs === 0 ? 0 : 1);
